#pragma once
// Each cluster's accumulator buffer: partial sums of `accumulator_rows` output rows for every PE
// column, at the width a reduction of the accelerator's words needs (TPU v1's accumulators,
// docs/models/simulator.md, accumulators). Costed with the SRAM curve like every other buffer.
#include "core/hardware/accelerator_config.h"

namespace cdse {

// Bits of one partial sum: 2 × precision_bits (the exact product) plus the guard bits of the
// technology data ("accumulator"), rounded up to whole bytes. 32 at 8 bits, 48 at 16 bits.
int accumulator_bits(int precision_bits);
// Bytes of one partial sum.
double psum_bytes(const AcceleratorConfig& accel);
// Capacity of one cluster's accumulator buffer, bytes (0 without one).
double accumulator_bytes_per_cluster(const AcceleratorConfig& accel);

}   // namespace cdse

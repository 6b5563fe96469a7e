#include <gtest/gtest.h>

#include "core/hardware/supply_voltage.h"
#include "core/sim/simulator.h"
#include "core/workload/model_expander.h"
#include "core/workload/model_preset.h"

// The simulator at another clock: on-chip energy scales with the supply squared, leakage with the
// supply, DRAM energy not at all, and the cycles are the same.
using namespace cdse;

TEST(SimulatorSupplyVoltage, FasterClockCostsEnergyAndLeakage)
{
  Simulator sim;
  const Workload w = expand_model(unpruned_config(model_preset("clip-vit-b16")));
  AcceleratorConfig reference;   // 625 MHz, 22 nm
  const auto base = sim.simulate(w, reference);
  EXPECT_EQ(base.vdd_v, 0.8);
  for (double mhz : {400.0, 800.0, 1000.0}) {
    AcceleratorConfig a = reference;
    a.frequency_mhz = mhz;
    const auto r = sim.simulate(w, a);
    const OperatingPoint p = operating_point(22, mhz);
    EXPECT_EQ(r.vdd_v, p.vdd_v);
    EXPECT_DOUBLE_EQ(r.cycles, base.cycles) << mhz;
    EXPECT_NEAR(r.latency_s, base.latency_s * 625 / mhz, 1e-15) << mhz;
    EXPECT_NEAR(r.energy.mac_j, base.energy.mac_j * p.dynamic_energy_factor, 1e-12 * base.energy.mac_j) << mhz;
    EXPECT_NEAR(r.energy.l2_j, base.energy.l2_j * p.dynamic_energy_factor, 1e-12 * base.energy.l2_j) << mhz;
    EXPECT_EQ(r.energy.dram_j, base.energy.dram_j) << mhz;   // off chip
    EXPECT_NEAR(r.static_power_w, base.static_power_w * p.leakage_factor, 1e-15) << mhz;
  }
}

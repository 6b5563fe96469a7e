#pragma once
// Which operand a PE array keeps in its PEs while the others stream through ("dataflow" in an
// accelerator's JSON), SCALE-Sim's three mappings of a GEMM (m × k)·(k × n) onto R rows × C columns
// (Samajdar et al., ISPASS 2020, docs/references.md R35):
//   ws   — weight stationary: R over k, C over n, the m rows of A stream; partial sums leave the
//          array once per reduction fold (the reference's dataflow, CATransformers; the default);
//   os   — output stationary: R over m, C over n, the k-long reduction streams; every output is
//          accumulated inside its PE and leaves the array finished, but A and B both stream;
//   is   — input stationary: R over k, C over m, the n columns of B stream; ws with the roles of
//          A and B exchanged;
//   best — an array that supports all three; each GEMM takes the fastest (then least energy).
// A PE that can hold a partial sum (os, best) needs its second register at partial-sum width to
// double-buffer (core/hardware/area_model.h). See docs/models/simulator.md, dataflows.
#include <string>
#include <string_view>

namespace cdse {

enum class Dataflow { WeightStationary, OutputStationary, InputStationary, Best };

std::string_view to_string(Dataflow dataflow);
// Returns false for an unknown name (callers throw an InputError naming their field).
bool parse_dataflow(std::string_view text, Dataflow& out);
// "ws, os, is, best": the valid names, for error messages.
std::string dataflow_names();

}   // namespace cdse

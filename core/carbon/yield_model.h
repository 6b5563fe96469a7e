#pragma once
// Die yield models for embodied carbon (the Y in ACT's CPA = (CI·EPA + GPA + MPA) / Y):
//   constant — Y is the `yield` setting for every die (ACT's fab_yield, 0.875 by default; what
//              CATransformers used);
//   murphy   — Y depends on the die area A through the node's defect density D0 (Murphy 1964):
//                Y(A) = ((1 − e^{−A·D0}) / (A·D0))²
//              so a larger die wastes more wafer per good die. The default.
// D0 per node: resources/data/act_nodes.json "defect_density_per_cm2" (with its source).
#include <string>
#include <string_view>

namespace cdse {

enum class YieldModel { Constant, Murphy };

std::string_view to_string(YieldModel model);
// Returns false for an unknown name (callers throw an InputError naming their field).
bool parse_yield_model(std::string_view text, YieldModel& out);
std::string yield_model_names();   // "constant, murphy"

// Murphy's yield for `defects` = A·D0 (mean defects per die, ≥ 0); 1 at 0 defects.
double murphy_yield(double defects) noexcept;
// 1 / murphy_yield(defects), the factor that multiplies a die's carbon. Non-decreasing in
// `defects`, also in floating point for any two distinct dies (see docs/models/carbon.md).
double murphy_inverse_yield(double defects) noexcept;

}   // namespace cdse

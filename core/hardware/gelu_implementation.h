#pragma once
// How the vector lanes evaluate GELU, a hardware option ("gelu" in an accelerator's JSON):
//   erf  — the exact GELU x·Φ(x) = 0.5·x·(1 + erf(x/√2)) that OpenCLIP's models use (torch.nn.GELU's
//          default), erf from Abramowitz & Stegun 7.1.26 (|error| ≤ 1.5e-7) composed of the lanes'
//          primitive operations; the default;
//   tanh — the tanh approximation of Hendrycks & Gimpel (torch.nn.GELU(approximate="tanh"));
//   lut  — a per-lane lookup table indexed by the quantized input (2^precision_bits entries of one
//          word), as integer inference hardware does; valid only for precision_bits ≤ 8.
// Per-element cycle costs and their derivations: resources/data/vector_ops.json "gelu_implementations".
#include <string>
#include <string_view>

namespace cdse {

enum class GeluImplementation { Erf, Tanh, Lut };

std::string_view to_string(GeluImplementation gelu);
// Returns false for an unknown name (callers throw an InputError naming their field).
bool parse_gelu_implementation(std::string_view text, GeluImplementation& out);
// "erf, tanh, lut": the valid names, for error messages.
std::string gelu_implementation_names();

// Largest word size for which a lookup table is allowed (2^8 = 256 entries per lane).
constexpr int k_gelu_lut_max_precision_bits = 8;

}   // namespace cdse

#pragma once
// Where a stored design's accuracy came from, as one byte per design (the archive keeps hundreds of
// thousands of designs; a string each would cost more than the rest of the accuracy fields). The
// words are the ones users read in the GUI and in stored files (docs/models/accuracy.md):
//   none          no estimate (the accuracy fields are unset)
//   estimate      the built-in formula ("estimate:clip-retrieval" in `evaluate` output)
//   measured      an exact row of the user's measured table
//   interpolated  Gaussian-process interpolation of that table
//   external      the user's evaluator command (locally or on SLURM)
//   published     the published accuracy of an unpruned checkpoint
#include <cstdint>
#include <string_view>

namespace cdse {

enum class AccuracyOrigin : std::uint8_t { None, Estimate, Measured, Interpolated, External, Published };

// The stored word ("none", "estimate", ...).
std::string_view to_string(AccuracyOrigin origin);
// The value of a stored word; throws InputError naming `field` for any other text.
AccuracyOrigin accuracy_origin_from_string(std::string_view text, std::string_view field);
// The same for a stored byte (binary session columns); throws InputError naming `field`.
AccuracyOrigin accuracy_origin_from_byte(std::uint8_t byte, std::string_view field);
// True for the origins that are a real measurement rather than a model of one (measured, published):
// the plots give these designs their own marker.
bool is_measurement(AccuracyOrigin origin);

}   // namespace cdse

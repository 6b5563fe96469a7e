#pragma once
// The built-in accuracy estimate (no training, no data from the user). Documented in
// docs/models/accuracy.md; calibration data in resources/data/accuracy_calibration.json.
//
// CLIP family: a per-encoder compute scaling law for the retrieval error,
//   error = error_p · (C_vision / C_vision,p)^(−α_vision) · (C_text / C_text,p)^(−α_text),
// anchored at the preset's own published checkpoint p, with C the encoder's forward FLOPs
// (core/accuracy/encoder_flops.h). α_vision and α_text are solved at construction from the published
// checkpoints. Fewer FLOPs never lowers the error, and the gain per added FLOP shrinks (concave).
// BERT (MRPC) and ViT (CIFAR-10): the published value at the unpruned shape, "no estimate" for
// pruned shapes. Everything else: "no estimate".
#include <string>
#include <vector>

#include "core/accuracy/accuracy_source.h"
#include "core/io/json_fields.h"

namespace cdse {

// The numbers of an estimate without its labels: computed without allocating.
struct AccuracyBand {
  bool available = false;
  double value = 0, low = 0, high = 0;
};

class BuiltinAccuracyEstimator : public AccuracySource {
public:
  // Uses the embedded resources/data/accuracy_calibration.json.
  BuiltinAccuracyEstimator();
  // `calibration` has the layout of accuracy_calibration.json; `source_name` is used in errors.
  explicit BuiltinAccuracyEstimator(const json::Json& calibration, std::string_view source_name);

  AccuracyEstimate estimate(const ModelConfig& model) const override;
  std::string name() const override { return "built-in estimate"; }

  // The hot path used by searches: no allocation, no JSON.
  AccuracyBand estimate_band(const ModelConfig& model) const noexcept;
  // True when the preset has a built-in estimate of some kind.
  bool knows_preset(std::string_view preset) const noexcept;
  // True when the preset's estimate is the CLIP scaling law (a value for every pruned shape, its
  // error a product of one decreasing factor per stack's forward FLOPs).
  bool has_scaling_law(std::string_view preset) const noexcept;

  // Fitted scaling exponents (per e-fold of encoder FLOPs, on the retrieval error).
  double vision_exponent() const { return alpha_vision_; }
  double text_exponent() const { return alpha_text_; }

  static constexpr const char* k_clip_source = "estimate:clip-retrieval";
  static constexpr const char* k_published_source = "published";

private:
  struct ClipPoint {
    std::string preset;
    double error = 0;   // 1 − mean R@1
    double text_flops = 0, vision_flops = 0;
  };
  struct FixedPoint {
    std::string preset, encoder_name, metric;
    int layers = 0, heads = 0, ffn = 0, embed = 0;
    double value = 0, tolerance = 0;
  };

  AccuracyBand clip_band(const ClipPoint& anchor, const ModelConfig& model) const noexcept;

  std::vector<ClipPoint> clip_points_;
  std::vector<FixedPoint> fixed_points_;
  std::string clip_metric_;
  double alpha_vision_ = 0, alpha_text_ = 0;
  double clip_tolerance_ = 0.01;
  double slope_uncertainty_ = 0.5;
};

}   // namespace cdse

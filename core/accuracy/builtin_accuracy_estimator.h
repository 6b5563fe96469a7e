#pragma once
// The built-in accuracy estimate (no training, no data from the user). Documented in
// docs/models/accuracy.md; calibration data in resources/data/accuracy_calibration.json.
//
// CLIP family: the retrieval error anchored at the preset's own published checkpoint p, one
// factor per encoder so that log(1 − accuracy) = log error_p + term_text + term_vision. Two forms
// (clip_retrieval.form in the calibration file):
//   "per_knob" (default): term = −Σ_knob s_knob · ln(x_knob / x_knob,p) over layers, attention
//     width (heads), FFN width, embedding width and tokens, with s_knob = α_encoder · w_knob ≥ 0;
//     w from the encoder's compute shares, heads versus FFN split by the reference framework's
//     per-unit importance rankings;
//   "compute": term = −α_encoder · ln(C / C_p), C the encoder's forward FLOPs
//     (core/accuracy/encoder_flops.h).
// α_vision and α_text are solved at construction from the published checkpoints. Pruning any knob
// never lowers the error, and the gain per added unit shrinks (concave).
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
  // error a product of one factor per stack, each non-increasing in every knob of its stack).
  bool has_scaling_law(std::string_view preset) const noexcept;
  // The stack's additive term in ln(error / error_p) for a preset with a scaling law: the error of
  // a whole model is error_p · exp(Σ over its stacks), so a stack configuration with a lower term
  // never scores worse. NaN for a stack the law does not know (or an unusable shape).
  double stack_log_error(std::string_view preset, const EncoderShape& stack) const noexcept;

  enum class Form { PerKnob, Compute };
  Form form() const { return form_; }
  // Fitted scaling exponents (per e-fold of encoder FLOPs for the compute form; the scale of the
  // per-knob exponents for the per-knob form), on the retrieval error.
  double vision_exponent() const { return alpha_vision_; }
  double text_exponent() const { return alpha_text_; }
  // Per-knob exponents s (per e-fold of the knob, on the retrieval error) of the per-knob form.
  struct KnobExponents {
    double layers = 0, heads = 0, ffn = 0, embed = 0, tokens = 0;
  };
  const KnobExponents& knob_exponents(bool vision) const { return vision ? vision_knobs_ : text_knobs_; }

  static constexpr const char* k_clip_source = "estimate:clip-retrieval";
  static constexpr const char* k_published_source = "published";

private:
  struct ClipPoint {
    std::string preset;
    double error = 0;   // 1 − mean R@1
    double text_flops = 0, vision_flops = 0;
    EncoderShape text_shape, vision_shape;   // the checkpoint's architecture
  };
  struct FixedPoint {
    std::string preset, encoder_name, metric;
    int layers = 0, heads = 0, ffn = 0, embed = 0;
    double value = 0, tolerance = 0;
  };

  AccuracyBand clip_band(const ClipPoint& anchor, const ModelConfig& model) const noexcept;
  // The stack's term in ln(error / error_p) (≤ 0 above the anchor); the shape must be usable.
  double stack_term(const ClipPoint& anchor, const EncoderShape& stack, bool vision) const noexcept;

  std::vector<ClipPoint> clip_points_;
  std::vector<FixedPoint> fixed_points_;
  std::string clip_metric_;
  Form form_ = Form::PerKnob;
  double alpha_vision_ = 0, alpha_text_ = 0;
  KnobExponents text_knobs_, vision_knobs_;
  double clip_tolerance_ = 0.01;
  double slope_uncertainty_ = 0.5;
};

}   // namespace cdse

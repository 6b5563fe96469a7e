#include "core/accuracy/builtin_accuracy_estimator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <Eigen/Dense>

#include "core/accuracy/encoder_flops.h"
#include "core/io/resources.h"

namespace cdse {
namespace {

EncoderShape read_shape(const json::Json& object, std::string_view path, std::string name)
{
  json::expect_object(object, path);
  json::reject_unknown_keys(object, path, {"name", "layers", "heads", "ffn", "embed", "tokens"});
  EncoderShape shape;
  shape.name = std::move(name);
  shape.layers = static_cast<int>(json::get_integer(object, "layers", path, 1, 1000));
  shape.heads = static_cast<int>(json::get_integer(object, "heads", path, 1, 1000));
  shape.ffn = static_cast<int>(json::get_integer(object, "ffn", path, 1, 1'000'000));
  shape.embed = static_cast<int>(json::get_integer(object, "embed", path, 1, 1'000'000));
  shape.tokens = static_cast<int>(json::get_integer_or(object, "tokens", path, 0, 0, 1'000'000));
  return shape;
}

bool shape_is_usable(const EncoderShape* s)
{
  return s && s->layers > 0 && s->heads > 0 && s->head_dim > 0 && s->ffn > 0 && s->embed > 0 && s->tokens > 0 &&
         s->kv_heads >= 0;
}

double clamp01(double v) { return std::clamp(v, 0.0, 1.0); }

// ln(x / x_anchor), without a logarithm when the knob is unpruned.
inline double log_ratio(int x, int anchor) noexcept
{
  return x == anchor ? 0.0 : std::log(static_cast<double>(x) / static_cast<double>(anchor));
}

// Σ_knob w_knob · ln(knob / knob_anchor): the per-knob form's log capacity of one encoder (heads
// enter through the attention width, 64 per head in CLIP).
template <class Weights>
double knob_log_capacity(const Weights& w, const EncoderShape& s, const EncoderShape& anchor) noexcept
{
  return w.layers * log_ratio(s.layers, anchor.layers) +
         w.heads * log_ratio(s.attention_width(), anchor.attention_width()) + w.ffn * log_ratio(s.ffn, anchor.ffn) +
         w.embed * log_ratio(s.embed, anchor.embed) + w.tokens * log_ratio(s.tokens, anchor.tokens);
}

}   // namespace

BuiltinAccuracyEstimator::BuiltinAccuracyEstimator()
    : BuiltinAccuracyEstimator(embedded_json("data/accuracy_calibration.json"), "accuracy_calibration.json")
{}

BuiltinAccuracyEstimator::BuiltinAccuracyEstimator(const json::Json& calibration, std::string_view source_name)
{
  const std::string root(source_name);
  json::expect_object(calibration, root);

  const std::string clip_path = json::child_path(root, "clip_retrieval");
  const json::Json& clip = json::require(calibration, "clip_retrieval", root);
  json::expect_object(clip, clip_path);
  clip_metric_ = json::get_string(clip, "metric", clip_path);
  clip_tolerance_ = json::get_number(clip, "calibration_tolerance", clip_path, 0.0, 0.5);
  slope_uncertainty_ = json::get_number(clip, "slope_relative_uncertainty", clip_path, 0.0, 0.95);
  const std::string reference = json::get_string(clip, "reference_preset", clip_path);

  const std::string form_path = json::child_path(clip_path, "form");
  const std::string form = json::get_string(clip, "form", clip_path);
  if (form == "per_knob")
    form_ = Form::PerKnob;
  else if (form == "compute")
    form_ = Form::Compute;
  else
    throw InputError(form_path, "value \"" + form + "\" is not a form (one of per_knob, compute)");

  const std::string points_path = json::child_path(clip_path, "points");
  const json::Json& points = json::require(clip, "points", clip_path);
  json::expect_array(points, points_path);
  for (std::size_t i = 0; i < points.size(); ++i) {
    const std::string p = json::index_path(points_path, i);
    const json::Json& point = points[i];
    json::expect_object(point, p);
    ClipPoint cp;
    cp.preset = json::get_string(point, "preset", p);
    const double image_r1 = json::get_number(point, "image_retrieval_r1", p, 0.0, 1.0);
    const double text_r1 = json::get_number(point, "text_retrieval_r1", p, 0.0, 1.0);
    cp.error = 1.0 - 0.5 * (image_r1 + text_r1);
    if (cp.error <= 0.0)
      throw InputError(p, "a perfect retrieval score cannot anchor an error scaling law");
    cp.text_shape = read_shape(json::require(point, "text", p), json::child_path(p, "text"), "text");
    cp.vision_shape = read_shape(json::require(point, "vision", p), json::child_path(p, "vision"), "vision");
    cp.text_flops = encoder_forward_flops(cp.text_shape);
    cp.vision_flops = encoder_forward_flops(cp.vision_shape);
    if (cp.text_flops <= 0 || cp.vision_flops <= 0)
      throw InputError(p, "calibration shapes need tokens > 0");
    clip_points_.push_back(std::move(cp));
  }

  const auto ref = std::find_if(clip_points_.begin(), clip_points_.end(),
                                [&](const ClipPoint& c) { return c.preset == reference; });
  if (ref == clip_points_.end())
    throw InputError(json::child_path(clip_path, "reference_preset"),
                     "'" + reference + "' is not one of the calibration points");

  // Per-knob weights w (s = α·w) at the reference checkpoint's shape: layers 1; attention width
  // and FFN width share 1 (their shares of the per-token compute sum to 1), split between them by
  // the measured per-unit importance; embedding width and tokens their compute elasticities.
  const std::string per_knob_path = json::child_path(clip_path, "per_knob");
  KnobExponents text_w, vision_w;
  if (const json::Json* per_knob = json::find(clip, "per_knob")) {
    json::expect_object(*per_knob, per_knob_path);
    json::reject_unknown_keys(*per_knob, per_knob_path,
                              {"description", "slope_relative_uncertainty", "slope_relative_uncertainty_source",
                               "head_ffn_split"});
    const double u = json::get_number(*per_knob, "slope_relative_uncertainty", per_knob_path, 0.0, 0.95);
    if (form_ == Form::PerKnob)
      slope_uncertainty_ = u;
    const std::string split_path = json::child_path(per_knob_path, "head_ffn_split");
    const json::Json& split = json::require(*per_knob, "head_ffn_split", per_knob_path);
    json::expect_object(split, split_path);
    json::reject_unknown_keys(split, split_path, {"description", "source", "baseline_mean_r1", "text", "vision"});
    const double baseline = json::get_number(split, "baseline_mean_r1", split_path, 0.0, 0.999);
    for (const bool vision : {false, true}) {
      const char* stack = vision ? "vision" : "text";
      const std::string stack_path = json::child_path(split_path, stack);
      const json::Json& units = json::require(split, stack, split_path);
      json::expect_object(units, stack_path);
      json::reject_unknown_keys(units, stack_path, {"heads", "ffn"});
      double sensitivity[2] = {0, 0};
      for (int k = 0; k < 2; ++k) {
        const char* knob = k == 0 ? "heads" : "ffn";
        const std::string knob_path = json::child_path(stack_path, knob);
        const json::Json& item = json::require(units, knob, stack_path);
        json::expect_object(item, knob_path);
        json::reject_unknown_keys(item, knob_path,
                                  {"units", "fit_units", "fit_mean_r1", "held_out_units", "held_out_mean_r1"});
        const double n = static_cast<double>(json::get_integer(item, "units", knob_path, 2, 1'000'000));
        json::get_integer(item, "fit_units", knob_path, 1, 1'000'000);
        json::get_integer(item, "held_out_units", knob_path, 1, 1'000'000);
        json::get_number(item, "held_out_mean_r1", knob_path, 0.0, 1.0);
        const double mean = json::get_number(item, "fit_mean_r1", knob_path, 0.0, 1.0);
        sensitivity[k] = std::log((1.0 - mean) / (1.0 - baseline)) / std::log(n / (n - 1.0));
        if (!(sensitivity[k] > 0))
          throw InputError(json::child_path(knob_path, "fit_mean_r1"),
                           "removing a unit must lower the mean R@1 below baseline_mean_r1 on average (" +
                               std::to_string(mean) + " >= " + std::to_string(baseline) + ")");
      }
      const EncoderShape& a = vision ? ref->vision_shape : ref->text_shape;
      const double e = a.embed, at = a.attention_width(), akv = a.kv_width(), f = a.ffn, t = a.tokens;
      const double per_token = e * (2.0 * at + 2.0 * akv) + 2.0 * e * f + 2.0 * t * at;
      KnobExponents& w = vision ? vision_w : text_w;
      const double ratio = sensitivity[0] / sensitivity[1];
      w.layers = 1.0;
      w.heads = ratio / (1.0 + ratio);
      w.ffn = 1.0 / (1.0 + ratio);
      w.embed = (e * (2.0 * at + 2.0 * akv) + 2.0 * e * f) / per_token;
      w.tokens = 1.0 + 2.0 * t * at / per_token;
    }
  } else if (form_ == Form::PerKnob) {
    json::require(clip, "per_knob", clip_path);   // throws, naming the field
  }

  // Solve ln(error_p / error_ref) = −α_v·x_v − α_t·x_t over all points (least squares; exact with
  // the three shipped checkpoints), x the log capacity of each encoder relative to the reference:
  // ln(C_p / C_ref) for the compute form, Σ_knob w_knob · ln(knob_p / knob_ref) for per_knob.
  Eigen::MatrixXd design(static_cast<Eigen::Index>(clip_points_.size()), 2);
  Eigen::VectorXd target(static_cast<Eigen::Index>(clip_points_.size()));
  for (std::size_t i = 0; i < clip_points_.size(); ++i) {
    const auto& c = clip_points_[i];
    const auto row = static_cast<Eigen::Index>(i);
    if (form_ == Form::Compute) {
      design(row, 0) = -std::log(c.vision_flops / ref->vision_flops);
      design(row, 1) = -std::log(c.text_flops / ref->text_flops);
    } else {
      design(row, 0) = -knob_log_capacity(vision_w, c.vision_shape, ref->vision_shape);
      design(row, 1) = -knob_log_capacity(text_w, c.text_shape, ref->text_shape);
    }
    target(row) = std::log(c.error / ref->error);
  }
  const auto qr = design.colPivHouseholderQr();
  if (qr.rank() < 2)
    throw InputError(points_path, "the calibration points must vary both the vision and the text "
                                  "encoder to separate their weights");
  const Eigen::Vector2d alpha = qr.solve(target);
  alpha_vision_ = alpha(0);
  alpha_text_ = alpha(1);
  if (!(alpha_vision_ > 0) || !(alpha_text_ > 0))
    throw InputError(points_path, "calibration points imply that more compute lowers accuracy "
                                  "(vision exponent " +
                                      std::to_string(alpha_vision_) + ", text exponent " + std::to_string(alpha_text_) +
                                      ")");
  const auto scaled = [](const KnobExponents& w, double a) {
    return KnobExponents{a * w.layers, a * w.heads, a * w.ffn, a * w.embed, a * w.tokens};
  };
  text_knobs_ = scaled(text_w, alpha_text_);
  vision_knobs_ = scaled(vision_w, alpha_vision_);

  if (const json::Json* fixed = json::find(calibration, "fixed_points")) {
    const std::string fixed_path = json::child_path(root, "fixed_points");
    json::expect_array(*fixed, fixed_path);
    for (std::size_t i = 0; i < fixed->size(); ++i) {
      const std::string p = json::index_path(fixed_path, i);
      const json::Json& item = (*fixed)[i];
      json::expect_object(item, p);
      FixedPoint fp;
      fp.preset = json::get_string(item, "preset", p);
      fp.metric = json::get_string(item, "metric", p);
      fp.value = json::get_number(item, "value", p, 0.0, 1.0);
      fp.tolerance = json::get_number(item, "tolerance", p, 0.0, 0.5);
      const std::string encoder_path = json::child_path(p, "encoder");
      const json::Json& encoder = json::require(item, "encoder", p);
      const EncoderShape shape = read_shape(encoder, encoder_path, json::get_string(encoder, "name", encoder_path));
      fp.encoder_name = shape.name;
      fp.layers = shape.layers;
      fp.heads = shape.heads;
      fp.ffn = shape.ffn;
      fp.embed = shape.embed;
      fixed_points_.push_back(std::move(fp));
    }
  }
}

bool BuiltinAccuracyEstimator::has_scaling_law(std::string_view preset) const noexcept
{
  return std::any_of(clip_points_.begin(), clip_points_.end(), [&](const ClipPoint& c) { return c.preset == preset; });
}

bool BuiltinAccuracyEstimator::knows_preset(std::string_view preset) const noexcept
{
  for (const auto& c : clip_points_)
    if (c.preset == preset)
      return true;
  for (const auto& f : fixed_points_)
    if (f.preset == preset)
      return true;
  return false;
}

double BuiltinAccuracyEstimator::stack_term(const ClipPoint& anchor, const EncoderShape& stack,
                                            bool vision) const noexcept
{
  if (form_ == Form::Compute) {
    const double anchor_flops = vision ? anchor.vision_flops : anchor.text_flops;
    return -(vision ? alpha_vision_ : alpha_text_) * std::log(encoder_forward_flops(stack) / anchor_flops);
  }
  return -knob_log_capacity(vision ? vision_knobs_ : text_knobs_, stack,
                            vision ? anchor.vision_shape : anchor.text_shape);
}

double BuiltinAccuracyEstimator::stack_log_error(std::string_view preset, const EncoderShape& stack) const noexcept
{
  const bool vision = stack.name == "vision";
  if (!vision && stack.name != "text")
    return std::numeric_limits<double>::quiet_NaN();
  if (!shape_is_usable(&stack))
    return std::numeric_limits<double>::quiet_NaN();
  for (const auto& c : clip_points_)
    if (c.preset == preset)
      return stack_term(c, stack, vision);
  return std::numeric_limits<double>::quiet_NaN();
}

AccuracyBand BuiltinAccuracyEstimator::clip_band(const ClipPoint& anchor, const ModelConfig& model) const noexcept
{
  const EncoderShape* text = nullptr;
  const EncoderShape* vision = nullptr;
  for (const auto& e : model.encoders) {
    if (e.name == "text")
      text = &e;
    else if (e.name == "vision")
      vision = &e;
  }
  if (!shape_is_usable(text) || !shape_is_usable(vision))
    return {};
  // s > 0 means more capacity than the anchor checkpoint, s < 0 less:
  // ln(error / error_p) = term_text + term_vision = −s.
  const double s = -(stack_term(anchor, *vision, true) + stack_term(anchor, *text, false));
  const double u = slope_uncertainty_;
  const double central = 1.0 - anchor.error * std::exp(-s);
  const double steep = 1.0 - anchor.error * std::exp(-s * (1.0 + u));
  const double shallow = 1.0 - anchor.error * std::exp(-s * (1.0 - u));
  AccuracyBand band;
  band.available = true;
  band.value = clamp01(central);
  band.low = clamp01(std::min(steep, shallow) - clip_tolerance_);
  band.high = clamp01(std::max(steep, shallow) + clip_tolerance_);
  return band;
}

AccuracyBand BuiltinAccuracyEstimator::estimate_band(const ModelConfig& model) const noexcept
{
  for (const auto& c : clip_points_)
    if (c.preset == model.preset)
      return clip_band(c, model);
  for (const auto& f : fixed_points_) {
    if (f.preset != model.preset)
      continue;
    if (model.encoders.size() != 1)
      return {};
    const EncoderShape& e = model.encoders.front();
    // Only the published, unpruned shape has a number; a pruned one is "no estimate".
    if (e.name != f.encoder_name || e.layers != f.layers || e.heads != f.heads || e.ffn != f.ffn || e.embed != f.embed ||
        (e.kv_heads != 0 && e.kv_heads != e.heads))
      return {};
    return {true, f.value, clamp01(f.value - f.tolerance), clamp01(f.value + f.tolerance)};
  }
  return {};
}

AccuracyEstimate BuiltinAccuracyEstimator::estimate(const ModelConfig& model) const
{
  const AccuracyBand band = estimate_band(model);
  AccuracyEstimate out;
  out.available = band.available;
  out.value = band.value;
  out.low = band.low;
  out.high = band.high;
  for (const auto& c : clip_points_)
    if (c.preset == model.preset)
      out.metric = clip_metric_;
  for (const auto& f : fixed_points_)
    if (f.preset == model.preset)
      out.metric = f.metric;
  if (!band.available)
    out.source = "none";
  else
    out.source = out.metric == clip_metric_ ? k_clip_source : k_published_source;
  return out;
}

}   // namespace cdse

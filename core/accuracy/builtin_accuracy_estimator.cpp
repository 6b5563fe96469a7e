#include "core/accuracy/builtin_accuracy_estimator.h"

#include <algorithm>
#include <cmath>
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
    cp.text_flops = encoder_forward_flops(
        read_shape(json::require(point, "text", p), json::child_path(p, "text"), "text"));
    cp.vision_flops = encoder_forward_flops(
        read_shape(json::require(point, "vision", p), json::child_path(p, "vision"), "vision"));
    if (cp.text_flops <= 0 || cp.vision_flops <= 0)
      throw InputError(p, "calibration shapes need tokens > 0");
    clip_points_.push_back(std::move(cp));
  }

  // Solve ln(error_p / error_ref) = −α_v·ln(Cv_p/Cv_ref) − α_t·ln(Ct_p/Ct_ref) over all points
  // (least squares; exact with the three shipped checkpoints).
  const auto ref = std::find_if(clip_points_.begin(), clip_points_.end(),
                                [&](const ClipPoint& c) { return c.preset == reference; });
  if (ref == clip_points_.end())
    throw InputError(json::child_path(clip_path, "reference_preset"),
                     "'" + reference + "' is not one of the calibration points");
  Eigen::MatrixXd design(static_cast<Eigen::Index>(clip_points_.size()), 2);
  Eigen::VectorXd target(static_cast<Eigen::Index>(clip_points_.size()));
  for (std::size_t i = 0; i < clip_points_.size(); ++i) {
    const auto& c = clip_points_[i];
    const auto row = static_cast<Eigen::Index>(i);
    design(row, 0) = -std::log(c.vision_flops / ref->vision_flops);
    design(row, 1) = -std::log(c.text_flops / ref->text_flops);
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
  // s > 0 means more compute than the anchor checkpoint, s < 0 less.
  const double s = alpha_vision_ * std::log(encoder_forward_flops(*vision) / anchor.vision_flops) +
                   alpha_text_ * std::log(encoder_forward_flops(*text) / anchor.text_flops);
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

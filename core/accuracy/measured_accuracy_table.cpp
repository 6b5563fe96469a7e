#include "core/accuracy/measured_accuracy_table.h"

#include <algorithm>
#include <cmath>

#include "core/workload/model_config_json.h"
#include "core/workload/model_preset.h"

namespace cdse {

std::vector<double> MeasuredAccuracyTable::features(const ModelConfig& model)
{
  std::vector<double> f;
  f.reserve(model.encoders.size() * 6);
  for (const auto& e : model.encoders) {
    f.push_back(e.layers);
    f.push_back(e.heads);
    f.push_back(e.effective_kv_heads());
    f.push_back(e.ffn);
    f.push_back(e.embed);
    f.push_back(e.tokens);
  }
  return f;
}

MeasuredAccuracyTable::MeasuredAccuracyTable(MeasuredAccuracyData data, std::string source_name,
                                             std::shared_ptr<const AccuracySource> fallback)
    : source_name_(std::move(source_name)), metric_(std::move(data.metric)), fallback_(std::move(fallback))
{
  if (metric_.empty())
    metric_ = "measured by the user (" + source_name_ + ")";
  // Average repeated measurements of one configuration; their range is the band.
  struct Sum {
    ModelConfig model;
    double total = 0, low = 1, high = 0;
    int count = 0;
  };
  std::map<std::string, Sum> sums;
  for (const auto& row : data.rows) {
    Sum& s = sums[model_key(row.model)];
    if (s.count == 0)
      s.model = row.model;
    s.total += row.accuracy;
    s.low = std::min(s.low, row.accuracy);
    s.high = std::max(s.high, row.accuracy);
    ++s.count;
  }
  std::map<std::string, std::vector<const Sum*>> by_preset;
  for (const auto& [key, s] : sums) {
    exact_[key] = {s.total / s.count, s.low, s.high};
    by_preset[s.model.preset].push_back(&s);
  }

  for (const auto& [preset_id, group] : by_preset) {
    if (group.size() < 2)
      continue;   // one point cannot define a trend: the fallback answers for this preset
    PresetModel pm;
    pm.original = features(unpruned_config(model_preset(preset_id)));
    std::vector<std::vector<double>> rows;
    for (const Sum* s : group)
      rows.push_back(features(s->model));
    for (std::size_t j = 0; j < pm.original.size(); ++j) {
      bool varies = false;
      for (const auto& r : rows)
        varies = varies || r[j] != rows.front()[j];
      if (varies)
        pm.used.push_back(j);
      else
        pm.fixed.emplace_back(j, rows.front()[j]);
    }
    if (pm.used.empty())
      continue;   // cannot happen for distinct configurations; kept as a guard
    const auto d = static_cast<Eigen::Index>(pm.used.size());
    Eigen::MatrixXd x(static_cast<Eigen::Index>(group.size()), d);
    Eigen::VectorXd y(static_cast<Eigen::Index>(group.size()));
    for (std::size_t i = 0; i < group.size(); ++i) {
      for (Eigen::Index k = 0; k < d; ++k) {
        const std::size_t j = pm.used[static_cast<std::size_t>(k)];
        x(static_cast<Eigen::Index>(i), k) = rows[i][j] / pm.original[j];
      }
      y(static_cast<Eigen::Index>(i)) = group[i]->total / group[i]->count;
    }
    // Measurements repeat to about ±0.5 point: a noise floor keeps the GP from chasing it.
    pm.gp.fit(x, y, 1e-4);
    models_.emplace(preset_id, std::move(pm));
  }
}

std::unique_ptr<MeasuredAccuracyTable> MeasuredAccuracyTable::from_file(const std::string& file_path,
                                                                        std::shared_ptr<const AccuracySource> fallback)
{
  return std::make_unique<MeasuredAccuracyTable>(read_measured_accuracy_file(file_path), file_path, std::move(fallback));
}

AccuracyEstimate MeasuredAccuracyTable::estimate(const ModelConfig& model) const
{
  AccuracyEstimate out;
  out.metric = metric_;
  if (const auto it = exact_.find(model_key(model)); it != exact_.end()) {
    out.available = true;
    out.value = it->second.mean;
    out.low = it->second.low;
    out.high = it->second.high;
    out.source = "measured";
    return out;
  }
  const auto pm = models_.find(model.preset);
  if (pm == models_.end()) {
    if (fallback_)
      return fallback_->estimate(model);
    out.source = "none";
    return out;
  }
  const auto f = features(model);
  bool outside = f.size() != pm->second.original.size();
  for (std::size_t k = 0; !outside && k < pm->second.fixed.size(); ++k)
    outside = f[pm->second.fixed[k].first] != pm->second.fixed[k].second;
  if (outside) {
    if (fallback_)
      return fallback_->estimate(model);
    out.source = "none";
    return out;
  }
  const auto& used = pm->second.used;
  Eigen::VectorXd q(static_cast<Eigen::Index>(used.size()));
  for (std::size_t k = 0; k < used.size(); ++k)
    q(static_cast<Eigen::Index>(k)) = f[used[k]] / pm->second.original[used[k]];
  const GpPrediction p = pm->second.gp.predict(q);
  const double sigma = std::sqrt(std::max(0.0, p.variance));
  out.available = true;
  out.value = std::clamp(p.mean, 0.0, 1.0);
  out.low = std::clamp(p.mean - k_band_sigmas * sigma, 0.0, 1.0);
  out.high = std::clamp(p.mean + k_band_sigmas * sigma, 0.0, 1.0);
  out.source = "interpolated";
  return out;
}

}   // namespace cdse

#pragma once
// Accuracies the user measured (fine-tuned and evaluated) for some configurations.
// An exact match returns the measurement (source "measured"; repeated measurements of one
// configuration are averaged, their range is the band). Other configurations of a preset with at
// least two distinct measured configurations are interpolated by a Gaussian process over the
// knobs as fractions of the preset's original dimensions (source "interpolated", band = mean ±
// 1.645 σ, i.e. a 90 % interval of the GP posterior, clipped to [0, 1]). Presets with fewer
// measurements, and configurations that change a knob the table never varies, go to the fallback
// source (the built-in estimate, or "no estimate" when none).
// Immutable after construction, hence safe to share between search threads.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/accuracy/accuracy_source.h"
#include "core/accuracy/measured_accuracy_rows.h"
#include "core/numeric/gaussian_process.h"

namespace cdse {

class MeasuredAccuracyTable : public AccuracySource {
public:
  // `fallback` may be null ("no estimate" outside the table's presets).
  MeasuredAccuracyTable(MeasuredAccuracyData data, std::string source_name,
                        std::shared_ptr<const AccuracySource> fallback);
  static std::unique_ptr<MeasuredAccuracyTable> from_file(const std::string& file_path,
                                                          std::shared_ptr<const AccuracySource> fallback);

  AccuracyEstimate estimate(const ModelConfig& model) const override;
  std::string name() const override { return "measured table (" + source_name_ + ")"; }

  std::size_t measured_configurations() const { return exact_.size(); }
  // True when configurations of `preset` are interpolated (≥ 2 distinct measured configurations).
  bool interpolates(const std::string& preset) const { return models_.count(preset) > 0; }

  // 90 % two-sided normal quantile: the band of an interpolated value is mean ± this × σ.
  static constexpr double k_band_sigmas = 1.645;

private:
  struct Measurement {
    double mean = 0, low = 0, high = 0;
  };
  struct PresetModel {
    GaussianProcess gp;
    std::vector<double> original;    // the preset's original knob values, one per feature
    std::vector<std::size_t> used;   // features that vary in the table
    // Features the table never varies, with their value: the table knows nothing about changing them.
    std::vector<std::pair<std::size_t, double>> fixed;
  };

  static std::vector<double> features(const ModelConfig& model);

  std::string source_name_;
  std::string metric_;
  std::map<std::string, Measurement, std::less<>> exact_;
  std::map<std::string, PresetModel, std::less<>> models_;
  std::shared_ptr<const AccuracySource> fallback_;
};

}   // namespace cdse

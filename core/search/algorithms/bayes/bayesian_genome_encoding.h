#pragma once
// Maps a genome to the Gaussian process's input space, [0, 1] per feature. Ordinal knobs become
// index / (size − 1), so neighbouring values are close. Categorical knobs are one-hot with
// 1/√2 per active entry: two different categories are then at distance 1, the same as the two
// ends of an ordinal knob, and no category is "between" two others. Knobs with a single value
// carry no information and get no feature.
#include <vector>

#include <Eigen/Dense>

#include "core/search/algorithms/search_algorithm.h"

namespace cdse {

class BayesianGenomeEncoding {
public:
  BayesianGenomeEncoding(std::vector<int> knob_sizes, std::vector<bool> categorical);

  // At least 1 (a constant feature when no knob varies, so matrices never have zero columns).
  int feature_count() const { return feature_count_; }
  // One row per genome.
  Eigen::MatrixXd encode(const std::vector<Genome>& genomes) const;
  Eigen::RowVectorXd encode(const Genome& genome) const;

private:
  struct KnobFeature {
    int first_column = -1;   // -1: single-valued knob, no feature
    bool one_hot = false;
  };
  void encode_into(const Genome& genome, Eigen::RowVectorXd& row) const;

  std::vector<int> sizes_;
  std::vector<KnobFeature> features_;
  int feature_count_ = 0;
};

}   // namespace cdse

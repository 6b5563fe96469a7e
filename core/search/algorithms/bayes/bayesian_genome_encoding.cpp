#include "core/search/algorithms/bayes/bayesian_genome_encoding.h"

#include <cmath>
#include <stdexcept>

namespace cdse {

BayesianGenomeEncoding::BayesianGenomeEncoding(std::vector<int> knob_sizes, std::vector<bool> categorical)
    : sizes_(std::move(knob_sizes))
{
  features_.resize(sizes_.size());
  int column = 0;
  for (std::size_t k = 0; k < sizes_.size(); ++k) {
    if (sizes_[k] < 1)
      throw std::invalid_argument("BayesianGenomeEncoding: knob " + std::to_string(k) + " has no values");
    if (sizes_[k] == 1)
      continue;
    features_[k].first_column = column;
    features_[k].one_hot = k < categorical.size() && categorical[k];
    column += features_[k].one_hot ? sizes_[k] : 1;
  }
  feature_count_ = std::max(column, 1);
}

void BayesianGenomeEncoding::encode_into(const Genome& genome, Eigen::RowVectorXd& row) const
{
  if (genome.size() != sizes_.size())
    throw std::invalid_argument("BayesianGenomeEncoding: genome has the wrong number of knobs");
  row.setZero();
  static const double k_one_hot_value = 1.0 / std::sqrt(2.0);
  for (std::size_t k = 0; k < sizes_.size(); ++k) {
    const KnobFeature& f = features_[k];
    if (f.first_column < 0)
      continue;
    if (f.one_hot)
      row(f.first_column + genome[k]) = k_one_hot_value;
    else
      row(f.first_column) = static_cast<double>(genome[k]) / static_cast<double>(sizes_[k] - 1);
  }
}

Eigen::MatrixXd BayesianGenomeEncoding::encode(const std::vector<Genome>& genomes) const
{
  Eigen::MatrixXd x(static_cast<Eigen::Index>(genomes.size()), feature_count_);
  Eigen::RowVectorXd row(feature_count_);
  for (std::size_t i = 0; i < genomes.size(); ++i) {
    encode_into(genomes[i], row);
    x.row(static_cast<Eigen::Index>(i)) = row;
  }
  return x;
}

Eigen::RowVectorXd BayesianGenomeEncoding::encode(const Genome& genome) const
{
  Eigen::RowVectorXd row(feature_count_);
  encode_into(genome, row);
  return row;
}

}   // namespace cdse

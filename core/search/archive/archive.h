#pragma once
// Every evaluated design of a run, with its carbon-independent invariants. Objectives, carbon and
// feasibility are derived from the current CarbonSettings and SearchConstraints; rescore() and
// set_constraints() recompute them in place (and the front, hypervolume and reference point)
// without simulating anything again. Infeasible and failed designs are kept and marked.
#include <cstddef>
#include <deque>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/carbon/carbon_breakdown.h"
#include "core/carbon/carbon_scorer.h"
#include "core/carbon/carbon_settings.h"
#include "core/search/archive/archive_record.h"
#include "core/search/archive/objective.h"
#include "core/search/front/point_set.h"
#include "core/search/genome/genome.h"
#include "core/search/archive/search_constraints.h"

namespace cdse {

struct ArchiveSetup {
  std::vector<Objective> objectives;   // 2 or 3
  SearchConstraints constraints;
  CarbonSettings carbon;
  // Reference-point components fixed by the scenario, in reported units (accuracy as a fraction).
  std::vector<std::pair<Objective, double>> fixed_reference;
  // Invariants of the space's corner designs, from which missing reference components are derived.
  std::vector<DesignInvariants> anchors;
};

class Archive {
public:
  explicit Archive(ArchiveSetup setup);

  // Scores the record under the current settings and updates the front incrementally.
  void add(ArchiveRecord record);
  // Sizes the genome index and the flat arrays (objective values, hypervolume trace) for
  // `records` designs up front, so a growing archive never rehashes all of its keys (42 ms at
  // 174,000 designs, measured on a GUI thread) or moves its arrays to fresh memory at once.
  void reserve(std::size_t records);
  // New carbon settings: re-derives carbon, objectives, feasibility, reference point and front.
  void rescore(const CarbonSettings& carbon);
  // New limits: re-derives feasibility, reference point and front; every record, its carbon and
  // its objective values stay (the same result as a fresh archive built with these constraints).
  void set_constraints(const SearchConstraints& constraints);

  std::size_t size() const { return records_.size(); }
  bool empty() const { return records_.empty(); }
  const ArchiveRecord& record(std::size_t i) const { return records_[i]; }
  std::optional<std::size_t> find(const Genome& genome) const;

  const CarbonBreakdown& carbon(std::size_t i) const { return carbon_[i]; }
  // Minimised objective values (accuracy as 1 − accuracy); +inf where a value is missing.
  std::span<const double> objectives(std::size_t i) const { return points_[i]; }
  const PointSet& objective_points() const { return points_; }
  const Feasibility& feasibility(std::size_t i) const { return feasibility_[i]; }
  std::size_t feasible_count() const { return feasible_count_; }
  // The algorithm's view of a record.
  EvaluatedGenome evaluated_genome(std::size_t i) const;

  // Feasible non-dominated records, in archive order.
  const std::vector<std::size_t>& front() const { return front_; }
  double hypervolume() const { return hypervolume_; }
  // Minimised units, same order as objective_list().
  const std::vector<double>& reference_point() const { return reference_; }
  // Hypervolume after each evaluation (one sample per record), under the current settings.
  const std::vector<HypervolumeSample>& hypervolume_trace() const;
  // The same trace thinned to at most `max_samples` evenly spaced samples (the last evaluation
  // always included), so a plot of a 100,000-design archive stays cheap.
  std::vector<HypervolumeSample> sampled_hypervolume_trace(std::size_t max_samples) const;

  const std::vector<Objective>& objective_list() const { return setup_.objectives; }
  const SearchConstraints& constraints() const { return setup_.constraints; }
  const CarbonSettings& carbon_settings() const { return setup_.carbon; }
  const ArchiveSetup& setup() const { return setup_; }

private:
  void score(std::size_t i);
  void derive_reference_point();
  static constexpr std::size_t k_no_witness = std::numeric_limits<std::size_t>::max();
  // Adds record i to `front` (a front of earlier records) unless it is infeasible or dominated.
  // `witness`: a feasible earlier record that dominated the last rejected one, tried first.
  bool offer_to_front(std::vector<std::size_t>& front, std::size_t i, std::size_t& witness) const;
  double front_hypervolume(const std::vector<std::size_t>& front) const;
  // Record i's feasibility under the current constraints and its stored carbon; true if feasible.
  bool judge(std::size_t i);
  // After a rescore or new constraints, from the feasible records (all of them, in order): the
  // count, the batch front, its hypervolume, and the trace marked for a rebuild.
  void rebuild_front(const std::vector<std::size_t>& feasible);

  ArchiveSetup setup_;
  std::unique_ptr<CarbonScorer> scorer_;   // built once per settings (its constructor is not cheap)
  bool accuracy_required_ = false;
  // Deques, not vectors: an archive grows by hundreds of thousands of records while a GUI reads it
  // on its event loop; a vector's doubling would move all of them at once (a 260 ms stall at 131k).
  std::deque<ArchiveRecord> records_;
  std::unordered_map<std::string, std::size_t> by_genome_;
  std::deque<CarbonBreakdown> carbon_;
  PointSet points_;
  std::deque<Feasibility> feasibility_;
  std::size_t feasible_count_ = 0;
  std::vector<std::size_t> front_;
  std::size_t front_witness_ = k_no_witness;
  double hypervolume_ = 0;
  std::vector<double> reference_;
  mutable std::vector<HypervolumeSample> trace_;
  mutable bool trace_valid_ = true;
};

}   // namespace cdse

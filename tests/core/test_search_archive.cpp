#include <gtest/gtest.h>

#include "core/io/input_error.h"

#include <cmath>

#include "core/search/archive/archive.h"
#include "core/search/front/hypervolume.h"
#include "core/search/front/pareto.h"
#include "brute_force_front.h"

using namespace cdse;

namespace {

DesignInvariants invariants(double accuracy, double latency_s, double area_mm2, double energy_j)
{
  DesignInvariants v;
  v.accuracy_available = true;
  v.accuracy_source = cdse::AccuracyOrigin::Estimate;
  v.accuracy = accuracy;
  v.accuracy_low = accuracy - 0.01;
  v.accuracy_high = accuracy + 0.01;
  v.latency_s = latency_s;
  v.area_mm2 = area_mm2;
  v.area.pe_mm2 = area_mm2;
  v.energy_per_inference_j = energy_j;
  v.dynamic_energy_j = energy_j;
  v.energy.mac_j = energy_j;
  v.peak_tops = 1;
  v.weight_bytes = 1e8;
  return v;
}

ArchiveRecord record(std::int64_t index, DesignInvariants v)
{
  return {index, Genome{static_cast<int>(index)}, false, "", v};
}

ArchiveSetup carbon_setup(double grid)
{
  ArchiveSetup s;
  s.objectives = {Objective::Accuracy, Objective::TotalCarbon};
  s.constraints.max_latency_s = 0.05;
  s.carbon.grid_intensity_g_per_kwh = grid;
  s.carbon.include_static = false;
  s.fixed_reference = {{Objective::TotalCarbon, 1000.0}};
  return s;
}

}   // namespace

TEST(SearchArchive, InfeasibleAndFailedDesignsAreKeptAndMarked)
{
  Archive archive(carbon_setup(68));
  archive.add(record(0, invariants(0.45, 0.010, 10, 0.1)));
  archive.add(record(1, invariants(0.48, 0.090, 10, 0.1)));   // too slow
  DesignInvariants no_accuracy = invariants(0, 0.010, 10, 0.1);
  no_accuracy.accuracy_available = false;
  no_accuracy.accuracy_source = AccuracyOrigin::None;
  archive.add(record(2, no_accuracy));
  archive.add({3, Genome{3}, true, "unsupported node", {}});
  ASSERT_EQ(archive.size(), 4u);
  EXPECT_EQ(archive.feasible_count(), 1u);
  EXPECT_TRUE(archive.feasibility(0).feasible);
  EXPECT_FALSE(archive.feasibility(1).feasible);
  EXPECT_EQ(archive.feasibility(1).violated, SearchConstraints::MaxLatency);
  EXPECT_NEAR(archive.feasibility(1).violation, (0.090 - 0.05) / 0.05, 1e-12);
  EXPECT_EQ(archive.feasibility(2).violated, SearchConstraints::AccuracyUnavailable);
  EXPECT_EQ(archive.feasibility(3).violated, SearchConstraints::EvaluationFailed);
  EXPECT_TRUE(std::isinf(archive.objectives(3)[0]));
  EXPECT_EQ(archive.front(), (std::vector<std::size_t>{0}));
  EXPECT_EQ(archive.find(Genome{1}), std::optional<std::size_t>(1));
  EXPECT_FALSE(archive.find(Genome{9}).has_value());
  // The algorithm sees the infeasible design with its violation.
  const auto e = archive.evaluated_genome(1);
  EXPECT_FALSE(e.feasible);
  EXPECT_GT(e.constraint_violation, 0);
}

TEST(SearchArchive, AccuracyIsMinimisedInternallyAndReportedBack)
{
  Archive archive(carbon_setup(68));
  archive.add(record(0, invariants(0.45, 0.010, 10, 0.1)));
  EXPECT_DOUBLE_EQ(archive.objectives(0)[0], 1.0 - 0.45);
  EXPECT_DOUBLE_EQ(reported_value(Objective::Accuracy, archive.objectives(0)[0]), 0.45);
  // No accuracy floor: the reference sits at accuracy 0 (1 − 0 = 1 minimised).
  EXPECT_DOUBLE_EQ(archive.reference_point()[0], 1.0);
  EXPECT_DOUBLE_EQ(archive.reference_point()[1], 1000.0);
}

TEST(SearchArchive, RescoringUnderNewGridIntensityChangesTheFrontWithoutNewRecords)
{
  // A: small chip, power-hungry. B: large chip, frugal. Same accuracy.
  Archive archive(carbon_setup(0.0));
  archive.add(record(0, invariants(0.45, 0.010, 10, 1.0)));
  archive.add(record(1, invariants(0.45, 0.010, 40, 0.1)));
  EXPECT_EQ(archive.front(), (std::vector<std::size_t>{0}));   // clean grid: embodied decides
  const double clean_total_a = archive.carbon(0).total_kg;

  CarbonSettings dirty = archive.carbon_settings();
  dirty.grid_intensity_g_per_kwh = 2000;
  archive.rescore(dirty);
  EXPECT_EQ(archive.size(), 2u);
  EXPECT_EQ(archive.front(), (std::vector<std::size_t>{1}));   // dirty grid: operational decides
  EXPECT_GT(archive.carbon(0).total_kg, clean_total_a);

  // Re-scoring gives exactly what a fresh archive under the new settings computes.
  ArchiveSetup fresh_setup = carbon_setup(2000);
  Archive fresh(fresh_setup);
  fresh.add(record(0, invariants(0.45, 0.010, 10, 1.0)));
  fresh.add(record(1, invariants(0.45, 0.010, 40, 0.1)));
  for (std::size_t i = 0; i < 2; ++i)
    for (std::size_t k = 0; k < 2; ++k)
      EXPECT_EQ(archive.objectives(i)[k], fresh.objectives(i)[k]);
  EXPECT_EQ(archive.hypervolume(), fresh.hypervolume());
}

TEST(SearchArchive, RescoreWithBadSettingsThrowsAndLeavesTheArchiveAsItWas)
{
  Archive archive(carbon_setup(100.0));
  archive.add(record(0, invariants(0.45, 0.010, 10, 1.0)));
  archive.add(record(1, invariants(0.45, 0.010, 40, 0.1)));
  const CarbonSettings before = archive.carbon_settings();
  const double total = archive.carbon(0).total_kg;
  CarbonSettings bad = before;
  bad.yield = 0;   // out of (0, 1]
  EXPECT_THROW(archive.rescore(bad), InputError);
  EXPECT_EQ(archive.carbon_settings(), before);
  EXPECT_EQ(archive.carbon(0).total_kg, total);
  archive.rescore(before);   // still usable
  EXPECT_EQ(archive.carbon(0).total_kg, total);
}

TEST(SearchArchive, HypervolumeTraceIsMonotoneAndEndsAtTheFrontHypervolume)
{
  ArchiveSetup setup;
  setup.objectives = {Objective::Latency, Objective::Area};
  setup.fixed_reference = {{Objective::Latency, 1.0}, {Objective::Area, 100.0}};
  Archive archive(setup);
  const double points[][2] = {{0.5, 50}, {0.6, 60}, {0.2, 80}, {0.8, 10}, {0.3, 40}, {2.0, 1}};
  std::int64_t i = 0;
  for (const auto& p : points)
    archive.add(record(i++, invariants(0.4, p[0], p[1], 0.1)));
  EXPECT_EQ(archive.front(), (std::vector<std::size_t>{2, 3, 4, 5}));
  // (0.2,80) (0.3,40) (0.8,10) against (1,100); (2.0,1) lies beyond the reference latency.
  const double expected = (1 - 0.2) * (100 - 80) + (1 - 0.3) * (80 - 40) + (1 - 0.8) * (40 - 10);
  EXPECT_NEAR(archive.hypervolume(), expected, 1e-9);
  const auto& trace = archive.hypervolume_trace();
  ASSERT_EQ(trace.size(), 6u);
  for (std::size_t k = 1; k < trace.size(); ++k) {
    EXPECT_EQ(trace[k].evaluations, static_cast<std::int64_t>(k + 1));
    EXPECT_GE(trace[k].hypervolume, trace[k - 1].hypervolume);
  }
  EXPECT_DOUBLE_EQ(trace.back().hypervolume, archive.hypervolume());
  EXPECT_NEAR(trace[0].hypervolume, 0.5 * 50, 1e-9);
  // After a re-score the trace is rebuilt, with the same values (latency and area do not depend on carbon).
  archive.rescore(archive.carbon_settings());
  EXPECT_DOUBLE_EQ(archive.hypervolume_trace().back().hypervolume, expected);
  EXPECT_EQ(archive.hypervolume_trace().size(), 6u);
}

TEST(SearchArchive, SampledTraceEqualsTheFullTraceAtItsSamples)
{
  ArchiveSetup setup;
  setup.objectives = {Objective::Latency, Objective::Area};
  setup.fixed_reference = {{Objective::Latency, 1.0}, {Objective::Area, 100.0}};
  Archive archive(setup);
  for (std::int64_t i = 0; i < 1000; ++i) {
    const double t = 0.05 + 0.9 * std::fmod(i * 0.6180339887, 1.0);
    const double a = 5 + 90 * std::fmod(i * 0.4142135623, 1.0);
    archive.add(record(i, invariants(0.4, t, a, 0.1)));
  }
  const std::vector<HypervolumeSample> full = archive.hypervolume_trace();
  const auto check = [&](const std::vector<HypervolumeSample>& sampled) {
    ASSERT_LE(sampled.size(), 64u);
    ASSERT_FALSE(sampled.empty());
    EXPECT_EQ(sampled.back().evaluations, 1000);
    for (const auto& s : sampled)
      EXPECT_DOUBLE_EQ(s.hypervolume, full[static_cast<std::size_t>(s.evaluations - 1)].hypervolume);
  };
  check(archive.sampled_hypervolume_trace(64));   // thinned from the stored trace
  archive.rescore(archive.carbon_settings());
  check(archive.sampled_hypervolume_trace(64));   // rebuilt after the re-score
  EXPECT_TRUE(archive.sampled_hypervolume_trace(0).empty());
}

TEST(SearchArchive, ReferencePointFromConstraintsAndAnchors)
{
  ArchiveSetup setup;
  setup.objectives = {Objective::Accuracy, Objective::Latency, Objective::Area};
  setup.constraints.min_accuracy = 0.3;
  setup.constraints.max_latency_s = 0.05;
  setup.anchors = {invariants(0.4, 0.2, 20, 0.1), invariants(0.5, 0.001, 60, 0.1)};
  Archive archive(setup);
  const auto& r = archive.reference_point();
  EXPECT_DOUBLE_EQ(r[0], 0.7);        // 1 − accuracy floor
  EXPECT_DOUBLE_EQ(r[1], 0.05);       // the latency limit
  EXPECT_DOUBLE_EQ(r[2], 60 * 1.1);   // 10 % beyond the worst anchor
}

// The incremental front (which tries the last dominating design first) must always equal the
// batch front of the feasible designs, also after a re-score turns yesterday's strong design
// infeasible and new designs keep arriving. Carbon is a limit here, not an objective, so a design
// that dominates on accuracy and latency can fall to the carbon limit while those it beat stay.
TEST(SearchArchive, IncrementalFrontEqualsTheBatchFrontAcrossRescores)
{
  ArchiveSetup setup = carbon_setup(68);
  setup.objectives = {Objective::Accuracy, Objective::Latency};
  setup.constraints.max_total_carbon_kg = 0.5;
  setup.fixed_reference = {{Objective::Latency, 1.0}};
  Archive archive(setup);
  const auto batch_front = [&] {
    std::vector<std::size_t> feasible;
    for (std::size_t i = 0; i < archive.size(); ++i)
      if (archive.feasibility(i).feasible)
        feasible.push_back(i);
    return pareto_front_indices(archive.objective_points(), feasible);
  };
  std::int64_t next = 0;
  const auto add_batch = [&](int count) {
    for (int k = 0; k < count; ++k, ++next) {
      const double accuracy = 0.3 + 0.2 * std::fmod(next * 0.7548776662, 1.0);
      const double latency = 0.001 + 0.04 * std::fmod(next * 0.5698402910, 1.0);
      const double energy = 0.01 + 2.0 * std::fmod(next * 0.3247179572, 1.0);
      archive.add(record(next, invariants(accuracy, latency, 10, energy)));
    }
  };
  CarbonSettings carbon = archive.carbon_settings();
  for (const double grid : {68.0, 900.0, 20.0, 500.0}) {
    carbon.grid_intensity_g_per_kwh = grid;
    archive.rescore(carbon);
    EXPECT_EQ(archive.front(), batch_front()) << "after re-scoring at " << grid;
    add_batch(700);
    EXPECT_EQ(archive.front(), batch_front()) << "after adding at " << grid;
    EXPECT_GT(archive.feasible_count(), 0u);
    EXPECT_LT(archive.feasible_count(), archive.size());
  }
  const auto& trace = archive.hypervolume_trace();
  EXPECT_DOUBLE_EQ(trace.back().hypervolume, archive.hypervolume());
}

// The case behind the rule above, by hand: W beats R, then a re-score puts W over the carbon
// limit; P, which W would beat but which beats R, must join the front.
TEST(SearchArchive, ADesignBeatenOnlyByAnInfeasibleOneJoinsTheFront)
{
  ArchiveSetup setup = carbon_setup(20);
  setup.objectives = {Objective::Accuracy, Objective::Latency};
  setup.fixed_reference = {{Objective::Latency, 1.0}};
  const DesignInvariants w = invariants(0.50, 0.005, 10, 2.0);
  CarbonSettings low = setup.carbon;
  CarbonSettings high = setup.carbon;
  high.grid_intensity_g_per_kwh = 900;
  const double w_low = CarbonScorer(low).score(w).total_kg;
  const double w_high = CarbonScorer(high).score(w).total_kg;
  ASSERT_LT(w_low, w_high);
  setup.constraints.max_total_carbon_kg = std::sqrt(w_low * w_high);
  Archive archive(setup);
  archive.add(record(0, w));
  archive.add(record(1, invariants(0.40, 0.010, 10, 0.01)));   // R: beaten by W
  ASSERT_EQ(archive.front(), std::vector<std::size_t>{0});
  archive.rescore(high);
  ASSERT_FALSE(archive.feasibility(0).feasible);
  ASSERT_EQ(archive.front(), std::vector<std::size_t>{1});
  archive.add(record(2, invariants(0.45, 0.008, 10, 0.01)));   // P
  ASSERT_TRUE(archive.feasibility(2).feasible);
  EXPECT_EQ(archive.front(), std::vector<std::size_t>{2});
}

// New limits on the sliders change feasibility, the reference point and the front in place; the
// result must be what a fresh archive built with those limits computes, with every record kept.
TEST(SearchArchive, SetConstraintsEqualsAFreshArchiveAndKeepsEveryRecord)
{
  ArchiveSetup setup = carbon_setup(300);
  setup.objectives = {Objective::Accuracy, Objective::Latency, Objective::TotalCarbon};
  setup.fixed_reference.clear();
  setup.anchors = {invariants(0.30, 0.06, 30, 1.5), invariants(0.49, 0.001, 2, 0.01)};
  std::vector<ArchiveRecord> records;
  for (std::int64_t i = 0; i < 600; ++i) {
    DesignInvariants v = invariants(0.3 + 0.2 * std::fmod(i * 0.7548776662, 1.0),
                                    0.001 + 0.06 * std::fmod(i * 0.5698402910, 1.0),
                                    1 + 30 * std::fmod(i * 0.4142135623, 1.0),
                                    0.01 + 1.5 * std::fmod(i * 0.3247179572, 1.0));
    v.peak_tops = 1 + 20 * std::fmod(i * 0.2360679775, 1.0);
    if (i % 37 == 5) {
      v.accuracy_available = false;
      v.accuracy_source = AccuracyOrigin::None;
    }
    records.push_back(i % 53 == 7 ? ArchiveRecord{i, Genome{static_cast<int>(i)}, true, "refused", {}} : record(i, v));
  }
  Archive archive(setup);
  for (const auto& r : records)
    archive.add(r);

  std::vector<SearchConstraints> limits(5);
  limits[1].max_latency_s = 0.02;
  limits[2].min_accuracy = 0.42;
  limits[2].max_area_mm2 = 20;
  limits[3].max_total_carbon_kg = archive.carbon(10).total_kg;
  limits[3].max_peak_tops = 15;
  limits[3].max_energy_per_inference_j = 1.0;
  limits[4] = setup.constraints;   // back to where it started
  for (std::size_t c = 0; c < limits.size(); ++c) {
    SCOPED_TRACE("constraint set " + std::to_string(c));
    archive.set_constraints(limits[c]);
    ArchiveSetup fresh_setup = setup;
    fresh_setup.constraints = limits[c];
    Archive fresh(fresh_setup);
    for (const auto& r : records)
      fresh.add(r);

    ASSERT_EQ(archive.size(), records.size());
    EXPECT_EQ(archive.constraints(), limits[c]);
    for (std::size_t i = 0; i < records.size(); ++i) {
      EXPECT_EQ(archive.record(i).index, records[i].index);
      EXPECT_EQ(archive.find(records[i].genome), std::optional<std::size_t>(i));
      EXPECT_EQ(archive.feasibility(i).feasible, fresh.feasibility(i).feasible) << i;
      EXPECT_EQ(archive.feasibility(i).violated, fresh.feasibility(i).violated) << i;
      EXPECT_EQ(archive.feasibility(i).violation, fresh.feasibility(i).violation) << i;
      EXPECT_EQ(archive.carbon(i).total_kg, fresh.carbon(i).total_kg) << i;
      for (std::size_t k = 0; k < 3; ++k)
        EXPECT_EQ(archive.objectives(i)[k], fresh.objectives(i)[k]) << i;
    }
    EXPECT_EQ(archive.feasible_count(), fresh.feasible_count());
    EXPECT_EQ(archive.reference_point(), fresh.reference_point());
    EXPECT_EQ(archive.front(), brute_force_front(fresh));
    EXPECT_EQ(archive.front(), fresh.front());
    EXPECT_EQ(archive.hypervolume(), fresh.hypervolume());
    ASSERT_EQ(archive.hypervolume_trace().size(), fresh.hypervolume_trace().size());
    for (std::size_t i = 0; i < records.size(); ++i)
      EXPECT_EQ(archive.hypervolume_trace()[i].hypervolume, fresh.hypervolume_trace()[i].hypervolume) << i;
    EXPECT_GT(archive.feasible_count(), 0u);
    if (c > 0 && c < 4) {
      EXPECT_LT(archive.feasible_count(), archive.size() - 12);   // the limits bite
    }
  }
  // Designs that arrive after new limits are judged by them.
  archive.set_constraints(limits[1]);
  archive.add(record(600, invariants(0.49, 0.05, 5, 0.01)));   // too slow for limits[1]
  EXPECT_FALSE(archive.feasibility(600).feasible);
  EXPECT_EQ(archive.feasibility(600).violated, SearchConstraints::MaxLatency);
}

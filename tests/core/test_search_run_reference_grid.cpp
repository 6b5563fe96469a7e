// End-to-end checks on the real models: the hardware-only reference scenario (unpruned CLIP
// ViT-B/16 on the 3,240-point grid) searched exhaustively, re-scored, and re-read from its journal.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/search/run/search_runner.h"
#include "brute_force_front.h"
#include "unique_temp_path.h"

using namespace cdse;

TEST(SearchReferenceGrid, ExhaustiveFindsTheExactFrontAndRescoresWithoutSimulating)
{
  const std::string journal = cdse::test::unique_temp_path("reference_grid.jsonl").string();
  SearchRunOptions options;
  options.threads = 2;
  options.journal_path = journal;
  SearchRunner runner(builtin_scenario("hw-only-clip-b16"), options);
  runner.run();
  ASSERT_EQ(runner.latest_progress().state, SearchState::Finished) << runner.latest_progress().error;
  const Archive& a = runner.archive();
  ASSERT_EQ(a.size(), 3240u);
  std::size_t failed = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    failed += a.record(i).failed;
  EXPECT_EQ(failed, 0u);
  EXPECT_GT(a.feasible_count(), 100u);
  EXPECT_LT(a.feasible_count(), a.size());
  EXPECT_EQ(a.front(), brute_force_front(a));
  EXPECT_GT(a.hypervolume(), 0);

  // The reference design (4×256×16, 8 MB, 1 MB) defines the area limit: it sits at the limit.
  const auto& baselines = runner.baselines();
  ASSERT_FALSE(baselines.empty());
  ASSERT_TRUE(baselines[0].invariants.has_value()) << baselines[0].error;
  EXPECT_NEAR(baselines[0].invariants->area_mm2, 63.7929196, 1e-6);
  // With its flip-flop register files, banked SRAMs, double-buffered weight registers, accumulators and control
  // area it is inside the limit, by less than one µm².
  const double limit_mm2 = *builtin_scenario("hw-only-clip-b16").constraints.max_area_mm2;
  EXPECT_LE(baselines[0].invariants->area_mm2, limit_mm2);
  EXPECT_GT(baselines[0].invariants->area_mm2, limit_mm2 - 1e-6);
  EXPECT_GT(baselines[0].invariants->latency_s, 0.5e-3);
  EXPECT_LT(baselines[0].invariants->latency_s, 50e-3);

  // A dirtier grid re-scores to exactly what a fresh run under that grid computes.
  Scenario dirty = builtin_scenario("hw-only-clip-b16");
  dirty.carbon.grid_intensity_g_per_kwh = 524;   // Taiwan (reference framework preset)
  dirty.carbon.grid_region.clear();
  SearchRunner fresh(dirty, SearchRunOptions{});
  fresh.run();
  JournalRun reopened = load_journal_run(journal);
  EXPECT_TRUE(reopened.warnings.empty());
  ASSERT_EQ(reopened.archive->size(), a.size());
  EXPECT_EQ(reopened.archive->front(), a.front());
  EXPECT_EQ(reopened.archive->hypervolume(), a.hypervolume());
  reopened.archive->rescore(dirty.carbon);
  EXPECT_EQ(reopened.archive->front(), fresh.archive().front());
  EXPECT_EQ(reopened.archive->hypervolume(), fresh.archive().hypervolume());
  for (std::size_t i = 0; i < a.size(); i += 97)
    EXPECT_EQ(reopened.archive->carbon(i).total_kg, fresh.archive().carbon(i).total_kg);
  // Operational carbon grows with the grid's intensity; embodied does not move.
  EXPECT_GT(reopened.archive->carbon(0).operational_kg, a.carbon(0).operational_kg);
  EXPECT_EQ(reopened.archive->carbon(0).embodied_kg, a.carbon(0).embodied_kg);
}

TEST(SearchReferenceGrid, JointReferenceSearchRunsAndKeepsInfeasibleDesigns)
{
  Scenario s = builtin_scenario("reference-clip-b16");
  s.budget = 200;
  SearchRunOptions options;
  options.threads = 2;
  SearchRunner runner(s, options);
  runner.run();
  ASSERT_EQ(runner.latest_progress().state, SearchState::Finished) << runner.latest_progress().error;
  const Archive& a = runner.archive();
  EXPECT_EQ(a.size(), 200u);
  EXPECT_GT(a.feasible_count(), 0u);
  EXPECT_LT(a.feasible_count(), a.size());
  EXPECT_FALSE(a.front().empty());
  const auto result = runner.result_json();
  for (const auto& design : result["pareto"]) {
    const double accuracy = design["objectives"]["accuracy"];
    EXPECT_GT(accuracy, 0.2);
    EXPECT_LT(accuracy, 0.6);
    EXPECT_LE(design["metrics"]["latency_s"].get<double>(), 0.050);
    EXPECT_LE(design["metrics"]["area_mm2"].get<double>(), *s.constraints.max_area_mm2);
  }
}

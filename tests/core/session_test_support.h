#pragma once
// Shared by the session tests: a two-run session from real searches (reference-clip-b16 and
// bert-base, so designs have real breakdowns, missing accuracy estimates, failures with messages),
// and a comparison of every stored field plus everything derived from them.
#include <gtest/gtest.h>

#include <bit>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/resource.h>
#include <unistd.h>

#include "core/evaluation/invariants_storage_json.h"
#include "core/search/run/search_runner.h"
#include "core/session/session_file.h"
#include "unique_temp_path.h"

namespace cdse::test {

inline std::string read_bytes(const std::filesystem::path& p)
{
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void write_bytes(const std::filesystem::path& p, const std::string& bytes)
{
  std::ofstream(p, std::ios::binary) << bytes;
}

// While alive, allocations beyond `headroom_bytes` more address space fail (std::bad_alloc), so a
// test can tell a reader that refuses an oversized file from one that reads it into memory.
class AddressSpaceLimit {
public:
  explicit AddressSpaceLimit(std::size_t headroom_bytes)
  {
    std::size_t pages = 0;
    std::ifstream("/proc/self/statm") >> pages;
    ::getrlimit(RLIMIT_AS, &saved_);
    rlimit limited = saved_;
    limited.rlim_cur = pages * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE)) + headroom_bytes;
    active_ = pages > 0 && ::setrlimit(RLIMIT_AS, &limited) == 0;
  }
  ~AddressSpaceLimit() { ::setrlimit(RLIMIT_AS, &saved_); }
  AddressSpaceLimit(const AddressSpaceLimit&) = delete;
  AddressSpaceLimit& operator=(const AddressSpaceLimit&) = delete;
  bool active() const { return active_; }

private:
  rlimit saved_{};
  bool active_ = false;
};

inline std::filesystem::path fresh_dir(const std::string& name)
{
  const auto dir = unique_temp_path("session_" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline SessionRun searched_run(const std::string& scenario_name, std::int64_t budget, std::uint64_t seed)
{
  Scenario scenario = builtin_scenario(scenario_name);
  scenario.algorithm.name = "random";
  scenario.budget = budget;
  scenario.seed = seed;
  SearchRunOptions options;
  options.threads = 1;
  SearchRunner runner(scenario, options);
  runner.run();
  return make_session_run(runner.scenario(), runner.archive(), runner.baselines(), {"random", budget, 1, seed}, "Run",
                          "2026-12-04T15:40:00Z");
}

// Two runs: the reference scenario, and bert-base (pruned designs without an accuracy estimate)
// under a tighter latency limit with a few designs marked failed; carbon assumptions that differ
// from both scenarios; pins into both runs and a selection in the active one.
inline Session sample_session(std::int64_t designs_per_run = 120)
{
  Session s;
  s.runs.push_back(searched_run("reference-clip-b16", designs_per_run, 3));
  s.runs[0].name = "Run 1";
  SessionRun second = searched_run("bert-base", designs_per_run, 5);
  second.name = "Run 2 — 検索 \"tight\"";
  second.scenario.constraints.max_latency_s = 0.1;
  second.settings = {"nsga2", 4000, 2, 99};
  for (std::size_t i = 3; i < second.designs.size(); i += 11) {
    second.designs[i].failed = true;
    second.designs[i].error = i % 2 ? "accelerator refused: GLB too small for 12 heads" : "失敗";
    second.designs[i].invariants = DesignInvariants{};
  }
  s.runs.push_back(std::move(second));
  s.active_run = 1;
  s.carbon = s.runs[1].scenario.carbon;
  s.carbon.grid_intensity_g_per_kwh = 224.0;
  s.carbon.lifetime_years = 7;
  s.pinned = {{0, s.runs[0].designs[4].index}, {1, s.runs[1].designs[9].index}, {0, s.runs[0].designs[2].index}};
  s.selected = SessionDesignRef{1, s.runs[1].designs[7].index};
  return s;
}

inline bool same_bits(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }

inline void expect_same_invariants(const DesignInvariants& a, const DesignInvariants& b, const std::string& where)
{
  SCOPED_TRACE(where);
  EXPECT_EQ(a.accuracy_available, b.accuracy_available);
  EXPECT_EQ(a.accuracy_source, b.accuracy_source);
  EXPECT_EQ(a.node_nm, b.node_nm);
  const double DesignInvariants::*top[] = {&DesignInvariants::accuracy,
                                           &DesignInvariants::accuracy_low,
                                           &DesignInvariants::accuracy_high,
                                           &DesignInvariants::latency_s,
                                           &DesignInvariants::energy_per_inference_j,
                                           &DesignInvariants::dynamic_energy_j,
                                           &DesignInvariants::static_power_w,
                                           &DesignInvariants::area_mm2,
                                           &DesignInvariants::peak_tops,
                                           &DesignInvariants::weight_bytes,
                                           &DesignInvariants::dram_gb};
  for (auto field : top)
    EXPECT_TRUE(same_bits(a.*field, b.*field)) << a.*field << " vs " << b.*field;
  EXPECT_EQ(std::memcmp(&a.area, &b.area, sizeof a.area), 0);
  EXPECT_EQ(std::memcmp(&a.energy, &b.energy, sizeof a.energy), 0);
}

// Every stored field, then everything the app derives from them (carbon, objectives, feasibility,
// front, hypervolume, reference point, the CLI's result document) for every run.
inline void expect_same_session(const Session& a, const Session& b)
{
  ASSERT_EQ(a.runs.size(), b.runs.size());
  EXPECT_EQ(a.active_run, b.active_run);
  EXPECT_EQ(a.carbon, b.carbon);
  EXPECT_EQ(a.pinned, b.pinned);
  EXPECT_EQ(a.selected, b.selected);
  for (std::size_t r = 0; r < a.runs.size(); ++r) {
    SCOPED_TRACE("run " + std::to_string(r));
    const SessionRun& x = a.runs[r];
    const SessionRun& y = b.runs[r];
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.started_utc, y.started_utc);
    EXPECT_EQ(to_json(x.scenario), to_json(y.scenario));
    EXPECT_EQ(x.scenario.base_dir, y.scenario.base_dir);
    EXPECT_EQ(x.scenario.constraints, y.scenario.constraints);
    EXPECT_EQ(x.settings, y.settings);
    ASSERT_EQ(x.anchors.size(), y.anchors.size());
    for (std::size_t i = 0; i < x.anchors.size(); ++i)
      expect_same_invariants(x.anchors[i], y.anchors[i], "anchor " + std::to_string(i));
    EXPECT_EQ(baselines_json(x.baselines), baselines_json(y.baselines));
    ASSERT_EQ(x.designs.size(), y.designs.size());
    for (std::size_t i = 0; i < x.designs.size(); ++i) {
      EXPECT_EQ(x.designs[i].index, y.designs[i].index);
      EXPECT_EQ(x.designs[i].genome, y.designs[i].genome);
      EXPECT_EQ(x.designs[i].failed, y.designs[i].failed);
      EXPECT_EQ(x.designs[i].error, y.designs[i].error);
      expect_same_invariants(x.designs[i].invariants, y.designs[i].invariants, "design " + std::to_string(i));
    }

    const auto ax = make_session_archive(a, r);
    const auto ay = make_session_archive(b, r);
    ASSERT_EQ(ax->size(), ay->size());
    for (std::size_t i = 0; i < ax->size(); ++i) {
      EXPECT_EQ(std::memcmp(&ax->carbon(i), &ay->carbon(i), sizeof(CarbonBreakdown)), 0) << "design " << i;
      const auto ox = ax->objectives(i), oy = ay->objectives(i);
      EXPECT_TRUE(std::equal(ox.begin(), ox.end(), oy.begin(), oy.end(), same_bits)) << "design " << i;
      EXPECT_EQ(ax->feasibility(i).feasible, ay->feasibility(i).feasible);
      EXPECT_EQ(ax->feasibility(i).violated, ay->feasibility(i).violated);
      EXPECT_TRUE(same_bits(ax->feasibility(i).violation, ay->feasibility(i).violation));
    }
    EXPECT_EQ(ax->front(), ay->front());
    EXPECT_TRUE(same_bits(ax->hypervolume(), ay->hypervolume()));
    EXPECT_EQ(ax->reference_point(), ay->reference_point());
    EXPECT_EQ(search_result_json(x.scenario, x.scenario.space(), *ax, x.baselines, {}),
              search_result_json(y.scenario, y.scenario.space(), *ay, y.baselines, {}));
  }
}

}   // namespace cdse::test

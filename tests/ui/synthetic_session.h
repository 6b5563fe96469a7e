#pragma once
// Sessions of hand-made designs for the GUI tests and benchmarks, which measure how the window
// handles many designs (or a chosen tie), not the simulator: one run of the reference scenario,
// distinct genomes counted like an odometer, invariants from a function of the design number.
#include <cstddef>
#include <functional>

#include "core/search/scenario/scenario.h"
#include "core/session/session_file.h"

struct SyntheticDesign {
  double accuracy = 0.5;
  double area_mm2 = 10;   // carbon grows with it
  double latency_s = 0.01;
  double energy_per_inference_j = 0.05;
};

inline cdse::Session syntheticSession(std::size_t count, const std::function<SyntheticDesign(std::size_t)>& design)
{
  cdse::Session s;
  cdse::SessionRun& run = s.runs.emplace_back();
  run.name = "Run 1";
  run.scenario = cdse::builtin_scenario("reference-clip-b16");
  s.carbon = run.scenario.carbon;
  const auto sizes = run.scenario.space().knob_sizes();
  cdse::Genome genome(sizes.size(), 0);
  run.designs.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const SyntheticDesign d = design(i);
    cdse::ArchiveRecord r;
    r.index = static_cast<std::int64_t>(i);
    r.genome = genome;
    for (std::size_t k = 0; k < genome.size() && ++genome[k] == sizes[k]; ++k)
      genome[k] = 0;
    auto& v = r.invariants;
    v.accuracy_available = true;
    v.accuracy_source = cdse::AccuracyOrigin::Estimate;
    v.accuracy = d.accuracy;
    v.accuracy_low = d.accuracy - 0.01;
    v.accuracy_high = d.accuracy + 0.01;
    v.latency_s = d.latency_s;
    v.energy_per_inference_j = d.energy_per_inference_j;
    v.dynamic_energy_j = 0.9 * d.energy_per_inference_j;
    v.static_power_w = 0.05;
    v.area_mm2 = d.area_mm2;
    v.area.pe_mm2 = d.area_mm2;
    v.peak_tops = 4;
    v.weight_bytes = 1.5e8;
    run.designs.push_back(r);
  }
  return s;
}

#pragma once
// What the fronts plots draw, as one value: every stored design scored under the current carbon
// assumptions, the baselines, the constraint limits and the selection. Built by ExplorerModel
// (every number comes from the core), consumed by the plots; cheap to move.
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "ui/explorer/design_ref.h"
#include "ui/explorer/exact_front_view.h"
#include "ui/explorer/plot_points.h"
#include "core/search/archive/archive_record.h"
#include "core/search/archive/objective.h"
#include "core/search/archive/search_constraints.h"

struct BaselinePoint {
  std::size_t baseline_index = 0;
  QString label;
  bool evaluated = false;   // false: the baseline could not be simulated (error in the tooltip)
  QString error;
  double accuracy = 0;   // NaN when no estimate
  cdse::AccuracyOrigin accuracy_source = cdse::AccuracyOrigin::None;
  double latency_s = 0;
  double total_kg = 0;
  double embodied_kg = 0;
  double operational_kg = 0;
};

struct FrontSnapshot {
  std::uint64_t generation = 0;   // bumps on every change, so views can skip repeats
  // The run drawn (ExplorerModel's id). Clicks on a frame name it, so a click on a frame drawn
  // before another run was shown cannot select a design of the new one.
  std::uint64_t run_id = DesignRef::k_shown_run;
  PlotPoints points;   // archive order; copies share storage
  std::vector<BaselinePoint> baselines;
  std::vector<cdse::Objective> objectives;   // the run's objectives (what "on_front" means)
  cdse::SearchConstraints constraints;       // limits to draw (max latency, min accuracy, ...)
  std::optional<DesignRef> selected;
  std::vector<DesignRef> pinned;
  std::vector<cdse::HypervolumeSample> hypervolume_trace;   // under the current assumptions
  double hypervolume = 0;
  // The exact front of the run's scenario, when it is being or has been solved: a reference line
  // in the projections and a ceiling over the hypervolume trace. Filled in by the window.
  ExactFrontView exact;
};

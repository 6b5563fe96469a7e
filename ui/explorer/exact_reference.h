#pragma once
// The exact reference of one run, on the GUI thread (issue 14): the universal front of the run's
// scenario (every design Pareto-optimal under some setting of the carbon sliders) as an Archive of
// its own, re-scored when the sliders move and judged by the run's limits, so that its front under
// the current assumptions is the exact front to compare the run with. Nothing is recomputed on a
// slider move, unless the move makes the solve's premises false: a looser limit than the solve
// applied (latency, energy per inference, area, peak TOPS, accuracy floor; a carbon limit is never
// applied by the solve), a node override or another DRAM size. Then the setter says the reference
// is stale and the owner drops it or solves again.
//
// A reference belongs to one run (its id); a solve may start before the run exists, and is bound
// to it when it begins. When the run itself is "exact", its own archive is the reference once it
// has finished (no second solve): useRunItself().
//
// Not thread-safe: the GUI thread owns it, and the archive handed to adopt() is its alone.
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "core/search/archive/archive.h"
#include "core/search/scenario/scenario.h"
#include "ui/explorer/exact_front_view.h"

class ExactReference {
public:
  using State = ExactFrontView::State;
  static constexpr std::uint64_t k_unbound = 0;   // run ids start at 1

  State state() const { return state_; }
  // The run it belongs to; k_unbound while its run has not begun.
  std::uint64_t runId() const { return runId_; }
  bool selfReference() const { return self_; }
  // A solve of `scenario` (as solved: its carbon settings and limits) started for run `runId`.
  void startSolving(const cdse::Scenario& scenario, std::uint64_t runId = k_unbound);
  // The run is exact itself: Solving until markRunFinished.
  void useRunItself(const cdse::Scenario& scenario, std::uint64_t runId = k_unbound);
  void bindRun(std::uint64_t runId) { runId_ = runId; }
  void setSolveFraction(double fraction) { fraction_ = fraction; }
  // The solved universal front; re-scored under `carbon` and judged by `constraints` at once.
  void adopt(std::shared_ptr<cdse::Archive> archive, const cdse::CarbonSettings& carbon,
             const cdse::SearchConstraints& constraints);
  // The self-referencing run has evaluated its whole universal front.
  void markRunFinished();
  void clear();

  // False: the reference no longer holds under these values (stale; nothing was changed).
  bool setCarbonSettings(const cdse::CarbonSettings& carbon);
  bool setConstraints(const cdse::SearchConstraints& constraints);

  // What the plots draw for the shown run: State::None unless `shownRunId` is this reference's
  // run. `shown` is that run's archive (its reference point measures the hypervolume; for a
  // self reference its front is the exact one).
  ExactFrontView view(const cdse::Archive& shown, std::uint64_t shownRunId) const;
  // The adopted universal front (nullptr unless Ready with a solved archive), for tests.
  const cdse::Archive* archive() const { return archive_.get(); }

private:
  bool holdsUnder(const cdse::CarbonSettings& carbon, const cdse::SearchConstraints& constraints) const;

  State state_ = State::None;
  std::uint64_t runId_ = k_unbound;
  bool self_ = false;
  double fraction_ = 0;
  cdse::Scenario solved_;   // as solved: limits and carbon settings the universal front assumes
  std::shared_ptr<cdse::Archive> archive_;
  // The last view's front and hypervolume, for the reference point it was measured against.
  mutable std::optional<ExactFrontView> cache_;
  mutable std::vector<double> cacheReference_;
};

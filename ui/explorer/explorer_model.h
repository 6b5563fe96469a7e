#pragma once
// The explorer's state, shared by every panel (not a widget): the runs of this session (each with
// its scenario, baselines and every evaluated design, streamed in while a search runs), which run
// is on screen, the carbon assumptions on the sliders, the constraints, the selection and the
// pinned designs. Changing the assumptions re-scores the shown run's designs (arithmetic in the
// core; nothing is simulated again) and announces a new snapshot; views redraw from snapshot().
//
// Runs: every search (F5) starts a new run; earlier runs are kept with their designs (archives
// only — the plot table exists for the shown run alone) and can be shown again, renamed or
// removed. Pins refer to a run by id, so a pinned design of run 1 stays pinned and comparable
// while run 2 is shown; only unpinning or removing its run drops it.
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

#include "core/carbon/carbon_settings.h"
#include "ui/explorer/design_ref.h"
#include "ui/explorer/explorer_run.h"
#include "ui/explorer/explorer_runs.h"
#include "ui/explorer/pinned_designs.h"
#include "ui/explorer/front_snapshot.h"
#include "ui/explorer/plot_point_table.h"
#include "ui/explorer/prepared_session.h"
#include "ui/explorer/selected_design.h"
#include "ui/explorer/session_capture.h"
#include "core/search/archive/archive.h"
#include "core/search/scenario/scenario.h"
#include "core/search/run/search_result.h"
#include "core/search/space/search_space.h"
#include "core/session/session_file.h"

class ExplorerModel : public QObject {
  Q_OBJECT
public:
  static constexpr int k_max_pinned = PinnedDesigns::k_max;
  // A run not on screen whose designs are pinned is re-scored this long after the last slider
  // move, so dragging a slider costs one re-score (the shown run's), not one per run.
  static constexpr int k_pinned_runs_rescore_delay_ms = 250;

  explicit ExplorerModel(QObject* parent = nullptr);
  ~ExplorerModel() override;

  // Shows `scenario` as a run not started yet: evaluates its baselines and reference corners with
  // the core (a handful of designs, milliseconds). Earlier runs are kept; a shown run that has no
  // designs and no pins is replaced. Throws cdse::InputError for a scenario the core refuses.
  void loadScenario(const cdse::Scenario& scenario);
  // Replaces every run with a saved session's (assumptions, runs, pins, selection); nothing is
  // simulated. Throws what prepareSession throws, leaving the model unchanged.
  void loadSession(const cdse::Session& session);
  // The same from a session already scored off the GUI thread: only moves, then the shown run's
  // plot table.
  void adoptSession(PreparedSession prepared);
  // Every run, the assumptions, pins (designs of a run; pinned baselines are not stored) and the
  // selection, designs still to be copied (SessionCapture::copySome, a slice per event-loop turn).
  SessionCapture captureSession() const;
  // The same, copied at once (tests, small sessions).
  cdse::Session toSession() const;

  // A search starts on `scenario` with `setup` (its archive configuration): a new run, shown at
  // once (or the shown run, when it has not started and holds nothing); appendRecords adds its
  // designs as they stream in.
  void beginRun(const cdse::Scenario& scenario, const cdse::ArchiveSetup& setup,
                const cdse::SessionRunSettings& settings);
  void appendRecords(const std::vector<cdse::ArchiveRecord>& records);

  void setCarbonSettings(const cdse::CarbonSettings& settings);      // re-scores, never re-simulates
  void setConstraints(const cdse::SearchConstraints& constraints);   // of the shown run

  // Runs, in the order they were started.
  std::vector<RunSummary> runs() const;
  std::size_t runCount() const { return runs_.size(); }
  std::uint64_t shownRunId() const { return runs_.shown().id; }
  // Shows run `id` (its designs in the fronts, its scenario and constraints in the panels); false
  // for an unknown id. The selection is cleared; pins stay.
  bool showRun(std::uint64_t id);
  bool renameRun(std::uint64_t id, const QString& name);
  // Removes run `id` and the pins into it (the caller asks the user first when there are any);
  // false for an unknown id or the only run.
  bool removeRun(std::uint64_t id);
  std::size_t pinnedCount(std::uint64_t runId) const;

  const cdse::Scenario& scenario() const { return shown().scenario; }
  const cdse::SearchSpace& space() const { return space_; }
  const cdse::CarbonSettings& carbonSettings() const { return carbon_; }
  const cdse::SearchConstraints& constraints() const { return shown().archive->constraints(); }
  const std::vector<cdse::BaselineResult>& baselines() const { return shown().baselines; }
  const cdse::Archive& archive() const { return *shown().archive; }
  std::size_t designCount() const { return shown().archive->size(); }

  // The current picture for the plots (the shown run, scored under the current assumptions).
  FrontSnapshot snapshot() const;
  // One design, scored under the current assumptions; nullopt for a reference out of range.
  // The label names the run when there is more than one.
  std::optional<SelectedDesign> designInfo(const DesignRef& ref) const;
  // The shown run's feasible Pareto-front design best in `objective` (lowest carbon or latency,
  // highest accuracy); ties are broken by the run's other objectives, then by the remaining ones.
  std::optional<DesignRef> bestBy(cdse::Objective objective) const;

  // The selection is a design of the shown run.
  void select(const std::optional<DesignRef>& ref);
  std::optional<DesignRef> selected() const { return selected_; }
  // Pins up to k_max_pinned designs of any run for the compare view; returns false when full or
  // already pinned. A reference with run 0 means the shown run.
  bool pin(const DesignRef& ref);
  void unpin(const DesignRef& ref);
  void clearPins();
  // Every pin, each with the id of its run.
  const std::vector<DesignRef>& pinned() const { return pinned_.refs(); }

signals:
  void scenarioChanged();   // another run or session is shown: panels reload their controls
  void designsChanged();    // designs added or re-scored: redraw (views coalesce)
  void selectionChanged();
  void pinnedChanged();
  void runsChanged();   // a run was added, removed, renamed, shown or got designs

private:
  ExplorerRun& shown() { return runs_.shown(); }
  const ExplorerRun& shown() const { return runs_.shown(); }
  void announceAll();                        // a new generation: every signal, for a change of the shown run or session
  DesignRef resolved(DesignRef ref) const;   // run 0 → the shown run's id
  ExplorerRun& addRun(ExplorerRun run);      // reuses a shown run that has not started and holds nothing
  void showIndex(std::size_t index);
  void rescorePinnedRuns();
  QString nextRunName() const;

  ExplorerRuns runs_;
  std::uint64_t streaming_run_id_ = 0;   // the run appendRecords adds to
  cdse::CarbonSettings carbon_;
  cdse::SearchSpace space_;             // of the shown run
  PlotPointTable points_;               // the shown run's archive as plot points, kept in step with it
  std::optional<DesignRef> selected_;   // run 0: always the shown run
  PinnedDesigns pinned_;
  std::uint64_t generation_ = 0;
  QTimer rescore_pinned_runs_;
};

#pragma once
// The explorer's state, shared by every panel (not a widget): the scenario, its baselines, every
// evaluated design (a GUI-side copy of the run's archive, streamed in while a search runs), the
// carbon assumptions on the sliders, the constraints, the selection and the pinned designs.
// Changing the assumptions re-scores the stored designs (arithmetic in the core; nothing is
// simulated again) and announces a new snapshot; views redraw from snapshot().
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

#include "carbon/carbon_settings.h"
#include "explorer/design_ref.h"
#include "explorer/front_snapshot.h"
#include "explorer/plot_point_table.h"
#include "explorer/selected_design.h"
#include "search/archive.h"
#include "search/scenario.h"
#include "search/search_result.h"
#include "search/search_space.h"
#include "session/session_file.h"

class ExplorerModel : public QObject {
  Q_OBJECT
public:
  static constexpr int k_max_pinned = 4;

  explicit ExplorerModel(QObject* parent = nullptr);
  ~ExplorerModel() override;

  // A fresh exploration of `scenario`: evaluates its baselines and reference corners with the core
  // (a handful of designs, milliseconds), clears the designs. Throws cdse::InputError for a
  // scenario the core refuses (the caller shows it).
  void loadScenario(const cdse::Scenario& scenario);
  // Restores a saved session (scenario, assumptions, designs, pins, selection); nothing simulated.
  void loadSession(const cdse::Session& session);
  cdse::Session toSession(const cdse::SessionRunSettings& run) const;

  // A search run starts on the current scenario with `setup` (the run's archive configuration):
  // the stored designs are cleared, then appendRecords adds them as they stream in.
  void beginRun(const cdse::Scenario& scenario, const cdse::ArchiveSetup& setup);
  void appendRecords(const std::vector<cdse::ArchiveRecord>& records);

  void setCarbonSettings(const cdse::CarbonSettings& settings);   // re-scores, never re-simulates
  void setConstraints(const cdse::SearchConstraints& constraints);

  const cdse::Scenario& scenario() const { return scenario_; }
  const cdse::SearchSpace& space() const { return space_; }
  const cdse::CarbonSettings& carbonSettings() const { return carbon_; }
  const cdse::SearchConstraints& constraints() const { return constraints_; }
  const std::vector<cdse::BaselineResult>& baselines() const { return baselines_; }
  const cdse::Archive& archive() const { return *archive_; }
  std::size_t designCount() const { return archive_->size(); }

  // The current picture for the plots (scored under the current assumptions).
  FrontSnapshot snapshot() const;
  // One design, scored under the current assumptions; nullopt for a reference out of range.
  std::optional<SelectedDesign> designInfo(const DesignRef& ref) const;
  // The feasible design with the least total carbon / latency, or the most accurate one.
  std::optional<DesignRef> bestBy(cdse::Objective objective) const;

  void select(const std::optional<DesignRef>& ref);
  std::optional<DesignRef> selected() const { return selected_; }
  // Pins up to k_max_pinned designs for the compare view; returns false when full or already pinned.
  bool pin(const DesignRef& ref);
  void unpin(const DesignRef& ref);
  void clearPins();
  const std::vector<DesignRef>& pinned() const { return pinned_; }

signals:
  void scenarioChanged();          // a new scenario or session: panels reload their controls
  void designsChanged();           // designs added or re-scored: redraw (views coalesce)
  void selectionChanged();
  void pinnedChanged();

private:
  void rebuildArchive(std::vector<cdse::ArchiveRecord> records);
  cdse::ArchiveSetup currentSetup() const;

  cdse::Scenario scenario_;
  cdse::SearchSpace space_;
  cdse::CarbonSettings carbon_;
  cdse::SearchConstraints constraints_;
  std::vector<cdse::Objective> objectives_;
  std::vector<cdse::DesignInvariants> anchors_;
  std::vector<std::pair<cdse::Objective, double>> fixed_reference_;
  std::vector<cdse::BaselineResult> baselines_;
  std::unique_ptr<cdse::Archive> archive_;
  PlotPointTable points_;   // the archive as plot points, kept in step with it
  std::optional<DesignRef> selected_;
  std::vector<DesignRef> pinned_;
  std::uint64_t generation_ = 0;
};

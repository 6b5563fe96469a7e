#pragma once
// The live Pareto fronts: the three 2-D projections (accuracy–carbon, latency–carbon,
// accuracy–latency), each coloured by the third objective, with a toggle for the dominated and
// infeasible designs. Snapshots may arrive at any rate: they are kept and drawn at most every
// 40 ms (≈25 Hz), so a burst of snapshots costs one redraw. The three projections of a snapshot
// are built on a small thread pool (sorting and binning 200,000 designs is the expensive part);
// the event loop only hands each finished frame to its plot and replots, one plot per turn.
#include <QList>
#include <QThreadPool>
#include <QWidget>

#include <array>
#include <cstdint>
#include <memory>

#include "ui/explorer/design_ref.h"
#include "ui/explorer/front_snapshot.h"
#include "ui/plots/projection_frame.h"

class QCheckBox;
class QSplitter;
class QCustomPlot;
class ElidedLabel;
class QLabel;
class QTimer;
class ProjectionPlot;

class FrontsView : public QWidget {
  Q_OBJECT
public:
  static constexpr int k_projection_count = 3;
  static constexpr int k_redraw_interval_ms = 40;
  // A search's first second rescales the axes to its first designs; then they are held, so the
  // front is seen moving instead of the axes rescaling every frame.
  static constexpr int k_auto_lock_delay_ms = 1000;

  explicit FrontsView(QWidget* parent = nullptr);
  ~FrontsView() override;

  bool showDominated() const { return showDominated_; }
  // The three plots, left to right (for export).
  QList<QCustomPlot*> plots() const;
  // 0 accuracy–carbon, 1 latency–carbon, 2 accuracy–latency; nullptr out of range.
  ProjectionPlot* projection(int i) const;
  // Draws the newest snapshot now, before returning (screenshots, exports, tests).
  void redrawNow();
  // Starts building the newest snapshot's frames now instead of at the next tick, without
  // waiting for them (a slider: immediate feedback, and the event loop stays free meanwhile).
  void redrawSoon();
  // A snapshot is waiting or being built.
  bool redrawPending() const;
  // The user's lock (View ▸ Lock axes) or the automatic one of a running search.
  bool axesLocked() const { return userLocked_ || searchLocked_; }

public slots:
  void setSnapshot(const FrontSnapshot& snapshot);
  void setSnapshot(FrontSnapshot&& snapshot);   // no copy of 100,000 points
  void setShowDominated(bool show);
  // The user's choice; it outlasts searches.
  void setAxesLocked(bool locked);
  // A search started (locks the axes k_auto_lock_delay_ms later) or ended (releases that lock;
  // the user's lock stays).
  void setSearchRunning(bool running);
  // The fourth cell of the 2 × 2 grid (the window puts the hypervolume trace there).
  void setCornerWidget(QWidget* widget);

signals:
  void designClicked(const DesignRef& ref);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void startBuild();
  void frameReady(std::uint64_t build, int plot, ProjectionFrame& frame);
  void applyAxesLock();

  std::array<ProjectionPlot*, k_projection_count> plots_{};
  QSplitter* bottomRow_ = nullptr;
  QCheckBox* showDominatedBox_ = nullptr;
  ElidedLabel* hint_ = nullptr;
  QTimer* redrawTimer_ = nullptr;
  QThreadPool pool_;
  std::shared_ptr<const FrontSnapshot> pending_;    // newest, not yet being built
  std::shared_ptr<const FrontSnapshot> building_;   // frames on the pool, shown as they finish
  std::uint64_t build_ = 0;                         // frames of an older build are dropped
  int framesOutstanding_ = 0;
  bool urgent_ = false;   // start the pending snapshot without the tick
  bool showDominated_ = true;
  QTimer* autoLockTimer_ = nullptr;
  bool userLocked_ = false;
  bool searchLocked_ = false;
};

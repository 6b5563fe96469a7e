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

#include "explorer/design_ref.h"
#include "explorer/front_snapshot.h"
#include "plots/projection_frame.h"

class QCheckBox;
class QSplitter;
class QCustomPlot;
class QLabel;
class QTimer;
class ProjectionPlot;

class FrontsView : public QWidget {
  Q_OBJECT
public:
  static constexpr int k_projection_count = 3;
  static constexpr int k_redraw_interval_ms = 40;

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

public slots:
  void setSnapshot(const FrontSnapshot& snapshot);
  void setSnapshot(FrontSnapshot&& snapshot);   // no copy of 100,000 points
  void setShowDominated(bool show);
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

  std::array<ProjectionPlot*, k_projection_count> plots_{};
  QSplitter* bottomRow_ = nullptr;
  QCheckBox* showDominatedBox_ = nullptr;
  QLabel* hint_ = nullptr;
  QTimer* redrawTimer_ = nullptr;
  QThreadPool pool_;
  std::shared_ptr<const FrontSnapshot> pending_;    // newest, not yet being built
  std::shared_ptr<const FrontSnapshot> building_;   // frames on the pool, shown as they finish
  std::uint64_t build_ = 0;                         // frames of an older build are dropped
  int framesOutstanding_ = 0;
  bool urgent_ = false;                             // start the pending snapshot without the tick
  bool showDominated_ = true;
};

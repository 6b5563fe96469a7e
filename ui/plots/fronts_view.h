#pragma once
// The live Pareto fronts: the three 2-D projections (accuracy–carbon, latency–carbon,
// accuracy–latency), each coloured by the third objective, with a toggle for the dominated and
// infeasible designs. Snapshots may arrive at any rate: they are kept and drawn at most every
// 40 ms (≈25 Hz), so a burst of snapshots costs one redraw.
#include <QList>
#include <QWidget>

#include <array>
#include <memory>

#include "explorer/design_ref.h"
#include "explorer/front_snapshot.h"

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

  bool showDominated() const { return showDominated_; }
  // The three plots, left to right (for export).
  QList<QCustomPlot*> plots() const;
  // 0 accuracy–carbon, 1 latency–carbon, 2 accuracy–latency; nullptr out of range.
  ProjectionPlot* projection(int i) const;
  // Draws a pending snapshot now instead of at the next tick (sliders, screenshots, benchmarks).
  // At the tick the plots are drawn one per event-loop turn instead.
  void redrawNow();
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
  void redrawStep();

  std::array<ProjectionPlot*, k_projection_count> plots_{};
  QSplitter* bottomRow_ = nullptr;
  QCheckBox* showDominatedBox_ = nullptr;
  QLabel* hint_ = nullptr;
  QTimer* redrawTimer_ = nullptr;
  std::shared_ptr<const FrontSnapshot> pending_;
  std::shared_ptr<const FrontSnapshot> staged_;   // being drawn, one plot per event-loop turn
  int stagedNext_ = 0;
  bool showDominated_ = true;
};

#pragma once
// One 2-D projection of the live Pareto fronts (e.g. accuracy vs total carbon, coloured by
// latency): a QCustomPlot with the designs by class, the projection's own 2-D front as a step line,
// constraint limits, baselines, selection and pins. Drag pans, the wheel zooms, a double-click
// resets the view, hovering shows a design's numbers, a click selects it. Redraws when told
// (FrontsView coalesces snapshots); the snapshot is shared, not copied, between the three plots.
#include <QPoint>

#include <memory>
#include <optional>

#include <qcustomplot.h>

#include "ui/explorer/design_ref.h"
#include "ui/explorer/front_snapshot.h"
#include "ui/plots/plot_quantity.h"
#include "ui/plots/projection_annotations.h"
#include "ui/plots/projection_data.h"
#include "ui/plots/projection_frame.h"
#include "ui/plots/projection_graphs.h"

class ProjectionPlot : public QCustomPlot {
  Q_OBJECT
public:
  // `projection_index`: 0 accuracy–carbon, 1 latency–carbon, 2 accuracy–latency.
  explicit ProjectionPlot(int projection_index, QWidget* parent = nullptr);

  // Shows a frame built elsewhere (buildProjectionFrame with spec()) and replots once.
  void showFrame(ProjectionFrame frame);
  void setShowDominated(bool show);
  bool showDominated() const { return showDominated_; }
  // Back to the whole data after the user zoomed or panned.
  void resetView();
  // Locked axes keep their range when new data arrives (a moving front is seen moving); pan,
  // zoom and double-click still work. Unlocking fits the data again unless the user moved the view.
  void setAxesLocked(bool locked);
  bool axesLocked() const { return axesLocked_; }

  const ProjectionSpec& spec() const { return spec_; }
  // What is drawn (for tests and status texts).
  std::size_t pointCount(PointClass point_class) const { return graphs_.pointCount(point_class); }
  std::size_t measuredFrontCount() const { return graphs_.measuredFrontCount(); }
  bool measuredInLegend() const { return graphs_.measuredInLegend(); }
  std::size_t staircaseCount() const { return graphs_.staircaseCount(); }
  std::size_t exactCount() const { return graphs_.exactCount(); }
  QVector<QPointF> exactLine() const { return graphs_.exactLine(); }
  std::size_t baselineCount() const { return graphs_.baselineCount(); }
  bool hasSelectionMark() const { return graphs_.hasSelection(); }
  std::size_t pinnedMarkCount() const { return graphs_.pinnedCount(); }
  int constraintLineCount() const { return annotations_.constraintLineCount(); }
  QCPColorScale* colourScale() const { return colourScale_; }
  // False while no drawn design has a value for the colour quantity (no scale, no made-up range).
  bool colourScaleShown() const;
  // The text items of the limits and the baseline names, placed at the last replot.
  QList<QCPItemText*> limitLabels() const { return annotations_.limitLabels(); }
  QList<QCPItemText*> baselineLabels() const { return annotations_.baselineLabels(); }
  QString fullTitle() const { return fullTitle_; }
  QCPTextElement* titleElement() const { return title_; }
  // Widget pixel of a design in the current view; nullopt when it is not drawn here.
  std::optional<QPointF> pixelOf(const DesignRef& ref) const;
  // The design drawn within a few pixels of `pixel`, nearest first.
  std::optional<DesignRef> designAt(const QPointF& pixel) const;
  QString tooltipFor(const DesignRef& ref) const;
  // The legend's columns at a plot width: as many as fit (2 to 4). Exports drawn at another width
  // than the screen's set it for theirs.
  static int legendColumnsFor(int width_px);

signals:
  void designClicked(const DesignRef& ref);

protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

private:
  void retranslateUi();
  void rescaleToData();
  bool followsData() const { return !userView_ && !axesLocked_; }
  void showColourScale(bool show);
  void placeOverlays();
  void onMousePress(QMouseEvent* event);
  void onMouseMove(QMouseEvent* event);
  void onMouseRelease(QMouseEvent* event);

  int index_;
  ProjectionSpec spec_;
  std::shared_ptr<const FrontSnapshot> snapshot_;
  ProjectionData data_;
  DataBounds frontBounds_;
  DataBounds allBounds_;
  ProjectionGraphs graphs_;
  ProjectionAnnotations annotations_;
  QCPTextElement* title_ = nullptr;
  QString fullTitle_;                   // the title drawn is shortened to the plot's width
  QCPLayoutGrid* plotArea_ = nullptr;   // the axis rect and, when there are colours, their scale
  QCPColorScale* colourScale_ = nullptr;
  QCPMarginGroup* margins_ = nullptr;   // aligns the scale with the axis rect
  bool showDominated_ = true;
  bool userView_ = false;   // the user zoomed or panned: new data keeps their view
  bool axesLocked_ = false;
  QPoint pressPos_;
  bool pressed_ = false;
};

#pragma once
// The few items of one projection plot that are not points: the constraint limits as dashed lines
// with their value, and the baselines' name labels. The items are made when a snapshot arrives
// (rebuild); where their labels go is decided after every layout (place), once the axis rect and
// the view are known: each baseline label beside its marker (anchored to it, so it moves with
// it), each limit label at the end of its line that covers the fewest designs, none outside the
// axis rect or over another label or marker. A label that fits nowhere is shortened, and left out
// as a last resort; its marker still names the design on hover.
#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

#include "ui/explorer/front_snapshot.h"
#include "ui/plots/plot_quantity.h"
#include "ui/plots/projection_data.h"

class LabelSpace;
class QCustomPlot;
class QCPAbstractItem;
class QCPItemLine;
class QCPItemText;
class QCPItemTracer;

class ProjectionAnnotations {
  Q_DECLARE_TR_FUNCTIONS(ProjectionAnnotations)

public:
  explicit ProjectionAnnotations(QCustomPlot* plot) : plot_(plot) {}

  void rebuild(const FrontSnapshot& snapshot, const ProjectionSpec& spec);
  // Places the labels for the current layout and view. `points`: the designs drawn (ascending
  // x), the faint ones counting only when `faint_shown`; `marks`: pixels of the selection and pin
  // marks, which a label should not cover either.
  void place(const std::vector<ProjectedPoint>& points, bool faint_shown, const QList<QPointF>& marks);

  int constraintLineCount() const { return static_cast<int>(limits_.size()); }
  int labelCount() const { return static_cast<int>(baselines_.size()); }
  // The labels as items (visible or left out), for tests.
  QList<QCPItemText*> baselineLabels() const;
  QList<QCPItemText*> limitLabels() const;
  // The baseline whose label is drawn under `pixel`.
  std::optional<std::size_t> baselineAtLabel(const QPointF& pixel) const;

private:
  struct Limit {
    QCPItemText* label;
    double value;    // data units of its axis
    bool vertical;   // a limit on x
  };
  struct BaselineLabel {
    QCPItemText* label;
    QCPItemTracer* marker;   // invisible: the label's anchor at the baseline's coordinates
    QCPItemLine* leader;     // from the marker to a label that had to move away from it
    QString text;            // the whole name (the label may show it shortened)
    std::size_t baseline;    // index into the snapshot's baselines
  };

  void clear();
  QCPItemText* newLabel();
  void addLimit(PlotQuantity quantity, double value, bool vertical);
  void addBaseline(const QString& text, std::size_t index, double x, double y);
  void fillSpace(LabelSpace& space, const std::vector<ProjectedPoint>& points, bool faint_shown,
                 const QList<QPointF>& marks) const;
  void placeLimit(const Limit& limit, LabelSpace& space) const;
  void placeBaseline(const BaselineLabel& b, LabelSpace& space) const;

  QCustomPlot* plot_;
  QList<QCPAbstractItem*> items_;
  std::vector<Limit> limits_;
  std::vector<BaselineLabel> baselines_;
};

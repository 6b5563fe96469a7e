#pragma once
// The few items of one projection plot that are not points: the constraint limits as dashed lines
// with their value, and the baselines' name labels. Rebuilt on every draw (a handful of items).
#include <QCoreApplication>
#include <QList>

#include "explorer/front_snapshot.h"
#include "plots/plot_quantity.h"

class QCustomPlot;
class QCPAbstractItem;

class ProjectionAnnotations {
  Q_DECLARE_TR_FUNCTIONS(ProjectionAnnotations)

public:
  explicit ProjectionAnnotations(QCustomPlot* plot) : plot_(plot) {}

  void rebuild(const FrontSnapshot& snapshot, const ProjectionSpec& spec);
  int constraintLineCount() const { return constraintLines_; }
  int labelCount() const { return labels_; }

private:
  void clear();
  void addLimit(PlotQuantity quantity, double value, bool vertical);
  void addLabel(double x, double y, const QString& text, bool flip_vertical);

  QCustomPlot* plot_;
  QList<QCPAbstractItem*> items_;
  int constraintLines_ = 0;
  int labels_ = 0;
};

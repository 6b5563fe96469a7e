#include "plots/projection_annotations.h"

#include <qcustomplot.h>

#include <cmath>
#include <optional>

#include "plots/plot_style.h"

namespace {

constexpr int k_label_width_px = 140;

// A constraint in display units (the same units as the axes), if the snapshot sets it.
std::optional<double> limitOf(PlotQuantity quantity, const cdse::SearchConstraints& c)
{
  switch (quantity) {
    case PlotQuantity::Accuracy:
      return c.min_accuracy ? std::optional<double>(*c.min_accuracy * 100.0) : std::nullopt;
    case PlotQuantity::Latency:
      return c.max_latency_s ? std::optional<double>(*c.max_latency_s * 1000.0) : std::nullopt;
    case PlotQuantity::TotalCarbon: return c.max_total_carbon_kg;
  }
  return std::nullopt;
}

} // namespace

void ProjectionAnnotations::clear()
{
  for (QCPAbstractItem* item : items_)
    plot_->removeItem(item);
  items_.clear();
  constraintLines_ = 0;
  labels_ = 0;
}

void ProjectionAnnotations::rebuild(const FrontSnapshot& s, const ProjectionSpec& spec)
{
  clear();
  if (const auto x = limitOf(spec.x, s.constraints))
    addLimit(spec.x, *x, true);
  if (const auto y = limitOf(spec.y, s.constraints))
    addLimit(spec.y, *y, false);
  for (const BaselinePoint& b : s.baselines) {
    if (!b.evaluated)
      continue;
    const double x = plotValue(spec.x, b);
    const double y = plotValue(spec.y, b);
    // Every other label goes to the other side vertically: baselines often share a value
    // (e.g. the same unpruned model), and their labels would overlap.
    if (std::isfinite(x) && std::isfinite(y))
      addLabel(x, y, b.label, b.baseline_index % 2 == 1);
  }
}

void ProjectionAnnotations::addLimit(PlotQuantity quantity, double value, bool vertical)
{
  auto* line = new QCPItemStraightLine(plot_);
  line->setPen(plot_style::constraintPen());
  line->setSelectable(false);
  line->point1->setCoords(vertical ? value : 0, vertical ? 0 : value);
  line->point2->setCoords(vertical ? value : 1, vertical ? 1 : value);
  items_.append(line);
  ++constraintLines_;

  const QString valueText = QLocale().toString(value, 'g', 4);
  QString text;
  switch (quantity) {
    case PlotQuantity::Accuracy: text = tr("minimum accuracy %1 %").arg(valueText); break;
    case PlotQuantity::Latency: text = tr("maximum latency %1 ms").arg(valueText); break;
    case PlotQuantity::TotalCarbon: text = tr("maximum total carbon %1 kg CO2e").arg(valueText); break;
  }
  auto* label = new QCPItemText(plot_);
  label->setSelectable(false);
  label->setText(text);
  label->setColor(plot_style::constraintColour());
  QFont font = plot_->font();
  font.setPointSizeF(font.pointSizeF() * 0.85);
  label->setFont(font);
  label->setPadding(QMargins(4, 2, 4, 2));
  // Along the line, near the axis rect's top (vertical line) or right edge (horizontal line).
  if (vertical) {
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(value, 0.0);
    label->setRotation(-90);
    label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
  } else {
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(1.0, value);
    label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
  }
  items_.append(label);
}

void ProjectionAnnotations::addLabel(double x, double y, const QString& text, bool flip_vertical)
{
  auto* label = new QCPItemText(plot_);
  label->setSelectable(false);
  QFont font = plot_->font();
  font.setPointSizeF(font.pointSizeF() * 0.85);
  label->setFont(font);
  // Scenario labels can be long: elided here, whole in the hover text.
  label->setText(QFontMetrics(font).elidedText(text, Qt::ElideRight, k_label_width_px));
  label->position->setCoords(x, y);
  // Towards the middle of the view, so labels near an edge stay readable.
  const bool rightHalf = plot_->xAxis->coordToPixel(x) > plot_->axisRect()->center().x();
  const bool upperHalf = (plot_->yAxis->coordToPixel(y) < plot_->axisRect()->center().y()) != flip_vertical;
  label->setPositionAlignment((rightHalf ? Qt::AlignRight : Qt::AlignLeft) | (upperHalf ? Qt::AlignTop : Qt::AlignBottom));
  label->setPadding(QMargins(rightHalf ? 0 : 9, upperHalf ? 7 : 0, rightHalf ? 9 : 0, upperHalf ? 0 : 7));
  label->setColor(QColor(25, 25, 25));
  items_.append(label);
  ++labels_;
}

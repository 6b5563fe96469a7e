#include "ui/sweep/sweep_plot.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/carbon/carbon_tables.h"
#include "ui/plots/plot_palette.h"
#include "ui/widgets/sweep_range_editor.h"

namespace {

QPen pen(const QColor& colour, double width, Qt::PenStyle style = Qt::SolidLine)
{
  QPen p(colour, width, style);
  p.setCapStyle(Qt::FlatCap);
  return p;
}

}   // namespace

SweepPlot::SweepPlot(QWidget* parent) : QCustomPlot(parent)
{
  setMinimumSize(200, 60);   // the bottom docks are low at 1366 × 768; the plot reads from here up
  legend->setVisible(true);
  legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
  legend->setBrush(QBrush(plot_palette::labelBackground()));
  axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
  xAxis->grid()->setPen(pen(plot_palette::grid(), 1));
  yAxis->grid()->setPen(pen(plot_palette::grid(), 1));
}

QString SweepPlot::valueText(double value) const
{
  const QLocale locale;
  switch (parameter_) {
    case cdse::SweepParameter::GridIntensity: return tr("%1 g/kWh").arg(locale.toString(value, 'f', value < 10 ? 1 : 0));
    case cdse::SweepParameter::LifetimeYears: return tr("%1 years").arg(locale.toString(value, 'f', 1));
    case cdse::SweepParameter::InferencesPerSecond: return tr("%1 /s").arg(locale.toString(value, 'g', 3));
    case cdse::SweepParameter::DutyCycle: return tr("%1 %").arg(locale.toString(100 * value, 'f', 0));
  }
  return locale.toString(value);
}

void SweepPlot::showMessage(const QString& text)
{
  clearGraphs();
  clearItems();
  breakEvenMarkers_.clear();
  legend->setVisible(false);
  auto* note = new QCPItemText(this);
  note->position->setType(QCPItemPosition::ptAxisRectRatio);
  note->position->setCoords(0.5, 0.5);
  note->setText(text);
  note->setColor(plot_palette::ink());
  replot();
}

void SweepPlot::addBreakEven(double x, const QColor& colour, const QString& text, int row)
{
  auto* line = new QCPItemStraightLine(this);
  line->point1->setCoords(x, 0);
  line->point2->setCoords(x, 1);
  line->setPen(pen(colour, 1.2, Qt::DotLine));
  auto* label = new QCPItemText(this);
  label->position->setTypeX(QCPItemPosition::ptPlotCoords);
  label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
  label->position->setCoords(x, 0.02 + 0.07 * row);   // one row per design: labels never overlap
  label->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
  label->setText(text);
  label->setColor(colour.darker(130));
  label->setBrush(QBrush(plot_palette::labelBackground()));
  label->setClipToAxisRect(true);
}

void SweepPlot::addRegionTicks(const SweepPlotInput& input)
{
  // The grid regions' intensities along the bottom, leaving out those that would touch a neighbour.
  const auto& regions = cdse::CarbonTables::instance().grid_regions();
  std::vector<std::pair<double, QString>> ticks;
  for (const auto& r : regions)
    if (r.g_per_kwh >= input.range.from && r.g_per_kwh <= input.range.to)
      ticks.emplace_back(r.g_per_kwh, QString::fromStdString(r.name));
  std::sort(ticks.begin(), ticks.end());
  double lastPx = -1e9;
  for (const auto& [value, name] : ticks) {
    const double px = xAxis->coordToPixel(value);
    if (px - lastPx < 18)
      continue;
    lastPx = px;
    auto* tick = new QCPItemText(this);
    tick->position->setTypeX(QCPItemPosition::ptPlotCoords);
    tick->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    tick->position->setCoords(value, 0.98);
    tick->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    tick->setRotation(-90);
    tick->setText(name);
    tick->setFont(QFont(font().family(), std::max(6, font().pointSize() - 2)));
    tick->setColor(plot_palette::leaderLine());
    tick->setClipToAxisRect(true);
  }
}

void SweepPlot::show(const SweepPlotInput& input)
{
  clearGraphs();
  clearItems();
  breakEvenMarkers_.clear();
  parameter_ = input.range.parameter;
  legend->setVisible(true);
  const auto& steps = input.sweep.steps;
  if (steps.empty()) {
    showMessage(tr("Nothing to sweep"));
    return;
  }

  if (input.range.log_scale) {
    xAxis->setScaleType(QCPAxis::stLogarithmic);
    xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  } else {
    xAxis->setScaleType(QCPAxis::stLinear);
    xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  }
  QVector<double> x;
  for (const auto& s : steps)
    x.push_back(s.value);

  double top = 0;
  const auto addLine = [&](const QVector<double>& y, const QPen& p, const QString& name) {
    QCPGraph* g = addGraph();
    g->setData(x, y, true);
    g->setPen(p);
    g->setName(name);
    for (double v : y)
      if (std::isfinite(v))
        top = std::max(top, v);
    return g;
  };

  if (!input.optimalCaption.isEmpty()) {
    QVector<double> y;
    for (const auto& s : steps)
      y.push_back(s.optimal ? s.optimal_carbon.total_kg : std::numeric_limits<double>::quiet_NaN());
    addLine(y, pen(plot_palette::exactReference(), 5), input.optimalCaption);
    // Where the optimum changes: a faint line and the new optimum's name.
    for (const auto& c : input.sweep.changes) {
      if (!c.to)
        continue;
      const double at = input.range.log_scale ? std::sqrt(c.after_value * c.at_value) : (c.after_value + c.at_value) / 2;
      auto* line = new QCPItemStraightLine(this);
      line->point1->setCoords(at, 0);
      line->point2->setCoords(at, 1);
      line->setPen(pen(plot_palette::exactReference(), 1, Qt::DashLine));
      auto* label = new QCPItemText(this);
      label->position->setTypeX(QCPItemPosition::ptPlotCoords);
      label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
      label->position->setCoords(at, 0.9);
      label->setPositionAlignment(Qt::AlignBottom | Qt::AlignLeft);
      label->setText(QStringLiteral(" → ") + (input.candidateLabel ? input.candidateLabel(*c.to) : QString()));
      label->setColor(plot_palette::leaderLine());
      label->setClipToAxisRect(true);
    }
  }

  for (int d = 0; d < input.designLabels.size(); ++d) {
    const QColor colour = plot_palette::designSeries(d);
    QVector<double> total, embodied;
    for (const auto& s : steps) {
      total.push_back(s.designs[static_cast<std::size_t>(d)].total_kg);
      embodied.push_back(s.designs[static_cast<std::size_t>(d)].embodied_kg);
    }
    addLine(total, pen(colour, 2), tr("%1: total").arg(input.designLabels[d]));
    addLine(embodied, pen(colour, 1.4, Qt::DashLine), tr("%1: embodied").arg(input.designLabels[d]));
    const auto& b = input.sweep.break_evens[static_cast<std::size_t>(d)];
    if (b.kind == cdse::BreakEven::Kind::Crosses && *b.value >= input.range.from && *b.value <= input.range.to) {
      breakEvenMarkers_.push_back(*b.value);
      addBreakEven(*b.value, colour, tr("%1 break-even: %2").arg(input.designLabels[d], valueText(*b.value)), d);
    } else {
      breakEvenMarkers_.push_back(std::numeric_limits<double>::quiet_NaN());
    }
  }

  // The assumption as the sliders set it now.
  if (input.currentValue >= input.range.from && input.currentValue <= input.range.to) {
    auto* now = new QCPItemStraightLine(this);
    now->point1->setCoords(input.currentValue, 0);
    now->point2->setCoords(input.currentValue, 1);
    now->setPen(pen(plot_palette::ink(), 1, Qt::DashDotLine));
    auto* label = new QCPItemText(this);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(input.currentValue, 0.5);
    label->setPositionAlignment(Qt::AlignVCenter | Qt::AlignLeft);
    label->setText(tr(" now"));
    label->setColor(plot_palette::ink());
    label->setClipToAxisRect(true);
  }

  xAxis->setLabel(SweepRangeEditor::axisLabel(input.range.parameter));
  yAxis->setLabel(tr("Carbon per chip (kg CO₂e)"));
  xAxis->setRange(input.range.from, input.range.to);
  yAxis->setRange(0, top > 0 ? top * 1.12 : 1);
  if (input.range.parameter == cdse::SweepParameter::GridIntensity) {
    replot();   // lays the axis out, so the ticks can be spaced in pixels
    addRegionTicks(input);
  }
  replot();
}

#include "ui/sweep/sweep_plot.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/carbon/carbon_tables.h"
#include "ui/plots/plot_palette.h"
#include "ui/widgets/sweep_range_editor.h"

namespace {

constexpr double k_bar_spacing = 0.01;   // between the bars of one category, in category widths

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
    case cdse::SweepParameter::FabLocation:
    case cdse::SweepParameter::TechnologyNode: break;   // categories: named by their ticks
  }
  return locale.toString(value);
}

void SweepPlot::showMessage(const QString& text)
{
  clearPlottables();
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
  clearPlottables();
  clearItems();
  breakEvenMarkers_.clear();
  parameter_ = input.range.parameter;
  legend->setVisible(true);
  xAxis->setTickLabelRotation(0);
  const auto& steps = input.sweep.steps;
  if (steps.empty()) {
    showMessage(tr("Nothing to sweep"));
    return;
  }
  if (cdse::sweep_parameter_info(parameter_).categorical) {
    showCategories(input);
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

void SweepPlot::showCategories(const SweepPlotInput& input)
{
  const auto& steps = input.sweep.steps;
  const int n = static_cast<int>(steps.size());
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  for (int i = 0; i < n; ++i) {
    const auto& step = steps[static_cast<std::size_t>(i)];
    QString name = static_cast<std::size_t>(i) < input.categories.size()
                       ? QString::fromStdString(input.categories[static_cast<std::size_t>(i)].name)
                       : QString::fromStdString(step.category);
    if (!input.currentCategory.empty() && step.category == input.currentCategory)
      name = tr("%1 (now)").arg(name);
    ticker->addTick(i, name);
  }
  xAxis->setScaleType(QCPAxis::stLinear);
  xAxis->setTicker(ticker);
  xAxis->setTickLabelRotation(n > 5 ? -35 : 0);   // names side by side would touch

  // One slot per category: the optimum's bar (when there are candidates), then each design's
  // embodied bar with its operational carbon stacked on top.
  const bool withOptimum = !input.optimalCaption.isEmpty();
  const int slotCount = std::max(1, static_cast<int>(input.designLabels.size()) + (withOptimum ? 1 : 0));
  const double width = 0.8 / slotCount;
  if (!barsGroup_) {   // one for the plot's life: its bars leave it when they are removed
    barsGroup_ = new QCPBarsGroup(this);
    barsGroup_->setSpacingType(QCPBarsGroup::stPlotCoords);
    barsGroup_->setSpacing(k_bar_spacing);
  }
  QCPBarsGroup* group = barsGroup_;
  double top = 0;
  const auto bars = [&](const QColor& fill, const QColor& line, const QString& name) {
    auto* b = new QCPBars(xAxis, yAxis);
    b->setWidth(width);
    b->setBrush(fill);
    b->setPen(pen(line, 1));
    b->setName(name);
    return b;
  };
  if (withOptimum) {
    QCPBars* optimum = bars(plot_palette::exactReference(), plot_palette::exactReference().darker(140),
                            input.optimalCaption);
    group->append(optimum);
    for (int i = 0; i < n; ++i) {
      const auto& step = steps[static_cast<std::size_t>(i)];
      if (!step.optimal)
        continue;
      optimum->addData(i, step.optimal_carbon.total_kg);
      top = std::max(top, step.optimal_carbon.total_kg);
      auto* label = new QCPItemText(this);
      // The group lays its bars out left to right, centred on the category: the optimum is first.
      label->position->setCoords(i - (slotCount - 1) / 2.0 * (width + k_bar_spacing), step.optimal_carbon.total_kg);
      label->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
      label->setText(input.candidateLabel ? input.candidateLabel(*step.optimal) : QString());
      label->setFont(QFont(font().family(), std::max(6, font().pointSize() - 2)));
      label->setColor(plot_palette::leaderLine());
      label->setClipToAxisRect(true);
    }
  }
  for (int d = 0; d < input.designLabels.size(); ++d) {
    const QColor colour = plot_palette::designSeries(d);
    QColor light = colour;
    light.setAlpha(90);
    QCPBars* embodied = bars(colour, colour.darker(130), tr("%1: embodied").arg(input.designLabels[d]));
    QCPBars* operational = bars(light, colour, tr("%1: operational").arg(input.designLabels[d]));
    for (int i = 0; i < n; ++i) {
      const auto& c = steps[static_cast<std::size_t>(i)].designs[static_cast<std::size_t>(d)];
      embodied->addData(i, c.embodied_kg);
      operational->addData(i, c.operational_kg);
      if (std::isfinite(c.total_kg))
        top = std::max(top, c.total_kg);
    }
    operational->moveAbove(embodied);
    // Both in the group: it places a stacked bar by the base it stands on, but only if it knows it.
    group->append(embodied);
    group->append(operational);
  }
  xAxis->setLabel(SweepRangeEditor::axisLabel(input.range.parameter));
  yAxis->setLabel(tr("Carbon per chip (kg CO₂e)"));
  xAxis->setRange(-0.6, n - 0.4);
  categoryTop_kg_ = top;
  fitCategoryRange();
}

void SweepPlot::fitCategoryRange()
{
  // Headroom for the legend (top left, inside the plot) so it does not cover the bars; twice, as
  // the axis rect's and the legend's heights are only known once a replot has laid the plot out.
  for (int pass = 0; pass < 2; ++pass) {
    const double plotHeight = axisRect()->height();
    const double legendHeight = std::max<double>(legend->minimumOuterSizeHint().height(), legend->outerRect().height()) +
                                16.0;
    const double legendShare = plotHeight > 0 ? std::clamp(legendHeight / plotHeight, 0.0, 0.6) : 0.0;
    yAxis->setRange(0, categoryTop_kg_ > 0 ? categoryTop_kg_ * 1.1 / (1.0 - legendShare) : 1);
    replot();
  }
}

void SweepPlot::resizeEvent(QResizeEvent* event)
{
  QCustomPlot::resizeEvent(event);
  if (cdse::sweep_parameter_info(parameter_).categorical && legend->visible())
    fitCategoryRange();   // the legend's share of the height changed
}

QStringList SweepPlot::categoryTicks() const
{
  const auto text = xAxis->ticker().dynamicCast<QCPAxisTickerText>();
  return text ? QStringList(text->ticks().values()) : QStringList();
}

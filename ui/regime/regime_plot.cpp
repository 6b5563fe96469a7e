#include "ui/regime/regime_plot.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

#include "ui/plots/plot_palette.h"
#include "ui/regime/regime_cells_layer.h"
#include "ui/widgets/sweep_range_editor.h"

namespace {

// Regions smaller than this share of the cells are not named on the map (the legend names them).
constexpr double k_min_labelled_share = 0.03;

QColor shareColour(QCPColorGradient& gradient, double share)
{
  return QColor::fromRgb(gradient.color(share, QCPRange(0, 1)));
}

QCPColorGradient shareGradient()
{
  // Operational-dominated (its blue) through even (white) to embodied-dominated (its brown), light
  // enough that the contour and labels stay readable.
  QCPColorGradient g;
  g.clearColorStops();
  g.setColorStopAt(0.0, plot_palette::operationalCarbon().lighter(150));
  g.setColorStopAt(0.5, QColor(0xf7, 0xf7, 0xf7));
  g.setColorStopAt(1.0, plot_palette::embodiedCarbon().lighter(170));
  g.setLevelCount(20);   // 5 % bands: a share can be read off the scale
  return g;
}

}   // namespace

RegimePlot::RegimePlot(QWidget* parent) : QCustomPlot(parent)
{
  setMinimumSize(200, 120);
  cells_ = new RegimeCellsLayer(this, xAxis, yAxis);
  shareScale_ = new QCPColorScale(this);
  shareScale_->setType(QCPAxis::atRight);
  shareScale_->setGradient(shareGradient());
  shareScale_->setDataRange(QCPRange(0, 1));
  // The legend under the map, in columns: it would hide cells inside the axis rect.
  axisRect()->insetLayout()->take(legend);
  legendRow_ = new QCPLayoutGrid;
  plotLayout()->addElement(1, 0, legendRow_);
  legendRow_->addElement(0, 0, legend);
  plotLayout()->setRowStretchFactor(1, 0.001);
  legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  legend->setWrap(3);
  legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
  legend->setBorderPen(Qt::NoPen);
  legend->setVisible(true);
  xAxis->grid()->setPen(QPen(QColor(0, 0, 0, 30), 1));
  yAxis->grid()->setPen(QPen(QColor(0, 0, 0, 30), 1));
}

void RegimePlot::clearAll()
{
  clearGraphs();
  clearPlottables();
  clearItems();
  cells_->clear();
  cellColours_.clear();
  coloured_.clear();
  contourCurves_ = contourPoints_ = 0;
}

void RegimePlot::showMessage(const QString& text)
{
  clearAll();
  legend->setVisible(false);
  auto* note = new QCPItemText(this);
  note->position->setType(QCPItemPosition::ptAxisRectRatio);
  note->position->setCoords(0.5, 0.5);
  note->setText(text);
  note->setColor(plot_palette::ink());
  replot();
}

QColor RegimePlot::regimeColour(std::size_t candidate) const
{
  const auto it = std::find(coloured_.begin(), coloured_.end(), candidate);
  return it == coloured_.end() ? plot_palette::regimeOther()
                               : plot_palette::regime(static_cast<int>(it - coloured_.begin()));
}

void RegimePlot::setAxis(QCPAxis* axis, const cdse::SweepRange& range)
{
  if (range.log_scale) {
    axis->setScaleType(QCPAxis::stLogarithmic);
    axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  } else {
    axis->setScaleType(QCPAxis::stLinear);
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  }
  axis->setLabel(SweepRangeEditor::axisLabel(range.parameter));
  axis->setRange(range.from, range.to);
}

void RegimePlot::show(const RegimePlotInput& input)
{
  clearAll();
  const cdse::RegimeMap& map = input.map;
  if (map.optimal.empty()) {
    showMessage(tr("Nothing to map"));
    return;
  }
  legend->setVisible(true);
  setAxis(xAxis, map.x);
  setAxis(yAxis, map.y);
  const bool byShare = input.colour == RegimePlotInput::Colour::EmbodiedShare;

  const int own = plot_palette::regimeCount();
  for (std::size_t k = 0; k < map.regimes.size() && k < static_cast<std::size_t>(own); ++k)
    coloured_.push_back(map.regimes[k]);
  QCPColorGradient gradient = shareGradient();
  cellColours_.resize(map.optimal.size());
  for (std::size_t c = 0; c < map.optimal.size(); ++c) {
    if (map.optimal[c] < 0)
      cellColours_[c] = qRgba(0, 0, 0, 0);
    else
      cellColours_[c] = byShare ? shareColour(gradient, map.embodied_share[c]).rgb()
                                : regimeColour(static_cast<std::size_t>(map.optimal[c])).rgb();
  }
  cells_->setCells(map.x_values, map.x.log_scale, map.y_values, map.y.log_scale, cellColours_);

  if (byShare) {
    if (!plotLayout()->hasElement(0, 1))
      plotLayout()->addElement(0, 1, shareScale_);
    shareScale_->axis()->setLabel(tr("Embodied share of the optimum's carbon"));
    shareScale_->axis()->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    shareScale_->axis()->setNumberFormat(QStringLiteral("f"));
    shareScale_->axis()->setNumberPrecision(1);
  } else {
    if (plotLayout()->hasElement(0, 1)) {
      plotLayout()->take(shareScale_);
      plotLayout()->simplify();
    }
    // One legend entry per coloured regime, then the rest together.
    const auto swatch = [this](const QColor& colour, const QString& name) {
      QCPGraph* g = addGraph();
      g->setLineStyle(QCPGraph::lsNone);
      g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(plot_palette::leaderLine()), colour, 10));
      g->setName(name);
    };
    for (std::size_t candidate : coloured_)
      swatch(regimeColour(candidate), input.candidateLabel ? input.candidateLabel(candidate) : QString());
    if (map.regimes.size() > coloured_.size())
      swatch(plot_palette::regimeOther(), tr("%n other design(s)", nullptr, int(map.regimes.size() - coloured_.size())));
    addRegimeLabels(input);
  }
  addContour(input);

  // The assumptions as the sliders set them.
  const bool inside = input.currentX >= std::min(map.x.from, map.x.to) &&
                      input.currentX <= std::max(map.x.from, map.x.to) &&
                      input.currentY >= std::min(map.y.from, map.y.to) &&
                      input.currentY <= std::max(map.y.from, map.y.to);
  if (inside) {
    QCPGraph* now = addGraph();
    now->setLineStyle(QCPGraph::lsNone);
    now->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCrossCircle, QPen(plot_palette::ink(), 1.6), Qt::NoBrush, 12));
    now->addData(input.currentX, input.currentY);
    now->setName(tr("As set now"));
  }
  replot();
}

void RegimePlot::addRegimeLabels(const RegimePlotInput& input)
{
  // Each large region named at its cell nearest to the region's centre (in cell indices, so a log
  // axis does not pull the label to one side).
  const cdse::RegimeMap& map = input.map;
  const std::size_t nx = map.x_values.size(), cells = map.optimal.size();
  for (std::size_t k = 0; k < map.regimes.size(); ++k) {
    if (static_cast<double>(map.regime_cells[k]) < k_min_labelled_share * static_cast<double>(cells))
      break;   // regimes are largest first
    const auto candidate = static_cast<std::int32_t>(map.regimes[k]);
    double sx = 0, sy = 0;
    for (std::size_t c = 0; c < cells; ++c)
      if (map.optimal[c] == candidate) {
        sx += static_cast<double>(c % nx);
        sy += static_cast<double>(c / nx);
      }
    sx /= static_cast<double>(map.regime_cells[k]);
    sy /= static_cast<double>(map.regime_cells[k]);
    std::size_t best = 0;
    double bestDistance = 1e300;
    for (std::size_t c = 0; c < cells; ++c) {
      if (map.optimal[c] != candidate)
        continue;
      const double d = std::hypot(static_cast<double>(c % nx) - sx, static_cast<double>(c / nx) - sy);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    auto* label = new QCPItemText(this);
    label->position->setCoords(map.x_values[best % nx], map.y_values[best / nx]);
    label->setText(input.candidateLabel ? input.candidateLabel(map.regimes[k]) : QString());
    label->setColor(plot_palette::ink());
    label->setFont(QFont(font().family(), font().pointSize(), QFont::DemiBold));
    label->setClipToAxisRect(true);
  }
}

void RegimePlot::addContour(const RegimePlotInput& input)
{
  // One curve per run of columns in which the same design's break-even continues.
  std::map<std::size_t, std::pair<std::size_t, QCPCurve*>> open;   // design -> (last column, curve)
  const QPen contourPen(plot_palette::ink(), 2.2);
  std::vector<QCPCurve*> curves;
  bool named = false;
  for (const auto& p : input.map.contour) {
    auto it = open.find(p.design);
    QCPCurve* curve = nullptr;
    if (it != open.end() && it->second.first + 1 == p.column) {
      curve = it->second.second;
    } else {
      curve = new QCPCurve(xAxis, yAxis);
      curve->setPen(contourPen);
      curves.push_back(curve);
      if (named) {
        curve->removeFromLegend();
      } else {
        curve->setName(tr("Break-even: operational = embodied"));
        named = true;
      }
      ++contourCurves_;
    }
    curve->addData(p.x, p.y);
    ++contourPoints_;
    open[p.design] = {p.column, curve};
  }
  for (QCPCurve* curve : curves)
    if (curve->dataCount() == 1)   // a line needs two points: a lone one is a dot
      curve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
}

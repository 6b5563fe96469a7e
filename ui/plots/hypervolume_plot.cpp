#include "ui/plots/hypervolume_plot.h"

#include <QEvent>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

#include "ui/plots/plot_palette.h"
#include "ui/plots/plot_style.h"

namespace {

// Unit of one minimised objective, as the core measures it (SI; accuracy enters as 1 − accuracy).
QString objectiveUnit(cdse::Objective objective)
{
  switch (objective) {
    case cdse::Objective::Accuracy: return HypervolumePlot::tr("(1 − accuracy)");
    case cdse::Objective::Latency: return HypervolumePlot::tr("s");
    case cdse::Objective::Energy: return HypervolumePlot::tr("J");
    case cdse::Objective::TotalCarbon:
    case cdse::Objective::EmbodiedCarbon:
    case cdse::Objective::OperationalCarbon: return HypervolumePlot::tr("kg CO2e");
    case cdse::Objective::Area: return HypervolumePlot::tr("mm²");
    case cdse::Objective::Cdp: return HypervolumePlot::tr("kg CO2e·s");
  }
  return {};
}

}   // namespace

HypervolumePlot::HypervolumePlot(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this))
{
  setObjectName(QStringLiteral("hypervolumePlot"));
  plot_->setObjectName(QStringLiteral("hypervolumeCustomPlot"));
  plot_->setMinimumSize(240, 160);
  plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  QFont bold = font();
  bold.setBold(true);
  plot_->plotLayout()->insertRow(0);
  title_ = new QCPTextElement(plot_, QString(), bold);
  plot_->plotLayout()->addElement(0, 0, title_);
  graph_ = plot_->addGraph();
  graph_->setLineStyle(QCPGraph::lsStepLeft);
  graph_->setPen(QPen(plot_palette::hypervolume(), 1.8));
  QColor fill = plot_palette::hypervolume();
  fill.setAlpha(40);
  graph_->setBrush(fill);
  const QPen gridPen(plot_palette::grid(), 0, Qt::SolidLine);
  for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
    axis->grid()->setPen(gridPen);
    axis->setTickLabelFont(small);
  }
  plot_->yAxis->setNumberFormat(QStringLiteral("g"));
  // The exact front's hypervolume: a dashed ceiling under the trace, named at its right end.
  ceiling_ = new QCPItemStraightLine(plot_);
  ceiling_->setPen(plot_style::exactReferencePen());
  ceiling_->setSelectable(false);
  ceiling_->setVisible(false);
  exactNote_ = new QCPItemText(plot_);
  exactNote_->setFont(small);
  exactNote_->setColor(plot_palette::exactReference().darker(130));
  exactNote_->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
  exactNote_->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
  exactNote_->position->setTypeY(QCPItemPosition::ptPlotCoords);
  exactNote_->setSelectable(false);
  exactNote_->setVisible(false);
  connect(plot_, &QCustomPlot::afterLayout, this,
          [this] { title_->setText(plot_style::fittedTitle(title_, fullTitle_)); });
  connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent*) {
    plot_->rescaleAxes();
    plot_->replot(QCustomPlot::rpQueuedRefresh);
  });

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);

  redrawTimer_ = new QTimer(this);
  redrawTimer_->setSingleShot(true);
  redrawTimer_->setInterval(k_redraw_interval_ms);
  connect(redrawTimer_, &QTimer::timeout, this, &HypervolumePlot::redrawNow);
  retranslateUi();
}

void HypervolumePlot::setObjectives(const std::vector<cdse::Objective>& objectives)
{
  if (objectives == objectives_)
    return;
  objectives_ = objectives;
  retranslateUi();
  plot_->replot(QCustomPlot::rpQueuedRefresh);
}

std::size_t HypervolumePlot::sampleCount() const { return static_cast<std::size_t>(graph_->dataCount()); }

double HypervolumePlot::currentHypervolume() const { return trace_.empty() ? 0.0 : trace_.back().hypervolume; }

void HypervolumePlot::setSnapshot(const FrontSnapshot& snapshot)
{
  setObjectives(snapshot.objectives);
  setExact(snapshot.exact);
  setTrace(snapshot.hypervolume_trace);
}

void HypervolumePlot::setExact(const ExactFrontView& exact)
{
  if (exact.state == exactState_ && exact.solve_fraction == exactFraction_ && exact.hypervolume == exactHypervolume_)
    return;
  exactState_ = exact.state;
  exactFraction_ = exact.solve_fraction;
  exactHypervolume_ = exact.state == ExactFrontView::State::Ready ? exact.hypervolume : 0;
  dirty_ = true;
  if (!redrawTimer_->isActive())
    redrawTimer_->start();
}

std::optional<double> HypervolumePlot::ceiling() const
{
  if (!ceiling_->visible())
    return std::nullopt;
  return ceiling_->point1->coords().y();
}

QString HypervolumePlot::exactNote() const { return exactNote_->visible() ? exactNote_->text() : QString(); }

void HypervolumePlot::placeExact(double top)
{
  const bool ready = exactState_ == ExactFrontView::State::Ready && exactHypervolume_ > 0;
  ceiling_->setVisible(ready);
  exactNote_->setVisible(exactState_ != ExactFrontView::State::None);
  if (ready) {
    ceiling_->point1->setCoords(0, exactHypervolume_);
    ceiling_->point2->setCoords(1, exactHypervolume_);
    exactNote_->setText(tr("exact front: %1").arg(QLocale().toString(exactHypervolume_, 'g', 4)));
    exactNote_->position->setCoords(0.98, exactHypervolume_);
    exactNote_->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
  } else if (exactState_ == ExactFrontView::State::Solving) {
    exactNote_->setText(exactFraction_ < 1 ? tr("exact front: solving… %1 %").arg(std::floor(exactFraction_ * 100))
                                           : tr("exact front: evaluating its designs…"));
    exactNote_->position->setCoords(0.98, top);   // the top right corner, out of the trace's way
    exactNote_->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
  }
}

void HypervolumePlot::setTrace(const std::vector<cdse::HypervolumeSample>& trace)
{
  trace_ = trace;
  dirty_ = true;
  if (!redrawTimer_->isActive())
    redrawTimer_->start();
}

void HypervolumePlot::redrawNow()
{
  redrawTimer_->stop();
  if (!dirty_)
    return;
  dirty_ = false;
  QVector<QCPGraphData> data;
  data.reserve(static_cast<qsizetype>(trace_.size()));
  for (const auto& s : trace_)
    data.append(QCPGraphData(static_cast<double>(s.evaluations), s.hypervolume));
  graph_->data()->set(data, false);
  updateTitle();
  if (trace_.empty()) {
    plot_->xAxis->setRange(0, 1);
    plot_->yAxis->setRange(0, 1);
  } else {
    plot_->xAxis->setRange(0, std::max<double>(1.0, static_cast<double>(trace_.back().evaluations)));
    double top = 0;
    for (const auto& s : trace_)
      top = std::max(top, s.hypervolume);
    plot_->yAxis->setRange(0, top > 0 ? top * 1.08 : 1.0);
  }
  if (exactState_ == ExactFrontView::State::Ready && exactHypervolume_ > 0)
    plot_->yAxis->setRange(0, std::max(plot_->yAxis->range().upper, exactHypervolume_ * 1.12));
  else if (exactState_ == ExactFrontView::State::Solving && !trace_.empty())
    plot_->yAxis->setRange(0, plot_->yAxis->range().upper * 1.1);   // headroom: the note sits above the trace
  placeExact(plot_->yAxis->range().upper);
  plot_->replot(QCustomPlot::rpQueuedRefresh);
}

void HypervolumePlot::updateTitle()
{
  if (trace_.empty())
    fullTitle_ = tr("Hypervolume: no designs yet");
  else if (exactState_ == ExactFrontView::State::Ready && exactHypervolume_ > 0)
    fullTitle_ = tr("Hypervolume: %1 = %2 % of exact, after %3 evaluations")
                     .arg(QLocale().toString(trace_.back().hypervolume, 'g', 4))
                     .arg(QLocale().toString(100.0 * trace_.back().hypervolume / exactHypervolume_, 'f', 1))
                     .arg(QLocale().toString(static_cast<qlonglong>(trace_.back().evaluations)));
  else
    fullTitle_ = tr("Hypervolume: %1 after %2 evaluations")
                     .arg(QLocale().toString(trace_.back().hypervolume, 'g', 4))
                     .arg(QLocale().toString(static_cast<qlonglong>(trace_.back().evaluations)));
  title_->setText(fullTitle_);
}

void HypervolumePlot::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    plot_->replot(QCustomPlot::rpQueuedRefresh);
  }
  QWidget::changeEvent(event);
}

void HypervolumePlot::retranslateUi()
{
  plot_->xAxis->setLabel(tr("Evaluations (designs)"));
  QStringList units;
  for (cdse::Objective o : objectives_)
    units.append(objectiveUnit(o));
  // The unit on a line of its own: on one line it is longer than a small plot is high.
  plot_->yAxis->setLabel(units.isEmpty() ? tr("Hypervolume") : tr("Hypervolume\n[%1]").arg(units.join(tr(" × "))));
  plot_->setToolTip(tr("The volume of objective space dominated by the front, measured up to the run's fixed "
                       "reference point: it grows as the search finds better designs. A dashed line, when shown, is "
                       "the hypervolume of the exact front, the most any search of this scenario can reach. "
                       "Double-click to reset the view."));
  updateTitle();
}

#include "ui/compare/compare_bars.h"

#include <QToolTip>

#include <algorithm>
#include <cmath>

#include "ui/plots/plot_palette.h"

namespace {

constexpr double k_margin_keys = 0.5;   // half a slot left and right: every bar gets a whole slot
constexpr int k_label_gap_px = 4;       // between neighbouring tick labels

}   // namespace

CompareBars::CompareBars(QWidget* parent) : QCustomPlot(parent), ticker_(new QCPAxisTickerText)
{
  setObjectName(QStringLiteral("compareBars"));
  setMinimumWidth(170);   // four bars with two-line labels still fit
  embodied_ = new QCPBars(xAxis, yAxis);
  operational_ = new QCPBars(xAxis, yAxis);
  embodied_->setBrush(plot_palette::embodiedCarbon());
  operational_->setBrush(plot_palette::operationalCarbon());
  embodied_->setPen(Qt::NoPen);
  operational_->setPen(Qt::NoPen);
  operational_->moveAbove(embodied_);
  xAxis->setTicker(ticker_);
  xAxis->grid()->setVisible(false);
  yAxis->grid()->setPen(QPen(plot_palette::grid(), 0));

  // The legend in a row of its own under the bars, side by side.
  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  legend->setVisible(true);
  legend->setFont(small);
  legend->setBorderPen(Qt::NoPen);
  legend->setIconSize(12, 9);
  legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  legend->setWrap(2);
  legend->setMargins(QMargins(4, 0, 4, 2));
  plotLayout()->addElement(1, 0, legend);
  plotLayout()->setRowStretchFactor(1, 0.001);
  plotLayout()->setRowSpacing(0);
  for (QCPAxis* axis : {xAxis, yAxis})
    axis->setTickLabelFont(small);
  yAxis->setLabelFont(small);

  // Tick labels depend on the width each bar gets, known once the layout is done.
  connect(this, &QCustomPlot::afterLayout, this, &CompareBars::fitTickLabels);
  connect(this, &QCustomPlot::mouseMove, this, &CompareBars::showToolTip);
  retranslateUi();
}

void CompareBars::setDesigns(const std::vector<SelectedDesign>& designs)
{
  names_.clear();
  embodiedKg_.clear();
  operationalKg_.clear();
  QVector<double> keys;
  double top = 0;
  for (std::size_t i = 0; i < designs.size(); ++i) {
    const auto& d = designs[i];
    keys << static_cast<double>(i + 1);
    names_ << d.label;
    embodiedKg_ << (d.evaluated ? d.carbon.embodied_kg : 0.0);
    operationalKg_ << (d.evaluated ? d.carbon.operational_kg : 0.0);
    top = std::max(top, embodiedKg_.back() + operationalKg_.back());
  }
  embodied_->setData(keys, embodiedKg_, true);
  operational_->setData(keys, operationalKg_, true);
  ticker_->clear();
  for (int i = 0; i < names_.size(); ++i)
    ticker_->addTick(i + 1, names_[i]);   // fitted at the next layout
  xAxis->setRange(1 - k_margin_keys, std::max<double>(1.0, static_cast<double>(designs.size())) + k_margin_keys);
  yAxis->setRange(0, top > 0 ? top * 1.1 : 1.0);
  replot(rpQueuedReplot);
}

QString CompareBars::tickLabel(int i) const { return ticker_->ticks().value(i + 1); }

QString CompareBars::fitLabel(const QString& text, const QFontMetrics& metrics, int width_px)
{
  if (metrics.horizontalAdvance(text) <= width_px)
    return text;
  // Two lines, broken at the space that gives the longest first line that fits (the last space
  // if none does): the first line shortened at its end, the second at its start.
  qsizetype split = text.lastIndexOf(QLatin1Char(' '));
  if (split <= 0)
    return metrics.elidedText(text, Qt::ElideLeft, width_px);
  for (qsizetype i = split; i > 0; i = text.lastIndexOf(QLatin1Char(' '), i - 1)) {
    if (metrics.horizontalAdvance(text.left(i)) <= width_px) {
      split = i;
      break;
    }
  }
  return metrics.elidedText(text.left(split), Qt::ElideRight, width_px) + QLatin1Char('\n') +
         metrics.elidedText(text.mid(split + 1), Qt::ElideLeft, width_px);
}

void CompareBars::fitTickLabels()
{
  if (names_.isEmpty())
    return;
  const double slotPx = std::abs(xAxis->coordToPixel(2) - xAxis->coordToPixel(1));
  const int width = std::max(8, static_cast<int>(slotPx) - k_label_gap_px);
  const QFontMetrics metrics(xAxis->tickLabelFont());
  bool changed = false;
  for (int i = 0; i < names_.size(); ++i) {
    const QString label = fitLabel(names_[i], metrics, width);
    if (ticker_->ticks().value(i + 1) != label) {
      ticker_->addTick(i + 1, label);
      changed = true;
    }
  }
  // The labels' height may have changed the bottom margin: lay out again with them.
  if (changed)
    replot(rpQueuedReplot);
}

QString CompareBars::barToolTip(int i) const
{
  if (i < 0 || i >= names_.size())
    return {};
  const QLocale l;
  return tr("%1\nembodied %2 kg, operational %3 kg, total %4 kg CO₂e")
      .arg(names_[i], l.toString(embodiedKg_[i], 'g', 4), l.toString(operationalKg_[i], 'g', 4),
           l.toString(embodiedKg_[i] + operationalKg_[i], 'g', 4));
}

void CompareBars::showToolTip(QMouseEvent* event)
{
  // Over a bar's slot, from the top of the axis rect down through its tick label.
  const QRect area = axisRect()->rect();
  const int i = static_cast<int>(std::lround(xAxis->pixelToCoord(event->position().x()))) - 1;
  const bool inColumn = event->position().y() >= area.top() && event->position().x() >= area.left() &&
                        event->position().x() <= area.right();
  if (inColumn && i >= 0 && i < names_.size())
    QToolTip::showText(event->globalPosition().toPoint(), barToolTip(i), this);
  else
    QToolTip::hideText();
}

void CompareBars::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    replot(rpQueuedReplot);
  }
  QCustomPlot::changeEvent(event);
}

void CompareBars::retranslateUi()
{
  embodied_->setName(tr("Embodied"));
  operational_->setName(tr("Operational"));
  yAxis->setLabel(tr("Total carbon (kg CO₂e)"));
}

#include "ui/plots/vector_colour_bar.h"

VectorColourBar::VectorColourBar(QCPColorScale* scale) : QCPLayerable(scale->parentPlot()), scale_(scale) {}

void VectorColourBar::applyDefaultAntialiasingHint(QCPPainter* painter) const
{
  // Neighbouring levels meet exactly; antialiased edges would show hairline seams between them.
  painter->setAntialiasing(false);
}

void VectorColourBar::draw(QCPPainter* painter)
{
  if (!scale_ || !scale_->axis())
    return;
  QCPColorGradient gradient = scale_->gradient();   // color() is not const
  const int levels = std::max(gradient.levelCount(), 2);
  // Where QCustomPlot draws its image of the bar (QCPColorScaleAxisRectPrivate::draw).
  const QRectF bar = QRectF(scale_->axis()->axisRect()->rect()).adjusted(0, -1, 0, -1);
  const bool vertical = scale_->type() == QCPAxis::atLeft || scale_->type() == QCPAxis::atRight;
  const bool reversed = scale_->axis()->rangeReversed();
  const double step = (vertical ? bar.height() : bar.width()) / levels;
  painter->setPen(Qt::NoPen);
  for (int i = 0; i < levels; ++i) {
    // Level 0 is at the bottom (vertical) or the left, unless the axis runs the other way.
    const int level = reversed ? levels - 1 - i : i;
    painter->setBrush(QColor::fromRgba(gradient.color(level, QCPRange(0, levels - 1))));
    // Each rectangle reaches a little into the next so that no background shows between them.
    const double overlap = i + 1 < levels ? 0.5 : 0.0;
    if (vertical)
      painter->drawRect(QRectF(bar.left(), bar.bottom() - (i + 1) * step - overlap, bar.width(), step + overlap));
    else
      painter->drawRect(QRectF(bar.left() + i * step, bar.top(), step + overlap, bar.height()));
  }
}

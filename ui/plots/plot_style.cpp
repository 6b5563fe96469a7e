#include "ui/plots/plot_style.h"

#include <QPainter>
#include <QPixmap>

#include <array>

#include "ui/plots/plot_palette.h"

namespace plot_style {

QCPColorGradient objectiveGradient()
{
  // Stops of matplotlib's "viridis" colour map (van der Walt & Smith, 2015; CC0): readable in
  // grey scale and by colour-blind viewers.
  QCPColorGradient g;
  g.clearColorStops();
  g.setColorStopAt(0.00, QColor(0x44, 0x01, 0x54));
  g.setColorStopAt(0.25, QColor(0x3b, 0x52, 0x8b));
  g.setColorStopAt(0.50, QColor(0x21, 0x91, 0x8c));
  g.setColorStopAt(0.75, QColor(0x5e, 0xc9, 0x62));
  g.setColorStopAt(1.00, QColor(0xfd, 0xe7, 0x25));
  g.setColorInterpolation(QCPColorGradient::ciRGB);
  g.setLevelCount(k_colour_bins);
  return g;
}

QColor binColour(int bin)
{
  if (bin < 0 || bin >= k_colour_bins)
    return noValueColour();
  QCPColorGradient g = objectiveGradient();
  return QColor::fromRgb(g.color((bin + 0.5) / k_colour_bins, QCPRange(0, 1)));
}

QColor noValueColour() { return QColor(150, 150, 150); }

QCPScatterStyle frontStyle(const QColor& colour)
{
  return QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(plot_palette::ink(), 1.0), QBrush(colour), 8);
}

QCPScatterStyle measuredFrontStyle(const QColor& colour)
{
  return QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(plot_palette::ink(), 1.0), QBrush(colour), 7);
}

QCPScatterStyle dominatedStyle(const QColor& colour)
{
  // The legend's sample of a dominated design (the designs themselves are drawn by
  // FaintPointsLayer, pixel by pixel, in the same colour and alpha).
  QColor faint = colour;
  faint.setAlpha(90);
  QPixmap dot(4, 4);
  dot.fill(Qt::transparent);
  {
    QPainter p(&dot);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(faint);
    p.drawEllipse(QRectF(0, 0, 4, 4));
  }
  return QCPScatterStyle(dot);
}

QCPScatterStyle infeasibleStyle()
{
  return QCPScatterStyle(QCPScatterStyle::ssCross, QPen(QColor(120, 120, 120, 110), 1.0), Qt::NoBrush, 5);
}

QCPScatterStyle baselineStyle(int baseline_index)
{
  static const std::array<QCPScatterStyle::ScatterShape, 6> shapes = {
      QCPScatterStyle::ssTriangle, QCPScatterStyle::ssSquare,           QCPScatterStyle::ssDiamond,
      QCPScatterStyle::ssStar,     QCPScatterStyle::ssTriangleInverted, QCPScatterStyle::ssCrossCircle};
  const auto shape = shapes[static_cast<std::size_t>(baseline_index) % shapes.size()];
  return QCPScatterStyle(shape, QPen(plot_palette::ink(), 1.6), QBrush(Qt::white), 12);
}

QCPScatterStyle selectedStyle()
{
  return QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(plot_palette::selection(), 2.5), Qt::NoBrush, 20);
}

QCPScatterStyle pinnedStyle()
{
  return QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(plot_palette::pinned(), 2.0), Qt::NoBrush, 16);
}

QPen staircasePen() { return QPen(plot_palette::staircase(), 1.5); }

QPen exactReferencePen()
{
  QPen pen(plot_palette::exactReference(), 1.6, Qt::CustomDashLine);
  pen.setDashPattern({5, 3});
  return pen;
}

QPen constraintPen() { return QPen(plot_palette::constraint(), 1.3, Qt::DashLine); }

QString fittedTitle(const QCPTextElement* title, const QString& full)
{
  constexpr int k_spare_px = 8;
  const QMargins m = title->margins();
  const int width = title->parentPlot()->viewport().width() - m.left() - m.right() - k_spare_px;
  return QFontMetrics(title->font()).elidedText(full, Qt::ElideRight, std::max(width, 0));
}

}   // namespace plot_style

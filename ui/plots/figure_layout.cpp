#include "ui/plots/figure_layout.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace {

constexpr double k_caption_px = 11.0;   // before zooming: a footnote beside 9 pt tick labels
constexpr double k_caption_gap_px = 6.0;

QFont captionFont(double zoom)
{
  QFont font;
  font.setPixelSize(static_cast<int>(std::lround(k_caption_px * zoom)));
  return font;
}

double captionHeight(const QFont& font, double width, const QString& text)
{
  const QFontMetricsF metrics(font);
  const QRectF bound = metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text);
  return std::ceil(bound.height()) + 2 * k_caption_gap_px;
}

}   // namespace

namespace figure_layout {

FigureLayout layout(const FigureOptions& options, const QList<QSize>& plotSizes, const QString& caption)
{
  FigureLayout out;
  const bool hasCaption = options.caption && !caption.isEmpty();
  QSize onScreen(0, 0);
  for (const QSize& s : plotSizes)
    onScreen = QSize(onScreen.width() + s.width(), std::max(onScreen.height(), s.height()));
  const auto count = static_cast<double>(std::max<qsizetype>(plotSizes.size(), 1));

  QSizeF canvas = figure_options::canvasSize_px(options, onScreen);
  const double margin = figure_options::margin_px(options.preset);
  const double contentWidth = canvas.width() - 2 * margin;
  const double plotWidth = contentWidth / count;
  if (options.presentation)
    out.zoom = std::clamp(plotWidth / k_min_zoomed_plot_px, 1.0, k_presentation_zoom);
  out.captionFont = captionFont(out.zoom);
  const double captionH = hasCaption ? captionHeight(out.captionFont, contentWidth, caption) : 0.0;
  // The on-screen figure grows by its caption; the other presets are fixed and make room for it.
  if (options.preset == FigurePreset::OnScreen)
    canvas.setHeight(canvas.height() + captionH);
  out.canvas_px = canvas;

  double plotsHeight = canvas.height() - 2 * margin - captionH;
  if (figure_options::isPage(options.preset))
    plotsHeight = std::min(plotsHeight, plotWidth * k_page_plot_aspect);
  plotsHeight = std::max(plotsHeight, 1.0);

  double x = margin;
  for (const QSize& s : plotSizes) {
    const double w = options.preset == FigurePreset::OnScreen ? s.width() : plotWidth;
    const double h = options.preset == FigurePreset::OnScreen ? s.height() : plotsHeight;
    out.plots.append(QRectF(x, margin, w, h));
    x += w;
  }
  if (hasCaption)
    out.caption = QRectF(margin, margin + plotsHeight + k_caption_gap_px, contentWidth, captionH - 2 * k_caption_gap_px);
  return out;
}

}   // namespace figure_layout

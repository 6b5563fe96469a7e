#pragma once
// Figures for print (issue 16): a QCustomPlot drawn at a fixed print size on white, without the
// window around it (QCustomPlot::toPainter), as SVG for the HTML report and as a high-resolution
// image for the PDF. The plot's on-screen look is restored afterwards (a queued replot). GUI
// thread only, like the plot itself.
#include <QSize>
#include <QString>

#include "ui/report/report_input.h"

class QCustomPlot;

namespace report_figures {

// Print size of one plot in 96-dpi layout pixels: the A4 text width at 2 cm margins is ≈ 640 px.
inline constexpr int k_width_px = 640;
inline constexpr int k_height_px = 400;
// The PDF's images are drawn this many times finer than layout pixels (≈ 290 dpi at full width).
inline constexpr double k_image_scale = 3.0;

// An empty figure (no svg, null image) for a null plot.
ReportFigure render(QCustomPlot* plot, const QString& caption, QSize size_px = QSize(k_width_px, k_height_px));

// How a figure appears in the HTML: the SVG inline (a self-contained file) or an <img> naming a
// resource of the QTextDocument that prints the PDF (resourceUrl).
enum class Embed { InlineSvg, DocumentImage };
QString html(const ReportFigure& figure, int index, Embed embed);
QString resourceUrl(int index);   // "cdse-figure:3"

}   // namespace report_figures

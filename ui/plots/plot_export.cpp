#include "ui/plots/plot_export.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "ui/plots/figure_layout.h"
#include "ui/plots/plot_palette.h"
#include "ui/plots/presentation_scope.h"
#include "ui/plots/projection_plot.h"
#include "ui/plots/vector_export_scope.h"

namespace {

class PlotExport {
  Q_DECLARE_TR_FUNCTIONS(PlotExport)
};

constexpr int k_default_width_px = 520;
constexpr int k_default_height_px = 420;
constexpr double k_layout_dpi = figure_options::k_layout_dpi;

FigureLayout layoutOf(const QList<QCustomPlot*>& plots, const FigureOptions& options, const QString& caption)
{
  QList<QSize> sizes;
  for (const QCustomPlot* p : plots)
    sizes.append(exportSizeOf(p));
  return figure_layout::layout(options, sizes, caption);
}

// Draws the figure in layout px onto an open painter whose transform maps layout px to the device.
void paintFigure(const QList<QCustomPlot*>& plots, const FigureLayout& layout, const FigureOptions& options,
                 const QString& caption, QCPPainter& painter, bool vector)
{
  painter.setMode(QCPPainter::pmNoCaching);     // cached tick labels are pixmaps
  painter.setMode(QCPPainter::pmNonCosmetic);   // hairlines keep their width when scaled or printed
  if (vector)
    painter.setMode(QCPPainter::pmVectorized);
  for (qsizetype i = 0; i < plots.size(); ++i) {
    QCustomPlot* plot = plots[i];
    const QRectF r = layout.plots[i];
    // The scopes restyle this plot for the export and give it back as it was.
    VectorExportScope rasterFree(plot, vector);
    std::unique_ptr<PresentationScope> presentation;
    if (options.presentation)
      presentation = std::make_unique<PresentationScope>(plot);
    const int width = static_cast<int>(std::lround(r.width() / layout.zoom));
    const int height = static_cast<int>(std::lround(r.height() / layout.zoom));
    // The fronts' legend takes as many columns as the export's width has room for, not the screen's.
    auto* projection = qobject_cast<ProjectionPlot*>(plot);
    const int screenColumns = projection ? projection->legend->wrap() : 0;
    if (projection)
      projection->legend->setWrap(ProjectionPlot::legendColumnsFor(width));
    painter.save();
    painter.translate(r.topLeft());
    painter.scale(layout.zoom, layout.zoom);
    plot->toPainter(&painter, width, height);
    painter.restore();
    if (projection)
      projection->legend->setWrap(screenColumns);
  }
  if (!layout.caption.isEmpty()) {
    painter.save();
    painter.setFont(layout.captionFont);
    painter.setPen(options.presentation ? plot_palette::presentation(plot_palette::ink()) : plot_palette::ink());
    painter.drawText(layout.caption, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, caption);
    painter.restore();
  }
}

QString writePng(const QList<QCustomPlot*>& plots, const FigureLayout& layout, const FigureOptions& options,
                 const QString& caption, QSaveFile& file)
{
  const QSize size = figure_options::pngSize(options, layout.canvas_px);
  QImage image(size, QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(1.0);
  // Fonts are sized in points: at 96 dpi while painting, so that a point is what it is on screen.
  const auto dotsPerMeter = [](double dpi) { return static_cast<int>(std::lround(dpi / 0.0254)); };
  image.setDotsPerMeterX(dotsPerMeter(k_layout_dpi));
  image.setDotsPerMeterY(dotsPerMeter(k_layout_dpi));
  image.fill(Qt::white);
  {
    QCPPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(size.width() / layout.canvas_px.width(), size.height() / layout.canvas_px.height());
    paintFigure(plots, layout, options, caption, painter, false);
  }
  const double dpi = figure_options::isSlide(options.preset) ? k_layout_dpi : options.pngDpi;
  image.setDotsPerMeterX(dotsPerMeter(dpi));
  image.setDotsPerMeterY(dotsPerMeter(dpi));
  if (!image.save(&file, "PNG"))
    return PlotExport::tr("the PNG encoder failed");
  return {};
}

QString writeSvg(const QList<QCustomPlot*>& plots, const FigureLayout& layout, const FigureOptions& options,
                 const QString& caption, QSaveFile& file)
{
  const QSize size = layout.canvas_px.toSize();
  QSvgGenerator svg;
  svg.setOutputDevice(&file);
  svg.setSize(size);
  svg.setViewBox(QRectF(QPointF(0, 0), layout.canvas_px));
  svg.setResolution(static_cast<int>(k_layout_dpi));
  svg.setTitle(QFileInfo(file.fileName()).completeBaseName());
  svg.setDescription(PlotExport::tr("Plots exported from CarbonDSE"));
  QCPPainter painter;
  if (!painter.begin(&svg))
    return PlotExport::tr("the SVG writer could not start");
  painter.fillRect(QRectF(QPointF(0, 0), layout.canvas_px), Qt::white);
  paintFigure(plots, layout, options, caption, painter, true);
  painter.end();
  return {};
}

QString writePdf(const QList<QCustomPlot*>& plots, const FigureLayout& layout, const FigureOptions& options,
                 const QString& caption, QSaveFile& file)
{
  QPdfWriter pdf(&file);
  pdf.setCreator(QStringLiteral("CarbonDSE"));
  pdf.setTitle(QFileInfo(file.fileName()).completeBaseName());
  pdf.setResolution(static_cast<int>(k_layout_dpi));   // one painter unit = one layout pixel
  pdf.setPageLayout(
      QPageLayout(figure_options::pdfPage(options, layout.canvas_px), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
  QCPPainter painter;
  if (!painter.begin(&pdf))
    return PlotExport::tr("the PDF writer could not start");
  paintFigure(plots, layout, options, caption, painter, true);
  painter.end();
  return {};
}

}   // namespace

QSize exportSizeOf(const QCustomPlot* plot)
{
  const QSize s = plot->size();
  if (!plot->isVisible() && (s.width() < 100 || s.height() < 100))
    return QSize(k_default_width_px, k_default_height_px);
  return QSize(std::max(s.width(), 100), std::max(s.height(), 100));
}

QSize exportSizeOf(const QList<QCustomPlot*>& plots)
{
  QSize total(0, 0);
  for (const QCustomPlot* p : plots) {
    const QSize s = exportSizeOf(p);
    total = QSize(total.width() + s.width(), std::max(total.height(), s.height()));
  }
  return total;
}

QString exportPlot(QCustomPlot* plot, const QString& path, const FigureOptions& options, const QString& caption)
{
  return exportPlots(QList<QCustomPlot*>{plot}, path, options, caption);
}

QString exportPlots(const QList<QCustomPlot*>& plots, const QString& path, const FigureOptions& options,
                    const QString& caption)
{
  const QString name = QDir::toNativeSeparators(path);
  if (plots.isEmpty() || std::any_of(plots.begin(), plots.end(), [](QCustomPlot* p) { return p == nullptr; }))
    return PlotExport::tr("Could not export %1: there is no plot to export.").arg(name);
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
    return PlotExport::tr("Could not export %1: unknown picture format \"%2\" (use .png, .svg or .pdf).")
        .arg(name, suffix);
  if (figure_options::clamped(options) != options)
    return PlotExport::tr("Could not export %1: the PNG resolution must be %2 to %3 dpi and a custom size %4 to %5 px.")
        .arg(name)
        .arg(figure_options::k_min_dpi)
        .arg(figure_options::k_max_dpi)
        .arg(figure_options::k_min_custom_px)
        .arg(figure_options::k_max_custom_px);

  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    return PlotExport::tr("Could not write %1: %2").arg(name, file.errorString());
  const FigureLayout layout = layoutOf(plots, options, caption);
  QString problem;
  if (suffix == QLatin1String("png"))
    problem = writePng(plots, layout, options, caption, file);
  else if (suffix == QLatin1String("svg"))
    problem = writeSvg(plots, layout, options, caption, file);
  else
    problem = writePdf(plots, layout, options, caption, file);
  if (problem.isEmpty() && file.error() != QFileDevice::NoError)
    problem = file.errorString();
  if (!problem.isEmpty()) {
    file.cancelWriting();
    return PlotExport::tr("Could not write %1: %2").arg(name, problem);
  }
  if (!file.commit())
    return PlotExport::tr("Could not write %1: %2").arg(name, file.errorString());
  return {};
}

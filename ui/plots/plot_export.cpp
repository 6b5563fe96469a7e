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

namespace {

class PlotExport {
  Q_DECLARE_TR_FUNCTIONS(PlotExport)
};

constexpr int k_default_width_px = 520;
constexpr int k_default_height_px = 420;
constexpr double k_screen_dpi = 96.0;   // the plots are laid out in 96-dpi pixels
constexpr double k_points_per_inch = 72.0;
constexpr double k_max_png_scale = 8.0;

QSize totalSize(const QList<QCustomPlot*>& plots)
{
  QSize total(0, 0);
  for (const QCustomPlot* p : plots) {
    const QSize s = exportSizeOf(p);
    total.setWidth(total.width() + s.width());
    total.setHeight(std::max(total.height(), s.height()));
  }
  return total;
}

// Draws every plot at its export size, left to right, onto an open painter.
void paintSideBySide(const QList<QCustomPlot*>& plots, QCPPainter& painter)
{
  int x = 0;
  for (QCustomPlot* p : plots) {
    const QSize s = exportSizeOf(p);
    painter.save();
    painter.translate(x, 0);
    p->toPainter(&painter, s.width(), s.height());
    painter.restore();
    x += s.width();
  }
}

QString writePng(const QList<QCustomPlot*>& plots, QSaveFile& file, double scale)
{
  const QSize size = totalSize(plots);
  QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(1.0);
  image.fill(Qt::white);
  int x = 0;
  {
    QCPPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (QCustomPlot* p : plots) {
      const QSize s = exportSizeOf(p);
      // toPixmap renders the plot at `scale` with its fonts and pens scaled alike.
      painter.drawPixmap(QPointF(x * scale, 0), p->toPixmap(s.width(), s.height(), scale));
      x += s.width();
    }
  }
  const int dotsPerMeter = static_cast<int>(k_screen_dpi * scale / 0.0254);
  image.setDotsPerMeterX(dotsPerMeter);
  image.setDotsPerMeterY(dotsPerMeter);
  if (!image.save(&file, "PNG"))
    return PlotExport::tr("the PNG encoder failed");
  return {};
}

QString writeSvg(const QList<QCustomPlot*>& plots, QSaveFile& file)
{
  const QSize size = totalSize(plots);
  QSvgGenerator svg;
  svg.setOutputDevice(&file);
  svg.setSize(size);
  svg.setViewBox(QRect(QPoint(0, 0), size));
  svg.setResolution(static_cast<int>(k_screen_dpi));
  svg.setTitle(QFileInfo(file.fileName()).completeBaseName());
  svg.setDescription(PlotExport::tr("Plots exported from CarbonDSE"));
  QCPPainter painter;
  if (!painter.begin(&svg))
    return PlotExport::tr("the SVG writer could not start");
  painter.setMode(QCPPainter::pmVectorized);
  painter.setMode(QCPPainter::pmNoCaching);
  paintSideBySide(plots, painter);
  painter.end();
  return {};
}

QString writePdf(const QList<QCustomPlot*>& plots, QSaveFile& file)
{
  const QSize size = totalSize(plots);
  QPdfWriter pdf(&file);
  pdf.setCreator(QStringLiteral("CarbonDSE"));
  pdf.setTitle(QFileInfo(file.fileName()).completeBaseName());
  pdf.setResolution(static_cast<int>(k_screen_dpi));   // one painter unit = one screen pixel
  const QSizeF pagePt(size.width() * k_points_per_inch / k_screen_dpi, size.height() * k_points_per_inch / k_screen_dpi);
  pdf.setPageLayout(QPageLayout(QPageSize(pagePt, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
  QCPPainter painter;
  if (!painter.begin(&pdf))
    return PlotExport::tr("the PDF writer could not start");
  painter.setMode(QCPPainter::pmVectorized);
  painter.setMode(QCPPainter::pmNoCaching);
  paintSideBySide(plots, painter);
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

QString exportPlot(QCustomPlot* plot, const QString& path, double png_scale)
{
  return exportPlots(QList<QCustomPlot*>{plot}, path, png_scale);
}

QString exportPlots(const QList<QCustomPlot*>& plots, const QString& path, double png_scale)
{
  const QString name = QDir::toNativeSeparators(path);
  if (plots.isEmpty() || std::any_of(plots.begin(), plots.end(), [](QCustomPlot* p) { return p == nullptr; }))
    return PlotExport::tr("Could not export %1: there is no plot to export.").arg(name);
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
    return PlotExport::tr("Could not export %1: unknown picture format \"%2\" (use .png, .svg or .pdf).")
        .arg(name, suffix);
  if (!(png_scale >= 1.0 && png_scale <= k_max_png_scale))
    return PlotExport::tr("Could not export %1: the PNG scale must be between 1 and %2.").arg(name).arg(k_max_png_scale);

  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    return PlotExport::tr("Could not write %1: %2").arg(name, file.errorString());
  QString problem;
  if (suffix == QLatin1String("png"))
    problem = writePng(plots, file, png_scale);
  else if (suffix == QLatin1String("svg"))
    problem = writeSvg(plots, file);
  else
    problem = writePdf(plots, file);
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

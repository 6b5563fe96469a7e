#include "ui/report/report_figures.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

#include <qcustomplot.h>

#include "ui/report/report_format.h"

namespace report_figures {

namespace {

constexpr int k_layout_dpi = 96;

void paint(QCustomPlot* plot, QCPPainter& painter, QSize size, bool vector)
{
  painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
  if (vector)
    painter.setMode(QCPPainter::pmVectorized);
  painter.setMode(QCPPainter::pmNoCaching);
  // toPainter lays the plot out at `size` for this drawing only, then fills the plot's own
  // background (white: the plots set none) and draws it; no widget chrome is included.
  plot->toPainter(&painter, size.width(), size.height());
}

QByteArray svgOf(QCustomPlot* plot, QSize size, const QString& caption)
{
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QSvgGenerator svg;
  svg.setOutputDevice(&buffer);
  svg.setSize(size);
  svg.setViewBox(QRect(QPoint(0, 0), size));
  svg.setResolution(k_layout_dpi);
  svg.setTitle(caption);
  QCPPainter painter;
  if (!painter.begin(&svg))
    return {};
  paint(plot, painter, size, true);
  painter.end();
  // Inline in HTML: drop the XML prologue, keep the <svg> element.
  const qsizetype start = bytes.indexOf("<svg");
  return start < 0 ? QByteArray() : bytes.mid(start);
}

QImage imageOf(QCustomPlot* plot, QSize size)
{
  QImage image(size * k_image_scale, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  QCPPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setRenderHint(QPainter::TextAntialiasing);
  painter.scale(k_image_scale, k_image_scale);
  paint(plot, painter, size, false);
  painter.end();
  const int dotsPerMeter = static_cast<int>(k_layout_dpi * k_image_scale / 0.0254);
  image.setDotsPerMeterX(dotsPerMeter);
  image.setDotsPerMeterY(dotsPerMeter);
  return image;
}

}   // namespace

ReportFigure render(QCustomPlot* plot, const QString& caption, QSize size_px)
{
  ReportFigure figure;
  figure.caption = caption;
  figure.size_px = size_px;
  if (!plot)
    return figure;
  figure.svg = svgOf(plot, size_px, caption);
  figure.image = imageOf(plot, size_px);
  // toPainter left the layout at the print size; the next replot lays it out for the screen again.
  plot->replot(QCustomPlot::rpQueuedReplot);
  return figure;
}

QString resourceUrl(int index) { return QStringLiteral("cdse-figure:%1").arg(index); }

QString html(const ReportFigure& figure, int index, Embed embed)
{
  QString body;
  if (embed == Embed::InlineSvg && !figure.svg.isEmpty())
    body = QString::fromUtf8(figure.svg);
  else if (embed == Embed::DocumentImage && !figure.image.isNull())
    body = QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\">")
               .arg(resourceUrl(index))
               .arg(figure.size_px.width())
               .arg(figure.size_px.height())
               .arg(report_format::esc(figure.caption));
  if (body.isEmpty())
    return {};
  return QStringLiteral("<div class=\"figure\">%1</div>\n<p class=\"caption\">%2</p>\n")
      .arg(body, report_format::esc(figure.caption));
}

}   // namespace report_figures

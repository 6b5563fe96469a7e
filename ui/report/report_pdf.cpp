#include "ui/report/report_pdf.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include "ui/report/html_report.h"
#include "ui/report/report_format.h"

namespace {

constexpr int k_pdf_dpi = 300;
constexpr double k_layout_dpi = 96.0;   // QTextDocument lays out in 96-dpi pixels
constexpr double k_metres_per_inch = 0.0254;
constexpr double k_footer_gap_mm = 6.0;
constexpr double k_mm_per_inch = 25.4;

// Lays the document out on pages as large as the writer's paint rectangle (in layout pixels) and
// draws each page on `writer`, scaled from layout pixels to the writer's resolution, with its number
// centred in the bottom margin.
void printPages(QTextDocument& doc, QPdfWriter& writer, QPainter& painter)
{
  const QRect paintRect = writer.pageLayout().paintRectPixels(writer.resolution());
  const double scale = writer.resolution() / k_layout_dpi;
  const QSizeF pagePx(paintRect.width() / scale, paintRect.height() / scale);
  doc.setPageSize(pagePx);
  const int pages = doc.pageCount();
  QFont footerFont = doc.defaultFont();
  const double footerGap_px = k_footer_gap_mm / k_mm_per_inch * k_layout_dpi;
  for (int page = 0; page < pages; ++page) {
    if (page > 0)
      writer.newPage();
    painter.save();
    painter.scale(scale, scale);
    painter.translate(0, -page * pagePx.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * pagePx.height(), pagePx.width(), pagePx.height());
    painter.setClipRect(context.clip);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
    // In device pixels: a font in points is drawn at the writer's own resolution.
    painter.save();
    painter.setFont(footerFont);
    painter.setPen(Qt::darkGray);
    const QRectF footer(0, paintRect.height() + footerGap_px * scale / 4, paintRect.width(), footerGap_px * scale);
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop, HtmlReport::tr("Page %1 of %2").arg(page + 1).arg(pages));
    painter.restore();
  }
}

}   // namespace

QString writePdfReport(const QString& path, const ReportInput& input)
{
  QString html;
  try {
    html = htmlReport(input, report_figures::Embed::DocumentImage);
  } catch (const std::exception& e) {
    return HtmlReport::tr("The report could not be built: %1").arg(QString::fromUtf8(e.what()));
  }
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    return HtmlReport::tr("Cannot write %1: %2").arg(path, file.errorString());

  QTextDocument doc;
  QFont font = doc.defaultFont();
  font.setPointSizeF(report_pdf::k_body_font_pt);
  doc.setDefaultFont(font);
  doc.setDocumentMargin(0);
  for (std::size_t i = 0; i < input.figures.size(); ++i)
    if (!input.figures[i].image.isNull())
      doc.addResource(QTextDocument::ImageResource, QUrl(report_figures::resourceUrl(static_cast<int>(i))),
                      input.figures[i].image);
  // Lay out at 96 dpi whatever the screen: fonts in points and figure widths in pixels then agree
  // with the page width computed in printPages.
  QImage layoutDevice(1, 1, QImage::Format_RGB32);
  layoutDevice.setDotsPerMeterX(static_cast<int>(k_layout_dpi / k_metres_per_inch));
  layoutDevice.setDotsPerMeterY(static_cast<int>(k_layout_dpi / k_metres_per_inch));
  doc.documentLayout()->setPaintDevice(&layoutDevice);
  doc.setHtml(html);

  QPdfWriter writer(&file);
  writer.setCreator(QStringLiteral("CarbonDSE %1").arg(input.appVersion));
  writer.setTitle(HtmlReport::tr("CarbonDSE design review: %1").arg(input.scenarioTitle));
  writer.setResolution(k_pdf_dpi);
  const double margin = report_pdf::k_margin_mm;
  writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                   QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter));
  QPainter painter;
  if (!painter.begin(&writer)) {
    file.cancelWriting();
    return HtmlReport::tr("Cannot write %1: the PDF writer could not start").arg(path);
  }
  printPages(doc, writer, painter);
  painter.end();
  if (file.error() != QFileDevice::NoError) {
    const QString problem = file.errorString();
    file.cancelWriting();
    return HtmlReport::tr("Cannot write %1: %2").arg(path, problem);
  }
  if (!file.commit())
    return HtmlReport::tr("Cannot write %1: %2").arg(path, file.errorString());
  return {};
}

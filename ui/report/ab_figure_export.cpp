#include "ui/report/ab_figure_export.h"

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

#include <cmath>

#include "ui/report/ab_figure_layout.h"

namespace {

class AbFigure {
  Q_DECLARE_TR_FUNCTIONS(AbFigure)
};

using Kind = AbFigureBlock::Kind;
constexpr double k_layout_dpi = figure_options::k_layout_dpi;
constexpr int k_first_delta_column = 3;   // Δ kg and Δ % are coloured by their sign
constexpr int k_last_delta_column = 4;

struct Style {
  QColor ink, muted, rule, optimumFill, more, less;
  double rulePx, headerRulePx;
};

// Presentation: black ink, darker rules, Okabe & Ito's vermillion and blue (colour-blind safe);
// otherwise the plots' dark red (limits) and blue.
Style styleFor(const AbFigureLayout& l, bool presentation)
{
  const double unit = l.body.pixelSize();
  if (presentation)
    return {Qt::black,
            QColor(0x30, 0x30, 0x30),
            QColor(0x80, 0x80, 0x80),
            QColor(0xe6, 0xe6, 0xe6),
            QColor(0xd5, 0x5e, 0x00),
            QColor(0x00, 0x72, 0xb2),
            std::max(1.0, unit / 14),
            std::max(2.0, unit / 6)};
  return {QColor(25, 25, 25),       QColor(90, 90, 90),       QColor(210, 210, 210),     QColor(0xf2, 0xf2, 0xf2),
          QColor(0xb0, 0x30, 0x30), QColor(0x1f, 0x77, 0xb4), std::max(0.75, unit / 20), std::max(1.5, unit / 10)};
}

void drawRule(QPainter& p, double x0, double x1, double y, const QColor& colour, double width)
{
  p.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
  p.drawLine(QPointF(x0, y), QPointF(x1, y));
}

void paintRow(QPainter& p, const AbFigureInput& in, const AbFigureLayout& l, const AbFigureBlock& b, const Style& s)
{
  const AbFigureRow& row = in.rows[b.row];
  if (row.optimum)
    p.fillRect(b.rect, s.optimumFill);
  p.setFont(row.optimum ? l.bold : l.body);
  const double delta = row.b.total_kg - row.a.total_kg;
  for (int c = 0; c < static_cast<int>(l.columnX.size()); ++c) {
    const QRectF cell(l.columnX[c] + l.cellPadding_px, b.rect.top() + l.cellPaddingV_px,
                      l.columnWidth[c] - 2 * l.cellPadding_px, b.rect.height() - 2 * l.cellPaddingV_px);
    QColor colour = s.ink;
    if (row.scorable && c >= k_first_delta_column && c <= k_last_delta_column && delta != 0)
      colour = delta > 0 ? s.more : s.less;
    p.setPen(colour);
    const int align = c == 0 || !row.scorable ? Qt::AlignLeft : Qt::AlignRight;
    p.drawText(cell, Qt::TextWordWrap | Qt::AlignVCenter | align, l.cells[b.row][c]);
  }
  drawRule(p, b.rect.left(), b.rect.right(), b.rect.bottom(), s.rule, s.rulePx);
}

void paintPage(QPainter& p, const AbFigureInput& in, const AbFigureLayout& l, const AbFigurePage& page, bool presentation)
{
  const Style s = styleFor(l, presentation);
  const int wrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
  bool firstOptimum = true;
  for (const AbFigureBlock& b : page.blocks) {
    switch (b.kind) {
      case Kind::SetA:
      case Kind::SetB:
        p.setFont(l.bold);
        p.setPen(s.ink);
        p.drawText(b.rect, wrap, b.kind == Kind::SetA ? QStringLiteral("A") : QStringLiteral("B"));
        p.setFont(b.font);
        p.drawText(b.rect.adjusted(l.setLabelWidth_px, 0, 0, 0), wrap, b.text);
        break;
      case Kind::HeaderRow:
        p.setFont(l.bold);
        p.setPen(s.ink);
        for (int c = 0; c < static_cast<int>(l.columnX.size()); ++c) {
          const QRectF cell(l.columnX[c] + l.cellPadding_px, b.rect.top() + l.cellPaddingV_px,
                            l.columnWidth[c] - 2 * l.cellPadding_px, b.rect.height() - 2 * l.cellPaddingV_px);
          p.drawText(cell, Qt::TextWordWrap | Qt::AlignBottom | (c == 0 ? Qt::AlignLeft : Qt::AlignRight), l.headers[c]);
        }
        drawRule(p, b.rect.left(), b.rect.right(), b.rect.bottom(), s.ink, s.headerRulePx);
        break;
      case Kind::Row:
        if (in.rows[b.row].optimum && firstOptimum) {   // the optima below the pinned designs
          drawRule(p, b.rect.left(), b.rect.right(), b.rect.top(), s.ink, s.headerRulePx);
          firstOptimum = false;
        }
        paintRow(p, in, l, b, s);
        break;
      default:
        p.setFont(b.font);
        p.setPen(b.kind == Kind::Note || b.kind == Kind::Caption ? s.muted : s.ink);
        p.drawText(b.rect, wrap, b.text);
        break;
    }
  }
}

void beginPainting(QPainter& p)
{
  p.setRenderHint(QPainter::Antialiasing);
  p.setRenderHint(QPainter::TextAntialiasing);
}

QString writePng(const AbFigureInput& in, const AbFigureLayout& l, const FigureOptions& options, QSaveFile& file)
{
  const QSize size = figure_options::pngSize(options, l.canvas_px);
  QImage image(size, QImage::Format_ARGB32_Premultiplied);
  // Fonts are pixel-sized; the image's resolution only labels the file for other programs.
  const auto dotsPerMeter = [](double dpi) { return static_cast<int>(std::lround(dpi / 0.0254)); };
  const double dpi = figure_options::isSlide(options.preset) ? k_layout_dpi : options.pngDpi;
  image.setDotsPerMeterX(dotsPerMeter(dpi));
  image.setDotsPerMeterY(dotsPerMeter(dpi));
  image.fill(Qt::white);
  {
    QPainter p(&image);
    beginPainting(p);
    p.scale(size.width() / l.canvas_px.width(), size.height() / l.canvas_px.height());
    paintPage(p, in, l, l.pages.front(), options.presentation);
  }
  if (!image.save(&file, "PNG"))
    return AbFigure::tr("the PNG encoder failed");
  return {};
}

QString writeSvg(const AbFigureInput& in, const AbFigureLayout& l, const FigureOptions& options, QSaveFile& file)
{
  QSvgGenerator svg;
  svg.setOutputDevice(&file);
  svg.setSize(l.canvas_px.toSize());
  svg.setViewBox(QRectF(QPointF(0, 0), l.canvas_px));
  svg.setResolution(static_cast<int>(k_layout_dpi));
  svg.setTitle(QFileInfo(file.fileName()).completeBaseName());
  svg.setDescription(AbFigure::tr("A/B comparison exported from CarbonDSE"));
  QPainter p;
  if (!p.begin(&svg))
    return AbFigure::tr("the SVG writer could not start");
  beginPainting(p);
  p.fillRect(QRectF(QPointF(0, 0), l.canvas_px), Qt::white);
  paintPage(p, in, l, l.pages.front(), options.presentation);
  p.end();
  return {};
}

QString writePdf(const AbFigureInput& in, const AbFigureLayout& l, const FigureOptions& options, QSaveFile& file)
{
  QPdfWriter pdf(&file);
  pdf.setCreator(QStringLiteral("CarbonDSE"));
  pdf.setTitle(QFileInfo(file.fileName()).completeBaseName());
  pdf.setResolution(static_cast<int>(k_layout_dpi));   // one painter unit = one layout pixel
  pdf.setPageLayout(
      QPageLayout(figure_options::pdfPage(options, l.canvas_px), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
  QPainter p;
  if (!p.begin(&pdf))
    return AbFigure::tr("the PDF writer could not start");
  beginPainting(p);
  for (std::size_t i = 0; i < l.pages.size(); ++i) {
    if (i > 0)
      pdf.newPage();
    paintPage(p, in, l, l.pages[i], options.presentation);
  }
  p.end();
  return {};
}

}   // namespace

QString exportAbFigure(const AbFigureInput& input, const QString& path, const FigureOptions& options,
                       const QString& caption)
{
  const QString name = QDir::toNativeSeparators(path);
  if (input.rows.empty())
    return AbFigure::tr("Could not export %1: there is no A/B comparison to export.").arg(name);
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
    return AbFigure::tr("Could not export %1: unknown picture format \"%2\" (use .png, .svg or .pdf).").arg(name, suffix);
  if (figure_options::clamped(options) != options)
    return AbFigure::tr("Could not export %1: the PNG resolution must be %2 to %3 dpi and a custom size %4 to %5 px.")
        .arg(name)
        .arg(figure_options::k_min_dpi)
        .arg(figure_options::k_max_dpi)
        .arg(figure_options::k_min_custom_px)
        .arg(figure_options::k_max_custom_px);
  const AbFigureLayout layout = ab_figure_layout::layout(input, options, caption, suffix == QLatin1String("pdf"));
  if (layout.overflow)
    return AbFigure::tr("Could not export %1: the comparison does not fit on %2 × %3 px even in small text; choose a "
                        "larger size.")
        .arg(name)
        .arg(std::lround(layout.canvas_px.width()))
        .arg(std::lround(layout.canvas_px.height()));

  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    return AbFigure::tr("Could not write %1: %2").arg(name, file.errorString());
  QString problem;
  if (suffix == QLatin1String("png"))
    problem = writePng(input, layout, options, file);
  else if (suffix == QLatin1String("svg"))
    problem = writeSvg(input, layout, options, file);
  else
    problem = writePdf(input, layout, options, file);
  if (problem.isEmpty() && file.error() != QFileDevice::NoError)
    problem = file.errorString();
  if (!problem.isEmpty()) {
    file.cancelWriting();
    return AbFigure::tr("Could not write %1: %2").arg(name, problem);
  }
  if (!file.commit())
    return AbFigure::tr("Could not write %1: %2").arg(name, file.errorString());
  return {};
}

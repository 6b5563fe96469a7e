#include "ui/report/ab_figure_layout.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/widgets/carbon_delta_text.h"

namespace {

class AbFigure {
  Q_DECLARE_TR_FUNCTIONS(AbFigure)
};

using Kind = AbFigureBlock::Kind;

// Body text is the content width / this: about 90 characters a line, slide-sized on a slide.
constexpr double k_width_per_unit = 56.0;
constexpr double k_min_unit_px = 11.0;
constexpr double k_max_unit_px = 28.0;
constexpr double k_presentation_factor = 1.3;
constexpr double k_presentation_max_unit_px = 36.0;
constexpr double k_shrink_step = 0.92;
constexpr double k_smallest_share = 0.65;         // of the full text size
constexpr double k_smallest_px = 8.0;             // the small text (notes, caption)
constexpr double k_smallest_unit_px = 9.0;        // the body text
constexpr double k_on_screen_height_px = 600.0;   // replaced by the contents' height

QFont pixelFont(double px, bool bold = false)
{
  QFont font;
  font.setPixelSize(std::max(1, static_cast<int>(std::lround(px))));
  font.setBold(bold);
  return font;
}

double textHeight(const QFont& font, double width, const QString& text)
{
  if (text.isEmpty())
    return 0;
  const QRectF r = QFontMetricsF(font).boundingRect(QRectF(0, 0, std::max(width, 1.0), 1e7),
                                                    Qt::TextWordWrap | Qt::AlignLeft, text);
  return std::ceil(r.height());
}

double textWidth(const QFont& font, const QString& text)
{
  return std::ceil(QFontMetricsF(font).horizontalAdvance(text));
}

// A header wraps between its words, never inside one.
double widestWord(const QFont& font, const QString& text)
{
  double widest = 0;
  for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
    widest = std::max(widest, textWidth(font, word));
  return widest;
}

struct Attempt {
  AbFigureLayout layout;
  bool fits = false;
  bool tooWide = false;   // the numbers leave the design column less than its share
};

// The design column's share of the width: what the text shrinks for first, and what it may come
// down to before a figure is refused.
constexpr double k_design_shares[] = {0.22, 0.12};

// Everything measured and placed at one body text size `unit`; `shown` are the rows to draw, in
// order; `omitted` (may be empty) is a line after them. Without `paged` everything must fit on one
// canvas; an unbounded canvas (on-screen) takes the contents' height. The design column gets at
// least `designShare` of the width.
Attempt place(const AbFigureInput& in, const FigureOptions& options, const QString& caption, QSizeF canvas, double unit,
              const std::vector<int>& shown, const QString& omitted, bool paged, double designShare)
{
  Attempt out;
  AbFigureLayout& l = out.layout;
  const bool grows = options.preset == FigurePreset::OnScreen;
  const double pad = std::max(figure_options::margin_px(options.preset),
                              0.04 * std::min(canvas.width(), canvas.height()));
  const double contentW = canvas.width() - 2 * pad;
  const double gap = 0.7 * unit, lineGap = 0.25 * unit;
  l.title = pixelFont(1.5 * unit, true);
  l.body = pixelFont(unit);
  l.bold = pixelFont(unit, true);
  l.small = pixelFont(std::max(0.8 * unit, k_smallest_px));
  l.cellPadding_px = 0.5 * unit;
  l.cellPaddingV_px = 0.3 * unit;
  const double cellV = l.cellPaddingV_px;

  // Columns: the numbers as wide as their widest cell, the design column the rest.
  l.headers = ab_figure_layout::headers(in.split);
  for (const AbFigureRow& row : in.rows)
    l.cells.push_back(ab_figure_layout::cells(row, in.split));
  const int columns = static_cast<int>(l.headers.size());
  l.columnWidth.assign(columns, 0.0);
  for (int c = 1; c < columns; ++c) {
    double w = widestWord(l.bold, l.headers[c]);
    for (int r : shown)
      w = std::max(w, textWidth(in.rows[r].optimum ? l.bold : l.body, l.cells[r][c]));
    l.columnWidth[c] = w + 2 * l.cellPadding_px;
  }
  double numbersW = 0;
  for (int c = 1; c < columns; ++c)
    numbersW += l.columnWidth[c];
  l.columnWidth[0] = contentW - numbersW;
  if (l.columnWidth[0] < std::max(designShare * contentW, 5 * unit)) {
    out.tooWide = true;
    return out;
  }
  double x = pad;
  for (int c = 0; c < columns; ++c) {
    l.columnX.push_back(x);
    x += l.columnWidth[c];
  }

  const double bottom = grows ? std::numeric_limits<double>::infinity() : canvas.height() - pad;
  double y = pad;
  l.pages.emplace_back();
  const auto add = [&](Kind kind, const QFont& font, const QString& text, double spaceAfter) {
    if (text.isEmpty())
      return true;
    const double h = textHeight(font, contentW, text);
    if (y + h > bottom)
      return false;
    l.pages.back().blocks.push_back({kind, QRectF(pad, y, contentW, h), font, text});
    y += h + spaceAfter;
    return true;
  };
  const auto rowHeight = [&](int r) {
    return textHeight(in.rows[r].optimum ? l.bold : l.body, l.columnWidth[0] - 2 * l.cellPadding_px, in.rows[r].design) +
           2 * cellV;
  };
  double headerH = 0;
  for (int c = 0; c < columns; ++c)
    headerH = std::max(headerH, textHeight(l.bold, l.columnWidth[c] - 2 * l.cellPadding_px, l.headers[c]));
  headerH += 2 * cellV;
  const auto addHeaderRow = [&] {
    if (y + headerH > bottom)
      return false;
    l.pages.back().blocks.push_back({Kind::HeaderRow, QRectF(pad, y, contentW, headerH), l.bold, QString()});
    y += headerH;
    return true;
  };

  // Title and the two sets.
  const QString title = in.title.isEmpty() ? AbFigure::tr("Carbon under assumption sets A and B")
                                           : AbFigure::tr("Carbon under assumption sets A and B: %1").arg(in.title);
  if (!add(Kind::Title, l.title, title, gap))
    return out;
  l.setLabelWidth_px = textWidth(l.bold, QStringLiteral("B")) + 0.6 * unit;
  for (const auto& [kind, text] : {std::pair{Kind::SetA, in.setA}, std::pair{Kind::SetB, in.setB}}) {
    const double h = std::max(textHeight(l.body, contentW - l.setLabelWidth_px, text),
                              textHeight(l.bold, contentW, QStringLiteral("B")));
    if (y + h > bottom)
      return out;
    l.pages.back().blocks.push_back({kind, QRectF(pad, y, contentW, h), l.body, text});
    y += h + lineGap;
  }
  if (!add(Kind::Text, l.small, in.differences, gap))
    return out;

  // The table, continued on new pages when paged.
  if (!addHeaderRow())
    return out;
  for (int r : shown) {
    const double h = rowHeight(r);
    if (y + h > bottom) {
      if (!paged || l.pages.back().blocks.back().kind == Kind::HeaderRow)
        return out;
      l.pages.emplace_back();
      y = pad;
      if (!add(Kind::Note, l.small, AbFigure::tr("%1 (continued)").arg(title), lineGap) || !addHeaderRow())
        return out;
    }
    l.pages.back().blocks.push_back({Kind::Row, QRectF(pad, y, contentW, h), l.body, QString(), r});
    y += h;
  }
  y += lineGap;
  if (!add(Kind::Note, l.body, omitted, lineGap))
    return out;
  y += gap - lineGap;

  // The summary, equivalents, note and caption stay together: on a new page if they must.
  const QString captionText = options.caption ? caption : QString();
  const double footerH = textHeight(l.bold, contentW, in.summary) + textHeight(l.body, contentW, in.equivalents) +
                         textHeight(l.small, contentW, in.note) + textHeight(l.small, contentW, captionText) + 4 * gap;
  if (y + footerH > bottom && paged && footerH <= bottom - pad) {
    l.pages.emplace_back();
    y = pad;
  }
  if (!add(Kind::Emphasis, l.bold, in.summary, lineGap) || !add(Kind::Text, l.body, in.equivalents, gap) ||
      !add(Kind::Note, l.small, in.note, gap) || !add(Kind::Caption, l.small, captionText, gap))
    return out;
  // On a slide the caption is a footer at the bottom edge; on a page it stays under the figure.
  if (AbFigureBlock& last = l.pages.back().blocks.back();
      last.kind == Kind::Caption && figure_options::isSlide(options.preset))
    last.rect.moveBottom(bottom);
  l.canvas_px = grows ? QSizeF(canvas.width(), std::ceil(y - gap + pad)) : canvas;
  out.fits = true;
  return out;
}

}   // namespace

namespace ab_figure_layout {

QStringList headers(bool split)
{
  // No-break spaces keep "(B − A)" and "A → B" on one line when a header wraps.
  QStringList h{AbFigure::tr("Design"), AbFigure::tr("A, kg CO₂e"), AbFigure::tr("B, kg CO₂e"),
                AbFigure::tr("Δ kg (B − A)"), AbFigure::tr("Δ %")};
  if (split)
    h << AbFigure::tr("Embodied, kg A → B") << AbFigure::tr("Operational, kg A → B");
  return h;
}

QStringList cells(const AbFigureRow& row, bool split)
{
  using namespace carbon_delta_text;
  const int columns = split ? 7 : 5;
  QStringList c{row.design};
  if (!row.scorable) {
    c << AbFigure::tr("cannot be scored");
    while (c.size() < columns)
      c << QString();
    return c;
  }
  const double delta = row.b.total_kg - row.a.total_kg;   // as the A/B panel computes it
  c << kg(row.a.total_kg) << kg(row.b.total_kg) << signedKg(delta)
    << (row.a.total_kg > 0 ? signedPercent(delta / row.a.total_kg) : QString());
  if (split)
    c << QStringLiteral("%1 → %2").arg(kg(row.a.embodied_kg), kg(row.b.embodied_kg))
      << QStringLiteral("%1 → %2").arg(kg(row.a.operational_kg), kg(row.b.operational_kg));
  return c;
}

AbFigureLayout layout(const AbFigureInput& input, const FigureOptions& options, const QString& caption, bool paged)
{
  const QSizeF canvas = figure_options::canvasSize_px(options, QSize(static_cast<int>(k_on_screen_width_px),
                                                                     static_cast<int>(k_on_screen_height_px)));
  const double pad = std::max(figure_options::margin_px(options.preset),
                              0.04 * std::min(canvas.width(), canvas.height()));
  double unit = std::clamp((canvas.width() - 2 * pad) / k_width_per_unit, k_min_unit_px, k_max_unit_px);
  if (options.presentation)
    unit = std::min(unit * k_presentation_factor, k_presentation_max_unit_px);
  const double smallest = std::max(unit * k_smallest_share, k_smallest_unit_px);
  std::vector<double> units;   // from the full size down to the smallest, which is always tried
  for (double u = unit; u > smallest; u *= k_shrink_step)
    units.push_back(u);
  units.push_back(smallest);

  std::vector<int> all(input.rows.size());
  for (std::size_t r = 0; r < input.rows.size(); ++r)
    all[r] = static_cast<int>(r);
  std::vector<int> pinned, optima;
  for (int r : all)
    (input.rows[r].optimum ? optima : pinned).push_back(r);
  for (double share : k_design_shares) {
    // Shrink the text until everything fits on one canvas.
    double widestFit = 0;   // the largest text at which the columns fit across
    for (double u : units) {
      const Attempt a = place(input, options, caption, canvas, u, all, QString(), false, share);
      if (a.fits)
        return a.layout;
      if (!a.tooWide && widestFit == 0)
        widestFit = u;
    }
    if (widestFit == 0)
      continue;
    // More pages at that text size: shrinking further no longer buys anything.
    if (paged) {
      if (Attempt a = place(input, options, caption, canvas, widestFit, all, QString(), true, share); a.fits)
        return a.layout;
      continue;
    }
    // One picture at the smallest text, with fewer pinned designs.
    for (auto keep = static_cast<int>(pinned.size()) - 1; keep >= 0; --keep) {
      std::vector<int> shown(pinned.begin(), pinned.begin() + keep);
      shown.insert(shown.end(), optima.begin(), optima.end());
      const int left = static_cast<int>(pinned.size()) - keep;
      const QString omitted = AbFigure::tr("%n more pinned design(s) do not fit on this figure; a PDF lists them all.",
                                           "", left);
      if (Attempt a = place(input, options, caption, canvas, smallest, shown, omitted, false, share); a.fits) {
        a.layout.omittedRows = left;
        return a.layout;
      }
    }
  }
  AbFigureLayout failed;
  failed.canvas_px = canvas;
  failed.overflow = true;
  return failed;
}

}   // namespace ab_figure_layout

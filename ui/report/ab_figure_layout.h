#pragma once
// Where everything goes on the A/B figure (ab_figure_input.h), in layout px (96 dpi) on the canvas
// of a FigureOptions preset (ui/export/figure_options.h): the title, sets A and B, the table, the
// panel's summary, the everyday equivalents, the table's note and the assumptions caption, top to
// bottom. Pure arithmetic on texts and fonts: no painting.
//
// Text size follows the figure's width (a slide gets slide-sized text, a page print-sized), larger
// in presentation style. Long tables, so that no text is ever cut off:
//  - first the text shrinks, down to 65 % of its size (9 px at least; presentation style on a
//    narrow page thus ends up near the ordinary size: the columns must fit across);
//  - still too long on a paged format (PDF), the table continues on further pages at the full
//    text size, its header repeated, the summary after its last row;
//  - still too long on a single picture (PNG, SVG), the last pinned designs are left out at the
//    smallest text and a line in the figure says how many and that a PDF lists them all (the
//    optima are always shown);
//  - a canvas too small for even that (a tiny custom size) is `overflow`, and nothing is drawn.
// The on-screen preset is 1000 px wide and as tall as its contents.
#include <QFont>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <vector>

#include "ui/export/figure_options.h"
#include "ui/report/ab_figure_input.h"

struct AbFigureBlock {
  enum class Kind { Title, SetA, SetB, Text, Emphasis, Note, HeaderRow, Row, Caption };
  Kind kind = Kind::Text;
  QRectF rect;
  QFont font;     // of the text; the table's rows use the layout's body and bold
  QString text;   // everything but the table's rows
  int row = -1;   // Row: into AbFigureInput::rows
};

struct AbFigurePage {
  std::vector<AbFigureBlock> blocks;
};

struct AbFigureLayout {
  QSizeF canvas_px;
  QFont title, body, bold, small;   // pixel-sized: they measure the same on every device
  double cellPadding_px = 0;        // inside a cell, left and right
  double cellPaddingV_px = 0;       // inside a cell, above and below
  double setLabelWidth_px = 0;      // "A" and "B" before their sets' summaries
  QStringList headers;
  std::vector<QStringList> cells;   // per row of the input, the texts of its cells
  std::vector<double> columnX, columnWidth;
  std::vector<AbFigurePage> pages;
  int omittedRows = 0;     // pinned designs left out of a single picture
  bool overflow = false;   // the canvas cannot hold the figure at the smallest text
};

namespace ab_figure_layout {

inline constexpr double k_on_screen_width_px = 1000.0;

// `paged`: the format can hold several pages (PDF). `caption` is drawn when options.caption is on.
AbFigureLayout layout(const AbFigureInput& input, const FigureOptions& options, const QString& caption, bool paged);

// The table's column headers and one row's cells, as the figure writes them.
QStringList headers(bool split);
QStringList cells(const AbFigureRow& row, bool split);

}   // namespace ab_figure_layout

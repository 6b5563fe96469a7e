#pragma once
// The A/B comparison as a figure of its own, for a slide or a paper (issue 16): title, sets A and
// B, the table (each design's total under A and B, Δ kg, Δ %, and the embodied/operational split),
// the optimum under each set and what switching saves, the everyday equivalents when the panel
// shows them, and the assumptions caption when options.caption is on. Sized and dressed like the
// plots' export (ui/export/figure_options.h): the preset's canvas and margins, the PNG dpi, the PDF
// page; presentation style = larger text, black ink and Okabe–Ito colours for the deltas (the sign
// is always written too, so colour is never the only cue). Laid out by ab_figure_layout.h, which
// also says how a long table is fitted (several PDF pages; on a PNG/SVG the last pinned designs
// are left out and the figure says so).
//
// PNG, SVG or PDF by the file's suffix. SVG and PDF are text and shapes only: no embedded image.
// Written through QSaveFile: a failure leaves no half-written file and keeps any previous one.
// GUI thread (fonts are measured).
#include <QString>

#include "ui/export/figure_options.h"
#include "ui/report/ab_figure_input.h"

// Empty on success; otherwise a translated message naming the file and the problem. `caption`
// (figure_caption.h, both sets) is drawn when options.caption is on.
QString exportAbFigure(const AbFigureInput& input, const QString& path, const FigureOptions& options = {},
                       const QString& caption = {});

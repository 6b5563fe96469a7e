#pragma once
// The design-review report (issue 16) as one self-contained HTML file: a plain-language summary,
// the date (ISO 8601 with the time-zone offset) and app version, the assumptions and limits in
// force, the search, the chosen designs with their breakdowns, print figures (inline SVG), the
// Pareto front, and the sweep and A/B sections when there are any. The same HTML, with the figures
// as document images, makes the PDF (report_pdf.h).
#include <QString>

#include "ui/report/report_figures.h"
#include "ui/report/report_input.h"

// The report as HTML text. Throws what the core throws for settings it cannot describe.
QString htmlReport(const ReportInput& input, report_figures::Embed embed = report_figures::Embed::InlineSvg);
// Writes it atomically (QSaveFile). Returns an empty string on success, else the error to show;
// on failure no file is left at `path` (an older one is kept).
QString writeHtmlReport(const QString& path, const ReportInput& input);

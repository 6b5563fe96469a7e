#pragma once
// The design-review report as a PDF (issue 16): the report's HTML laid out by QTextDocument on A4
// portrait pages with print margins and page numbers, the figures as high-resolution images, and
// page breaks before the larger sections. Written atomically (QSaveFile): a failure leaves no file
// at the path (an older one is kept). GUI thread (QTextDocument and fonts).
#include <QString>

#include "ui/report/report_input.h"

namespace report_pdf {

inline constexpr double k_margin_mm = 18.0;
inline constexpr double k_body_font_pt = 9.0;

}   // namespace report_pdf

// Empty on success, else the error to show.
QString writePdfReport(const QString& path, const ReportInput& input);

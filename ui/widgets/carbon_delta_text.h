#pragma once
// How the A/B comparison writes its numbers, shared by the A/B panel's table and the A/B figure
// (ui/report/ab_figure_export.h) so that a figure shows exactly what the panel shows: totals to
// four significant digits, deltas with an explicit sign, relative deltas to 0.1 %. Locale-formatted.
#include <QString>

namespace carbon_delta_text {

QString kg(double kg);                // "1,234"  (QLocale, 4 significant digits)
QString signedKg(double kg);          // "+12.5", "-3.1", "0"
QString signedPercent(double frac);   // "+23.4 %" for 0.234

}   // namespace carbon_delta_text

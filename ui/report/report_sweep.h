#pragma once
// The report's sweep section (issue 16): for a finished sweep of one operational assumption, each
// pinned design's break-even (where its operational carbon overtakes its embodied carbon) and the
// values at which the carbon-optimal design changes, as two tables. Formats a ReportSweep; computes
// nothing. Translated text.
#include <QString>

#include "ui/report/report_input.h"

namespace report_sweep {

// "Grid carbon intensity"
QString parameterName(cdse::SweepParameter parameter);
// A value of the parameter with its unit: "412 g CO₂e/kWh", "4.5 years", "0.3 /s", "35 %".
QString valueText(cdse::SweepParameter parameter, double value);
// The section's body (heading excluded).
QString section(const ReportSweep& sweep);

}   // namespace report_sweep

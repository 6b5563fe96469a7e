#pragma once
// The report's sections as HTML fragments, one function each, from ReportInput values: the
// assumptions in force, the limits, the search behind the shown run, the Pareto-front table, the
// chosen designs side by side with their area, energy and carbon breakdowns, and the A/B table.
// The fragments use only what QTextDocument renders too (tables with border attributes, headings,
// paragraphs), so the same HTML makes the PDF. Pure functions; translated text.
#include <QString>

#include <optional>
#include <vector>

#include "core/carbon/carbon_settings.h"
#include "core/search/archive/search_constraints.h"
#include "ui/report/report_input.h"

namespace report_sections {

QString assumptions(const cdse::CarbonSettings& settings);
QString constraintsText(const cdse::SearchConstraints& constraints);
QString search(const ReportSearch& search);
// "Built-in estimate", "Measured table accuracy.csv (else the built-in estimate)", ...
QString accuracySourceText(const nlohmann::json& accuracy);
// The front's designs, lowest total carbon first, at most k_report_front_rows, with a note when the
// front holds more.
QString frontTable(const std::vector<SelectedDesign>& front, std::size_t frontSize);
// The chosen designs side by side (designMetrics rows), then their area, energy and carbon splits.
QString designs(const std::vector<SelectedDesign>& designs, bool equivalents);
QString ab(const AbReportSection& section);

}   // namespace report_sections

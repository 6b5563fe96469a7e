#pragma once
// A short, self-contained HTML report for presenting a design choice: the assumptions, the
// constraints, the fronts (embedded PNG) and a side-by-side table of the chosen designs.
#include <QImage>
#include <QString>

#include <vector>

#include "core/carbon/carbon_settings.h"
#include "ui/explorer/selected_design.h"
#include "core/search/archive/search_constraints.h"

struct ReportInput {
  QString scenarioTitle;
  cdse::CarbonSettings settings;
  cdse::SearchConstraints constraints;
  std::vector<SelectedDesign> designs;
  QImage frontsImage;   // may be null: the report then has no figure
  int evaluations = 0;
};

// The report as HTML text.
QString htmlReport(const ReportInput& input);
// Writes it atomically (QSaveFile). Returns an empty string on success, else the error to show.
QString writeHtmlReport(const QString& path, const ReportInput& input);

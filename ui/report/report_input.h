#pragma once
// What a design-review report is made of, as values (issue 16): the scenario, the assumptions and
// limits in force, the search behind the shown run, its Pareto front, the chosen designs, print
// figures, and optional sections (a sweep of one assumption, an A/B comparison of two assumption
// sets). Filled by the window (report_input_builder in ui/window) or by tests; the report code only
// formats it. Nothing here refers to a widget, so a report can be written from any thread that owns
// its input.
#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/analysis/carbon_sweep.h"
#include "core/carbon/carbon_settings.h"
#include "core/search/archive/search_constraints.h"
#include "ui/explorer/selected_design.h"

// At most this many Pareto-front designs are listed (the lowest-carbon ones); a note gives the rest.
inline constexpr std::size_t k_report_front_rows = 50;

// One figure drawn for print (report_figures.h): the same picture as SVG text (for HTML) and as a
// high-resolution image (for PDF). `size_px` is its size in 96-dpi layout pixels.
struct ReportFigure {
  QString caption;
  QByteArray svg;   // a whole <svg> element, without an XML prologue; may be empty
  QImage image;     // the same at a print resolution; may be null
  QSize size_px;
};

// The search that produced the shown run. Empty algorithm: no search was run (a scenario just opened).
struct ReportSearch {
  QString runName;
  QString algorithm;   // registry name, e.g. "nsga2"
  std::int64_t budget = 0;
  std::uint64_t seed = 0;
  std::size_t evaluations = 0;   // designs in the run's archive
  QString startedUtc;            // ISO 8601 or empty
  nlohmann::json accuracy;       // the scenario's accuracy-source settings ({"kind": "builtin"}, ...)
};

// A finished sweep (core::run_carbon_sweep) with the names the Sweep panel gave its designs.
struct ReportSweep {
  cdse::SweepRange range;
  cdse::CarbonSweep sweep;
  QStringList designLabels;                             // of sweep.break_evens, in order
  std::function<QString(std::size_t)> candidateLabel;   // an optimum's name ("#123"); may be empty
};

// The A/B comparison of two assumption sets, already formatted by whoever computed it (the A/B panel).
struct AbReportRow {
  QString design;
  QString totalA_kg, totalB_kg, delta_kg, deltaPercent;
};
struct AbReportSection {
  QString labelA, labelB;   // the two assumption sets' names
  std::vector<AbReportRow> rows;
  QString summary;   // one sentence
};

struct ReportInput {
  QString scenarioTitle;
  QString appVersion;      // CarbonDSE's version
  QDateTime generatedAt;   // invalid: now
  cdse::CarbonSettings settings;
  cdse::SearchConstraints constraints;
  ReportSearch search;
  std::vector<SelectedDesign> designs;   // the pinned designs (or the selected one), in pin order
  std::vector<SelectedDesign> front;     // the shown run's Pareto front (ordered by carbon here)
  std::size_t frontSize = 0;             // designs on the whole front (front may hold fewer)
  std::vector<ReportFigure> figures;
  std::optional<ReportSweep> sweep;
  std::optional<AbReportSection> ab;
  bool includeEquivalents = true;   // everyday equivalents (km by car, phone charges, tree-years) next to totals
};

#include "ui/window/report_input_builder.h"

#include <QTableWidget>

#include <algorithm>

#include "ui/ab/ab_panel.h"
#include "ui/explorer/explorer_model.h"
#include "ui/plots/fronts_view.h"
#include "ui/plots/projection_plot.h"
#include "ui/report/report_figures.h"
#include "ui/report/report_sweep.h"
#include "ui/sweep/sweep_panel.h"
#include "ui/sweep/sweep_plot.h"
#include "ui/widgets/settings_summary.h"

namespace {

ReportSearch searchOf(const ExplorerModel& model)
{
  ReportSearch search;
  for (const RunSummary& run : model.runs())
    if (run.shown) {
      search.runName = run.name;
      search.algorithm = run.algorithm;
      search.budget = run.budget;
      search.seed = run.seed;
      search.startedUtc = run.startedUtc;
    }
  search.evaluations = model.designCount();
  search.accuracy = model.scenario().accuracy;
  return search;
}

// The front's designs with the lowest total carbon, at most k_report_front_rows, lowest first.
void addFront(const ExplorerModel& model, ReportInput& input)
{
  const cdse::Archive& archive = model.archive();
  std::vector<std::size_t> front = archive.front();
  input.frontSize = front.size();
  std::stable_sort(front.begin(), front.end(), [&archive](std::size_t a, std::size_t b) {
    return archive.carbon(a).total_kg < archive.carbon(b).total_kg;
  });
  if (front.size() > k_report_front_rows)
    front.resize(k_report_front_rows);
  for (std::size_t index : front)
    if (auto info = model.designInfo(DesignRef::archive(index)))
      input.front.push_back(std::move(*info));
}

// The A/B panel's table as shown (its numbers are the core's, formatted once, in the panel).
AbReportSection abSection(const AbPanel& ab)
{
  AbReportSection section;
  section.labelA = QStringLiteral("A (%1)").arg(settingsSummary(ab.setA()));
  section.labelB = QStringLiteral("B (%1)").arg(settingsSummary(ab.setB()));
  const QTableWidget* table = ab.table();
  const auto text = [table](int row, int col) {
    const QTableWidgetItem* item = table->item(row, col);
    return item ? item->text() : QString();
  };
  for (int row = 0; row < table->rowCount(); ++row)
    section.rows.push_back({text(row, 0), text(row, 1), text(row, 2), text(row, 3), text(row, 4)});
  section.summary = ab.summaryText();
  return section;
}

}   // namespace

ReportInput buildReportInput(const ExplorerModel& model, FrontsView& fronts, const SweepPanel* sweep, const AbPanel* ab)
{
  ReportInput input;
  input.scenarioTitle = QString::fromStdString(model.scenario().title);
  input.appVersion = QStringLiteral(CARBONDSE_VERSION);
  input.generatedAt = QDateTime::currentDateTime();
  input.settings = model.carbonSettings();
  input.constraints = model.constraints();
  input.search = searchOf(model);
  // The pinned designs, or the selected one when nothing is pinned.
  std::vector<DesignRef> refs = model.pinned();
  if (refs.empty() && model.selected())
    refs.push_back(*model.selected());
  for (const auto& ref : refs)
    if (auto info = model.designInfo(ref))
      input.designs.push_back(std::move(*info));
  addFront(model, input);

  for (int i = 0; i < FrontsView::k_projection_count; ++i)
    if (ProjectionPlot* plot = fronts.projection(i))
      input.figures.push_back(report_figures::render(plot, plot->fullTitle()));
  if (sweep && sweep->shownSweep()) {
    ReportSweep s;
    s.range = sweep->shownRange();
    s.sweep = *sweep->shownSweep();
    s.designLabels = sweep->shownDesignLabels();
    s.candidateLabel = sweep->shownCandidateLabel();
    input.figures.push_back(report_figures::render(
        sweep->plot(),
        QCoreApplication::translate("HtmlReport", "Sweep: %1").arg(report_sweep::parameterName(s.range.parameter))));
    input.sweep = std::move(s);
  }
  if (ab && ab->shownComparison() && ab->table()->rowCount() > 0)
    input.ab = abSection(*ab);
  return input;
}

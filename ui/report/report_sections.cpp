#include "ui/report/report_sections.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

#include "core/carbon/carbon_tables.h"
#include "core/search/algorithms/algorithm_registry.h"
#include "ui/explorer/accuracy_origin_text.h"
#include "ui/explorer/design_metrics.h"
#include "ui/report/assumption_texts.h"
#include "ui/report/report_format.h"
#include "ui/report/report_summary.h"

using report_format::esc;
using report_format::keyValueRow;

namespace report_sections {

namespace {

constexpr double k_ms_per_s = 1e3;
constexpr double k_mj_per_j = 1e3;
constexpr double k_percent = 100.0;
constexpr int k_intensity_decimals = 1;

QString gPerKwh(double value)
{
  return HtmlReport::tr("%1 g CO₂e/kWh").arg(QLocale().toString(value, 'f', k_intensity_decimals));
}

// The figure caption says the grid the same way (assumption_texts.h); the report adds "custom".
QString gridText(const cdse::CarbonSettings& s)
{
  using assumption_texts::RegionDetail;
  if (s.grid_region.empty())
    return assumption_texts::gridIntensity(s, RegionDetail::WithSource) + HtmlReport::tr(" (a custom value)");
  try {
    return assumption_texts::gridIntensity(s, RegionDetail::WithSource);
  } catch (const std::exception&) {
    return gPerKwh(s.grid_intensity_g_per_kwh) + QStringLiteral(" (%1)").arg(QString::fromStdString(s.grid_region));
  }
}

QString fabText(const cdse::CarbonSettings& s)
{
  if (s.fab_intensity_g_per_kwh >= 0)
    return HtmlReport::tr("a custom fab grid of %1").arg(gPerKwh(s.fab_intensity_g_per_kwh));
  try {
    const auto& f = cdse::CarbonTables::instance().fab_location(s.fab_location);
    return HtmlReport::tr("%1, %2 (%3)")
        .arg(QString::fromStdString(f.name), gPerKwh(f.g_per_kwh), QString::fromStdString(f.source));
  } catch (const std::exception&) {
    return QString::fromStdString(s.fab_location);
  }
}

QString dramText(const cdse::CarbonSettings& s)
{
  const QString type = QString::fromStdString(s.dram_type).toUpper();
  if (s.dram_gb > 0)
    return HtmlReport::tr("%1, a fixed %2 GB per design").arg(type, report_format::number(s.dram_gb));
  return HtmlReport::tr("%1, sized from the model weights (the smallest real part that holds them)").arg(type);
}

QString accuracyText(const SelectedDesign& d)
{
  if (!d.evaluated || !d.invariants.accuracy_available)
    return HtmlReport::tr("no estimate");
  // Where the number came from, next to it: a measured accuracy must not read as an estimate.
  return HtmlReport::tr("%1 (%2)").arg(report_format::percent(d.invariants.accuracy * k_percent),
                                       AccuracyOriginText::word(d.invariants.accuracy_source));
}

// Area, energy and carbon splits of the evaluated designs, one column each.
QString splits(const std::vector<const SelectedDesign*>& designs, bool equivalents)
{
  QStringList headers{HtmlReport::tr("Breakdown")};
  for (const SelectedDesign* d : designs)
    headers << d->label;
  QList<QStringList> rows;
  auto add = [&](const QString& name, auto value) {
    QStringList row{name};
    for (const SelectedDesign* d : designs)
      row << value(*d);
    rows << row;
  };
  const QLocale l;
  auto mm2 = [&](double v) { return l.toString(v, 'f', 2); };
  auto mj = [&](double v) { return l.toString(v * k_mj_per_j, 'f', 3); };
  add(HtmlReport::tr("Area: PEs (mm²)"), [&](const SelectedDesign& d) { return mm2(d.invariants.area.pe_mm2); });
  add(HtmlReport::tr("Area: vector lanes (mm²)"),
      [&](const SelectedDesign& d) { return mm2(d.invariants.area.vector_mm2); });
  add(HtmlReport::tr("Area: L2 SRAM and accumulators (mm²)"),
      [&](const SelectedDesign& d) { return mm2(d.invariants.area.l2_mm2); });
  add(HtmlReport::tr("Area: global buffer (mm²)"),
      [&](const SelectedDesign& d) { return mm2(d.invariants.area.glb_mm2); });
  add(HtmlReport::tr("Area: control and wiring (mm²)"),
      [&](const SelectedDesign& d) { return mm2(d.invariants.area.control_mm2); });
  add(HtmlReport::tr("Area: DRAM interface (mm²)"),
      [&](const SelectedDesign& d) { return mm2(d.invariants.area.dram_phy_mm2); });
  add(HtmlReport::tr("Latency per inference (ms)"),
      [&](const SelectedDesign& d) { return l.toString(d.invariants.latency_s * k_ms_per_s, 'f', 3); });
  add(HtmlReport::tr("Energy: dynamic (mJ per inference)"),
      [&](const SelectedDesign& d) { return mj(d.invariants.dynamic_energy_j); });
  add(HtmlReport::tr("Energy: leakage during it (mJ)"),
      [&](const SelectedDesign& d) { return mj(d.invariants.energy_per_inference_j - d.invariants.dynamic_energy_j); });
  add(HtmlReport::tr("Embodied: chip (kg CO₂e)"),
      [](const SelectedDesign& d) { return report_format::kg(d.carbon.chip_kg); });
  add(HtmlReport::tr("Embodied: DRAM (kg CO₂e)"), [](const SelectedDesign& d) {
    return HtmlReport::tr("%1 (%2 GB)").arg(report_format::kg(d.carbon.dram_kg), report_format::number(d.carbon.dram_gb));
  });
  add(HtmlReport::tr("Embodied: packaging (kg CO₂e)"),
      [](const SelectedDesign& d) { return report_format::kg(d.carbon.packaging_kg); });
  add(HtmlReport::tr("Embodied (kg CO₂e)"),
      [](const SelectedDesign& d) { return report_format::kg(d.carbon.embodied_kg); });
  add(HtmlReport::tr("Operational: dynamic (kg CO₂e)"),
      [](const SelectedDesign& d) { return report_format::kg(d.carbon.dynamic_kg); });
  add(HtmlReport::tr("Operational: static, leakage (kg CO₂e)"),
      [](const SelectedDesign& d) { return report_format::kg(d.carbon.static_kg); });
  add(HtmlReport::tr("Operational (kg CO₂e)"),
      [](const SelectedDesign& d) { return report_format::kg(d.carbon.operational_kg); });
  add(HtmlReport::tr("Total (kg CO₂e)"), [](const SelectedDesign& d) { return report_format::kg(d.carbon.total_kg); });
  if (equivalents)
    add(HtmlReport::tr("Total, in everyday terms"),
        [](const SelectedDesign& d) { return report_summary::equivalentsText(d.carbon.total_kg); });
  QList<bool> numeric{false};
  for (std::size_t i = 0; i < designs.size(); ++i)
    numeric << true;
  return report_format::gridTable(headers, rows, numeric);
}

}   // namespace

QString assumptions(const cdse::CarbonSettings& s)
{
  const QLocale l;
  QString html = report_format::keyValueTableStart();
  html += keyValueRow(HtmlReport::tr("Grid carbon intensity"), gridText(s));
  html += keyValueRow(HtmlReport::tr("Lifetime"), HtmlReport::tr("%1 years").arg(l.toString(s.lifetime_years, 'g', 4)));
  html += keyValueRow(HtmlReport::tr("Inference rate"), HtmlReport::tr("%1 inferences per second (%L2 over the lifetime)")
                                                            .arg(report_format::number(s.inferences_per_second))
                                                            .arg(std::llround(s.inferences_over_lifetime())));
  html += keyValueRow(HtmlReport::tr("Duty cycle (powered on)"),
                      QStringLiteral("%1 %").arg(report_format::percent(s.duty_cycle * k_percent)));
  html += keyValueRow(HtmlReport::tr("Leakage (static energy)"), s.include_static
                                                                     ? HtmlReport::tr("on: counted while powered")
                                                                     : HtmlReport::tr("off: dynamic energy only"));
  html += keyValueRow(HtmlReport::tr("Idle power (power gating)"),
                      HtmlReport::tr("%1 % of the leakage while powered but idle")
                          .arg(report_format::percent(s.idle_power_fraction * k_percent)));
  html += keyValueRow(HtmlReport::tr("Fab"), fabText(s));
  html += keyValueRow(HtmlReport::tr("Technology node"),
                      s.node_nm > 0 ? HtmlReport::tr("%1 nm for every design (override)").arg(s.node_nm)
                                    : HtmlReport::tr("each accelerator's own"));
  html += keyValueRow(HtmlReport::tr("Fab gas abatement"), QStringLiteral("%1 %").arg(s.gas_abatement_pct));
  html += keyValueRow(HtmlReport::tr("Die yield"),
                      s.yield_model == cdse::YieldModel::Murphy
                          ? HtmlReport::tr("from the die area (Murphy's model, the node's defect density)")
                          : HtmlReport::tr("constant, %1").arg(l.toString(s.yield, 'f', 3)));
  html += keyValueRow(HtmlReport::tr("DRAM yield"), l.toString(s.yield, 'f', 3));
  html += keyValueRow(HtmlReport::tr("DRAM"), dramText(s));
  html += keyValueRow(HtmlReport::tr("Packaging"),
                      s.include_packaging
                          ? HtmlReport::tr("included, %1 kg CO₂e per chip").arg(report_format::kg(s.packaging_kg))
                          : HtmlReport::tr("not included"));
  html += keyValueRow(HtmlReport::tr("Amortisation"),
                      s.amortize ? HtmlReport::tr("on: embodied carbon × lifetime / hardware lifetime of %1 years")
                                       .arg(l.toString(s.hardware_lifetime_years, 'g', 4))
                                 : HtmlReport::tr("off: the whole embodied carbon is counted"));
  return html + QStringLiteral("</table>\n");
}

QString constraintsText(const cdse::SearchConstraints& c)
{
  QStringList parts;
  if (c.max_latency_s)
    parts << HtmlReport::tr("latency ≤ %1 ms").arg(report_format::number(*c.max_latency_s * k_ms_per_s));
  if (c.max_area_mm2)
    parts << HtmlReport::tr("area ≤ %1 mm²").arg(report_format::number(*c.max_area_mm2));
  if (c.max_peak_tops)
    parts << HtmlReport::tr("peak TOPS ≤ %1").arg(report_format::number(*c.max_peak_tops));
  if (c.min_accuracy)
    parts << HtmlReport::tr("accuracy ≥ %1 %").arg(report_format::number(*c.min_accuracy * k_percent));
  if (c.max_total_carbon_kg)
    parts << HtmlReport::tr("total carbon ≤ %1 kg").arg(report_format::number(*c.max_total_carbon_kg));
  if (c.max_energy_per_inference_j)
    parts << HtmlReport::tr("energy ≤ %1 mJ").arg(report_format::number(*c.max_energy_per_inference_j * k_mj_per_j));
  return parts.isEmpty() ? HtmlReport::tr("none") : parts.join(QStringLiteral(", "));
}

QString accuracySourceText(const nlohmann::json& a)
{
  const std::string kind = a.is_object() ? a.value("kind", std::string("builtin")) : std::string("builtin");
  if (kind == "builtin")
    return HtmlReport::tr("built-in estimate (published accuracies and pruning calibration)");
  if (kind == "measured") {
    const QString file = QString::fromStdString(a.value("file", std::string()));
    return a.value("fallback", std::string("none")) == "builtin"
               ? HtmlReport::tr("measured table %1, else the built-in estimate").arg(file)
               : HtmlReport::tr("measured table %1").arg(file);
  }
  if (kind == "external") {
    QStringList command;
    if (a.contains("command") && a["command"].is_array())
      for (const auto& part : a["command"])
        if (part.is_string())
          command << QString::fromStdString(part.get<std::string>());
    return a.value("backend", std::string()) == "slurm"
               ? HtmlReport::tr("external evaluator on SLURM: %1").arg(command.join(QLatin1Char(' ')))
               : HtmlReport::tr("external evaluator: %1").arg(command.join(QLatin1Char(' ')));
  }
  return QString::fromStdString(kind);
}

QString search(const ReportSearch& s)
{
  QString html = report_format::keyValueTableStart();
  if (!s.runName.isEmpty())
    html += keyValueRow(HtmlReport::tr("Run"), s.runName);
  if (s.algorithm.isEmpty()) {
    html += keyValueRow(HtmlReport::tr("Algorithm"),
                        HtmlReport::tr("no search run yet (the scenario's reference designs only)"));
  } else {
    QString algorithm = s.algorithm;
    if (const auto* entry = cdse::find_algorithm(s.algorithm.toStdString()))
      algorithm = QStringLiteral("%1 (%2)").arg(QCoreApplication::translate("SearchAlgorithm", entry->title.c_str()),
                                                s.algorithm);
    html += keyValueRow(HtmlReport::tr("Algorithm"), algorithm);
    html += keyValueRow(HtmlReport::tr("Seed"), QString::number(s.seed));
    html += keyValueRow(HtmlReport::tr("Budget"), s.budget > 0 ? HtmlReport::tr("%L1 evaluations").arg(s.budget)
                                                               : HtmlReport::tr("the whole space"));
    if (!s.startedUtc.isEmpty())
      html += keyValueRow(HtmlReport::tr("Started"), s.startedUtc);
  }
  html += keyValueRow(HtmlReport::tr("Designs evaluated"), QStringLiteral("%L1").arg(s.evaluations));
  html += keyValueRow(HtmlReport::tr("Accuracy source"), accuracySourceText(s.accuracy));
  return html + QStringLiteral("</table>\n");
}

QString frontTable(const std::vector<SelectedDesign>& front, std::size_t frontSize)
{
  if (front.empty())
    return report_format::paragraph(HtmlReport::tr("The shown run has no feasible Pareto-front design yet."));
  std::vector<const SelectedDesign*> rows;
  for (const auto& d : front)
    rows.push_back(&d);
  std::stable_sort(rows.begin(), rows.end(), [](auto* a, auto* b) { return a->carbon.total_kg < b->carbon.total_kg; });
  if (rows.size() > k_report_front_rows)
    rows.resize(k_report_front_rows);
  const QLocale l;
  QList<QStringList> cells;
  for (const SelectedDesign* d : rows)
    cells << QStringList{d->label,
                         accuracyText(*d),
                         l.toString(d->invariants.latency_s * k_ms_per_s, 'f', 3),
                         l.toString(d->invariants.energy_per_inference_j * k_mj_per_j, 'f', 3),
                         l.toString(d->invariants.area_mm2, 'f', 2),
                         report_format::kg(d->carbon.embodied_kg),
                         report_format::kg(d->carbon.operational_kg),
                         report_format::kg(d->carbon.total_kg)};
  QString html = report_format::gridTable({HtmlReport::tr("Design"), HtmlReport::tr("Accuracy (%)"),
                                           HtmlReport::tr("Latency (ms)"), HtmlReport::tr("Energy (mJ)"),
                                           HtmlReport::tr("Area (mm²)"), HtmlReport::tr("Embodied (kg CO₂e)"),
                                           HtmlReport::tr("Operational (kg CO₂e)"), HtmlReport::tr("Total (kg CO₂e)")},
                                          cells, {false, true, true, true, true, true, true, true});
  const std::size_t total = std::max(frontSize, front.size());
  if (total > rows.size())
    html += report_format::paragraph(HtmlReport::tr(
                                         "The front holds %L1 designs; the %L2 with the lowest total carbon are listed.")
                                         .arg(total)
                                         .arg(rows.size()),
                                     QStringLiteral("note"));
  return html;
}

QString designs(const std::vector<SelectedDesign>& designs, bool equivalents)
{
  if (designs.empty())
    return report_format::paragraph(HtmlReport::tr("No design was selected or pinned."));
  QVector<QVector<DesignMetric>> columns;
  for (const auto& d : designs)
    columns.push_back(designMetrics(d));
  QString html = QStringLiteral(
      "<table class=\"designs\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th></th>");
  for (const auto& d : designs)
    html += QStringLiteral("<th>%1</th>").arg(esc(d.label));
  html += QStringLiteral("</tr>\n");
  qsizetype rows = 0;
  for (const auto& c : columns)
    rows = std::max(rows, c.size());
  for (qsizetype r = 0; r < rows; ++r) {
    html += QStringLiteral("<tr><th>%1</th>").arg(esc(columns[0].value(r).name));
    for (const auto& c : columns) {
      const DesignMetric m = c.value(r);
      const QString cell = m.value ? QStringLiteral("<td class=\"num\" align=\"right\" title=\"%1\">%2</td>")
                                   : QStringLiteral("<td title=\"%1\">%2</td>");
      html += cell.arg(esc(m.explanation), esc(m.text));
    }
    html += QStringLiteral("</tr>\n");
  }
  html += QStringLiteral("</table>\n");
  std::vector<const SelectedDesign*> evaluated;
  for (const auto& d : designs)
    if (d.evaluated)
      evaluated.push_back(&d);
  if (!evaluated.empty())
    html += report_format::heading(3, HtmlReport::tr("Breakdowns")) + splits(evaluated, equivalents);
  return html;
}

QString ab(const AbReportSection& section)
{
  QString html;
  if (!section.summary.isEmpty())
    html += report_format::paragraph(section.summary);
  QList<QStringList> rows;
  for (const auto& r : section.rows)
    rows << QStringList{r.design, r.totalA_kg, r.totalB_kg, r.delta_kg, r.deltaPercent};
  html += report_format::gridTable({HtmlReport::tr("Design"), HtmlReport::tr("A: %1 (kg CO₂e)").arg(section.labelA),
                                    HtmlReport::tr("B: %1 (kg CO₂e)").arg(section.labelB),
                                    HtmlReport::tr("B − A (kg CO₂e)"), HtmlReport::tr("B − A (%)")},
                                   rows, {false, true, true, true, true});
  return html;
}

}   // namespace report_sections

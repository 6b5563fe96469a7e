#include "ui/report/report_sweep.h"

#include <QLocale>

#include "ui/report/report_format.h"

namespace report_sweep {

namespace {

constexpr double k_percent = 100.0;

QString breakEvenText(const cdse::BreakEven& b, cdse::SweepParameter parameter)
{
  switch (b.kind) {
    case cdse::BreakEven::Kind::Crosses:
      return b.value ? HtmlReport::tr("operational overtakes embodied above %1").arg(valueText(parameter, *b.value))
                     : HtmlReport::tr("crosses");
    case cdse::BreakEven::Kind::OperationalAbove:
      return HtmlReport::tr("operational above embodied over the whole range");
    case cdse::BreakEven::Kind::EmbodiedAbove: return HtmlReport::tr("embodied above operational over the whole range");
    case cdse::BreakEven::Kind::NeverDiffer: return HtmlReport::tr("equal everywhere");
  }
  return {};
}

QString candidateName(const ReportSweep& s, const std::optional<std::size_t>& index)
{
  if (!index)
    return HtmlReport::tr("none within the limits");
  return s.candidateLabel ? s.candidateLabel(*index) : QStringLiteral("#%1").arg(*index);
}

}   // namespace

QString parameterName(cdse::SweepParameter parameter)
{
  switch (parameter) {
    case cdse::SweepParameter::GridIntensity: return HtmlReport::tr("Grid carbon intensity");
    case cdse::SweepParameter::LifetimeYears: return HtmlReport::tr("Lifetime");
    case cdse::SweepParameter::InferencesPerSecond: return HtmlReport::tr("Inference rate");
    case cdse::SweepParameter::DutyCycle: return HtmlReport::tr("Duty cycle");
    case cdse::SweepParameter::FabLocation: return HtmlReport::tr("Fab location");
    case cdse::SweepParameter::TechnologyNode: return HtmlReport::tr("Technology node");
  }
  return {};
}

QString valueText(cdse::SweepParameter parameter, double value)
{
  const QString v = report_format::number(parameter == cdse::SweepParameter::DutyCycle ? value * k_percent : value);
  switch (parameter) {
    case cdse::SweepParameter::GridIntensity: return HtmlReport::tr("%1 g CO₂e/kWh").arg(v);
    case cdse::SweepParameter::LifetimeYears: return HtmlReport::tr("%1 years").arg(v);
    case cdse::SweepParameter::InferencesPerSecond: return HtmlReport::tr("%1 inferences/s").arg(v);
    case cdse::SweepParameter::DutyCycle: return HtmlReport::tr("%1 % powered on").arg(v);
    case cdse::SweepParameter::FabLocation: return HtmlReport::tr("a fab at %1 g CO₂e/kWh").arg(v);
    case cdse::SweepParameter::TechnologyNode: return HtmlReport::tr("%1 nm").arg(v);
  }
  return v;
}

namespace {

// A categorical sweep: one row per category with the optimum and each design's total.
QString categorySection(const ReportSweep& s)
{
  const std::vector<cdse::SweepCategory> categories = cdse::sweep_range_categories(s.range);
  QStringList names;
  for (const auto& c : categories)
    names << QString::fromStdString(c.name);
  QString html = report_format::paragraph(
      HtmlReport::tr("%1 compared over %n categories (%2); every other assumption as above.", nullptr,
                     static_cast<int>(categories.size()))
          .arg(parameterName(s.range.parameter), names.join(QStringLiteral(", "))));
  QStringList header{parameterName(s.range.parameter)};
  const bool withOptimum = !s.sweep.steps.empty() && s.candidateLabel;
  if (withOptimum)
    header << HtmlReport::tr("Carbon-optimal design") << HtmlReport::tr("Its total (kg CO₂e)");
  for (const QString& label : s.designLabels)
    header << HtmlReport::tr("%1 total (kg CO₂e)").arg(label);
  QList<bool> numeric{false};
  if (withOptimum)
    numeric << false << true;
  for (qsizetype i = 0; i < s.designLabels.size(); ++i)
    numeric << true;
  QList<QStringList> rows;
  for (std::size_t k = 0; k < s.sweep.steps.size(); ++k) {
    const auto& step = s.sweep.steps[k];
    QStringList row{k < categories.size() ? names[static_cast<qsizetype>(k)] : QString::fromStdString(step.category)};
    if (withOptimum)
      row << candidateName(s, step.optimal)
          << (step.optimal ? report_format::number(step.optimal_carbon.total_kg) : QStringLiteral("—"));
    for (const auto& d : step.designs)
      row << report_format::number(d.total_kg);
    rows << row;
  }
  return html + report_format::gridTable(header, rows, numeric);
}

}   // namespace

QString section(const ReportSweep& s)
{
  const cdse::SweepParameter p = s.range.parameter;
  if (cdse::sweep_parameter_info(p).categorical)
    return categorySection(s);
  QString html = report_format::paragraph(
      HtmlReport::tr("%1 swept from %2 to %3 (%L4 values%5); every other assumption as above.")
          .arg(parameterName(p), valueText(p, s.range.from), valueText(p, s.range.to))
          .arg(s.range.steps)
          .arg(s.range.log_scale ? HtmlReport::tr(", log-spaced") : QString()));
  QList<QStringList> breakEvens;
  for (std::size_t i = 0; i < s.sweep.break_evens.size(); ++i)
    breakEvens << QStringList{s.designLabels.value(static_cast<qsizetype>(i), QStringLiteral("#%1").arg(i + 1)),
                              breakEvenText(s.sweep.break_evens[i], p)};
  if (!breakEvens.isEmpty())
    html += report_format::gridTable({HtmlReport::tr("Design"), HtmlReport::tr("Break-even")}, breakEvens);
  if (s.sweep.changes.empty()) {
    if (!s.sweep.steps.empty() && s.sweep.steps.front().optimal)
      html += report_format::paragraph(HtmlReport::tr("The carbon-optimal design is %1 over the whole range.")
                                           .arg(candidateName(s, s.sweep.steps.front().optimal)));
    return html;
  }
  QList<QStringList> changes;
  for (const auto& c : s.sweep.changes)
    changes << QStringList{HtmlReport::tr("%1 – %2").arg(valueText(p, c.after_value), valueText(p, c.at_value)),
                           candidateName(s, c.from), candidateName(s, c.to)};
  html += report_format::gridTable(
      {HtmlReport::tr("Optimum changes between"), HtmlReport::tr("From"), HtmlReport::tr("To")}, changes);
  return html;
}

}   // namespace report_sweep

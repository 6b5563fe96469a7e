#include "ui/report/html_report.h"

#include <QSaveFile>

#include "ui/report/report_format.h"
#include "ui/report/report_sections.h"
#include "ui/report/report_summary.h"
#include "ui/report/report_sweep.h"

using report_format::esc;
using report_format::heading;
using report_format::paragraph;

namespace {

// For browsers; QTextDocument (the PDF) reads the subset it knows and the table attributes.
const char* const k_style =
    "body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
    "table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #bbb;padding:.25em .5em;vertical-align:top}"
    "th{background-color:#f0f0f0;text-align:left}td.num{text-align:right}"
    ".summary{font-size:1.05em}.note,.meta,.caption{color:#555;font-size:.9em}"
    ".figure svg{width:100%;height:auto}"
    "@media print{body{max-width:none;margin:0}}";

QString summarySection(const ReportInput& in)
{
  QStringList sentences = report_summary::sentences(in.designs, in.settings, in.includeEquivalents);
  if (sentences.isEmpty())
    sentences << HtmlReport::tr("No design was selected or pinned: pin the designs to compare before exporting.");
  QString html = heading(2, HtmlReport::tr("Summary"));
  for (const QString& s : sentences)
    html += paragraph(s, QStringLiteral("summary"));
  return html;
}

QString notes(const ReportInput& in)
{
  QString html = heading(2, HtmlReport::tr("Notes"));
  html += paragraph(HtmlReport::tr(
      "Each accuracy names its source: estimate (the built-in formula), measured (a row of the measured table), "
      "interpolated (from that table), external (the evaluator command) or published (an unpruned checkpoint). "
      "Embodied carbon follows the ACT model (Gupta et al., ISCA 2022): "
      "chip area × carbon per area / yield, plus DRAM and packaging. Operational carbon is energy per inference × "
      "inferences × grid intensity, plus leakage while powered. Every table's source: Help ▸ About Data and Sources."));
  if (in.includeEquivalents) {
    html += paragraph(HtmlReport::tr("Everyday equivalents are reading aids, not part of any score. Source: US EPA, "
                                     "Greenhouse Gas Equivalencies Calculator."));
    html += QStringLiteral("<ul class=\"note\">\n");
    for (const QString& s : report_summary::equivalentSources())
      html += QStringLiteral("<li>%1</li>\n").arg(esc(s));
    html += QStringLiteral("</ul>\n");
  }
  return html;
}

}   // namespace

QString htmlReport(const ReportInput& in, report_figures::Embed embed)
{
  const QString title = HtmlReport::tr("CarbonDSE design review: %1").arg(in.scenarioTitle);
  const QDateTime generated = in.generatedAt.isValid() ? in.generatedAt : QDateTime::currentDateTime();
  QString html = QStringLiteral(
                     "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n<style>%2</style>"
                     "</head><body>\n")
                     .arg(esc(title), QString::fromLatin1(k_style));
  html += heading(1, title);
  html += paragraph(HtmlReport::tr("Scenario: %1. Generated %2 by CarbonDSE %3.")
                        .arg(in.scenarioTitle, report_format::isoDateTime(generated),
                             in.appVersion.isEmpty() ? HtmlReport::tr("(version unknown)") : in.appVersion),
                    QStringLiteral("meta"));
  html += summarySection(in);
  html += heading(2, HtmlReport::tr("Assumptions in force")) + report_sections::assumptions(in.settings);
  html += heading(2, HtmlReport::tr("Constraints")) + paragraph(report_sections::constraintsText(in.constraints));
  html += heading(2, HtmlReport::tr("Search")) + report_sections::search(in.search);
  html += heading(2, HtmlReport::tr("Chosen designs"), true) +
          report_sections::designs(in.designs, in.includeEquivalents);
  QString figures;
  for (std::size_t i = 0; i < in.figures.size(); ++i)
    figures += report_figures::html(in.figures[i], static_cast<int>(i), embed);
  if (!figures.isEmpty())
    html += heading(2, HtmlReport::tr("Figures"), true) + figures;
  html += heading(2, HtmlReport::tr("Pareto front of the shown run"), true) +
          report_sections::frontTable(in.front, in.frontSize);
  if (in.sweep)
    html += heading(2, HtmlReport::tr("Sweep: %1").arg(report_sweep::parameterName(in.sweep->range.parameter))) +
            report_sweep::section(*in.sweep);
  if (in.ab)
    html += heading(2, HtmlReport::tr("A/B assumptions: %1 vs %2").arg(in.ab->labelA, in.ab->labelB)) +
            report_sections::ab(*in.ab);
  html += notes(in);
  return html + QStringLiteral("</body></html>\n");
}

QString writeHtmlReport(const QString& path, const ReportInput& input)
{
  QString html;
  try {
    html = htmlReport(input);
  } catch (const std::exception& e) {
    return HtmlReport::tr("The report could not be built: %1").arg(QString::fromUtf8(e.what()));
  }
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
    return HtmlReport::tr("Cannot write %1: %2").arg(path, file.errorString());
  file.write(html.toUtf8());
  if (!file.commit())
    return HtmlReport::tr("Cannot write %1: %2").arg(path, file.errorString());
  return {};
}

#include "ui/report/html_report.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSaveFile>

#include "ui/explorer/design_metrics.h"
#include "ui/report/assumption_texts.h"

// The translation context of this file's strings (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class HtmlReport {
  Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};

namespace {


QString esc(const QString& s) { return s.toHtmlEscaped(); }

QString row(const QString& name, const QString& value)
{
  return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(name), esc(value));
}

QString assumptionsTable(const cdse::CarbonSettings& s)
{
  using namespace assumption_texts;
  const QLocale l;
  QString html = QStringLiteral("<table class=\"kv\">\n");
  html += row(HtmlReport::tr("Grid carbon intensity"), gridIntensity(s, RegionDetail::WithSource));
  html += row(HtmlReport::tr("Lifetime"), lifetime(s));
  html += row(HtmlReport::tr("Workload"), HtmlReport::tr("%1 inferences per second (%2 over the lifetime)")
                                              .arg(inferencesPerSecond(s))
                                              .arg(l.toString(s.inferences_over_lifetime(), 'g', 3)));
  html += row(HtmlReport::tr("Powered on"), dutyCycle(s));
  html += row(HtmlReport::tr("Fab"), fab(s));
  html += row(HtmlReport::tr("Technology node"), node(s));
  html += row(HtmlReport::tr("Gas abatement"), QStringLiteral("%1 %").arg(s.gas_abatement_pct));
  html += row(HtmlReport::tr("Yield"), l.toString(s.yield, 'f', 3));
  html += row(HtmlReport::tr("Packaging"),
              s.include_packaging ? HtmlReport::tr("included") : HtmlReport::tr("not included"));
  html += QStringLiteral("</table>\n");
  return html;
}

QString constraintsText(const cdse::SearchConstraints& c)
{
  const QLocale l;
  QStringList parts;
  if (c.max_latency_s)
    parts << HtmlReport::tr("latency ≤ %1 ms").arg(l.toString(*c.max_latency_s * 1e3, 'g', 4));
  if (c.max_area_mm2)
    parts << HtmlReport::tr("area ≤ %1 mm²").arg(l.toString(*c.max_area_mm2, 'g', 4));
  if (c.max_peak_tops)
    parts << HtmlReport::tr("peak TOPS ≤ %1").arg(l.toString(*c.max_peak_tops, 'g', 4));
  if (c.min_accuracy)
    parts << HtmlReport::tr("accuracy ≥ %1 %").arg(l.toString(*c.min_accuracy * 100.0, 'g', 4));
  if (c.max_total_carbon_kg)
    parts << HtmlReport::tr("total carbon ≤ %1 kg").arg(l.toString(*c.max_total_carbon_kg, 'g', 4));
  if (c.max_energy_per_inference_j)
    parts << HtmlReport::tr("energy ≤ %1 mJ").arg(l.toString(*c.max_energy_per_inference_j * 1e3, 'g', 4));
  return parts.isEmpty() ? HtmlReport::tr("none") : parts.join(QStringLiteral(", "));
}

QString designsTable(const std::vector<SelectedDesign>& designs)
{
  if (designs.empty())
    return QStringLiteral("<p>%1</p>\n").arg(esc(HtmlReport::tr("No design was selected or pinned.")));
  QVector<QVector<DesignMetric>> columns;
  for (const auto& d : designs)
    columns.push_back(designMetrics(d));
  QString html = QStringLiteral("<table class=\"designs\">\n<tr><th></th>");
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
      html += QStringLiteral("<td class=\"%1\" title=\"%2\">%3</td>")
                  .arg(m.value ? QStringLiteral("num") : QStringLiteral("txt"), esc(m.explanation), esc(m.text));
    }
    html += QStringLiteral("</tr>\n");
  }
  return html + QStringLiteral("</table>\n");
}

QString embeddedImage(const QImage& image)
{
  if (image.isNull())
    return {};
  QByteArray png;
  QBuffer buffer(&png);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "PNG");
  return QStringLiteral("<img alt=\"%1\" src=\"data:image/png;base64,%2\">\n")
      .arg(esc(HtmlReport::tr("Pareto fronts")), QString::fromLatin1(png.toBase64()));
}

}   // namespace

QString htmlReport(const ReportInput& in)
{
  QString html =
      QStringLiteral(
          "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n<style>"
          "body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
          "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;vertical-align:top}"
          "th{background:#f3f3f3;text-align:left}td.num{text-align:right}img{max-width:100%}"
          ".note{color:#666;font-size:.9em}</style></head><body>\n")
          .arg(esc(HtmlReport::tr("CarbonDSE report: %1").arg(in.scenarioTitle)));
  html += QStringLiteral("<h1>%1</h1>\n").arg(esc(HtmlReport::tr("CarbonDSE report: %1").arg(in.scenarioTitle)));
  html += QStringLiteral("<p class=\"note\">%1</p>\n")
              .arg(esc(HtmlReport::tr("Generated %1 from %2 evaluated designs.")
                           .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))
                           .arg(in.evaluations)));
  html += QStringLiteral("<h2>%1</h2>\n").arg(esc(HtmlReport::tr("Assumptions"))) + assumptionsTable(in.settings);
  html += QStringLiteral("<p>%1</p>\n").arg(esc(HtmlReport::tr("Constraints: %1").arg(constraintsText(in.constraints))));
  html += QStringLiteral("<h2>%1</h2>\n").arg(esc(HtmlReport::tr("Designs"))) + designsTable(in.designs);
  if (!in.frontsImage.isNull())
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(HtmlReport::tr("Pareto fronts"))) + embeddedImage(in.frontsImage);
  html +=
      QStringLiteral("<p class=\"note\">%1</p>\n")
          .arg(esc(HtmlReport::tr("Accuracy is an estimate unless measured. Embodied carbon follows the ACT model "
                                  "(Gupta et al., ISCA 2022); operational carbon is energy per inference × inferences × "
                                  "grid intensity plus leakage while powered. Sources of every table: resources/data.")));
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

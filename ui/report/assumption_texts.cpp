#include "ui/report/assumption_texts.h"

#include <QCoreApplication>
#include <QLocale>

#include "core/carbon/carbon_tables.h"

// Translated in the report's context: the texts keep the translations they had when they lived in
// html_report.cpp.
namespace assumption_texts {

QString gridIntensity(const cdse::CarbonSettings& s, RegionDetail detail)
{
  QString grid = QLocale().toString(s.grid_intensity_g_per_kwh, 'f', 1) + QStringLiteral(" g CO₂e/kWh");
  if (s.grid_region.empty())
    return grid;
  const auto& r = cdse::CarbonTables::instance().grid_region(s.grid_region);
  if (detail == RegionDetail::NameOnly)
    return grid + QStringLiteral(" (%1)").arg(QString::fromStdString(r.name));
  return grid + QStringLiteral(" (%1; %2, %3)")
                    .arg(QString::fromStdString(r.name), QString::fromStdString(r.source))
                    .arg(r.year);
}

QString lifetime(const cdse::CarbonSettings& s)
{
  return QCoreApplication::translate("HtmlReport", "%1 years").arg(QLocale().toString(s.lifetime_years, 'g', 4));
}

QString inferencesPerSecond(const cdse::CarbonSettings& s) { return QLocale().toString(s.inferences_per_second, 'g', 4); }

QString dutyCycle(const cdse::CarbonSettings& s)
{
  return QStringLiteral("%1 %").arg(QLocale().toString(s.duty_cycle * 100.0, 'f', 1));
}

QString fab(const cdse::CarbonSettings& s)
{
  return QString::fromStdString(cdse::CarbonTables::instance().fab_location(s.fab_location).name);
}

QString node(const cdse::CarbonSettings& s)
{
  return s.node_nm > 0 ? QStringLiteral("%1 nm").arg(s.node_nm)
                       : QCoreApplication::translate("HtmlReport", "the accelerator's own");
}

}   // namespace assumption_texts

#include "ui/widgets/settings_summary.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>
#include <vector>

#include "core/carbon/carbon_tables.h"

namespace {

class SettingsSummary {
  Q_DECLARE_TR_FUNCTIONS(SettingsSummary)
};

QString presetName(const std::vector<cdse::IntensityPreset>& table, const std::string& id)
{
  for (const auto& p : table)
    if (p.id == id)
      return QString::fromStdString(p.name);
  return QString::fromStdString(id);
}

struct Part {
  std::function<bool(const cdse::CarbonSettings&, const cdse::CarbonSettings&)> same;
  std::function<QString(const cdse::CarbonSettings&)> text;
  bool inSummary = true;   // the embodied details appear only when they differ
};

const std::vector<Part>& parts()
{
  using S = cdse::CarbonSettings;
  static const std::vector<Part> table = {
      {[](const S& a, const S& b) { return a.grid_intensity_g_per_kwh == b.grid_intensity_g_per_kwh; },
       [](const S& s) {
         const QString value =
             SettingsSummary::tr("%1 g/kWh").arg(QLocale().toString(s.grid_intensity_g_per_kwh, 'g', 4));
         if (s.grid_region.empty())
           return value;
         return SettingsSummary::tr("%1 (%2)").arg(value, presetName(cdse::CarbonTables::instance().grid_regions(),
                                                                     s.grid_region));
       }},
      {[](const S& a, const S& b) { return a.lifetime_years == b.lifetime_years; },
       [](const S& s) { return SettingsSummary::tr("%1 years").arg(QLocale().toString(s.lifetime_years, 'g', 4)); }},
      {[](const S& a, const S& b) { return a.inferences_per_second == b.inferences_per_second; },
       [](const S& s) {
         return SettingsSummary::tr("%1 inferences/s").arg(QLocale().toString(s.inferences_per_second, 'g', 3));
       }},
      {[](const S& a, const S& b) { return a.duty_cycle == b.duty_cycle && a.include_static == b.include_static; },
       [](const S& s) {
         return s.include_static ? SettingsSummary::tr("duty %1 %").arg(QLocale().toString(100 * s.duty_cycle, 'g', 3))
                                 : SettingsSummary::tr("no leakage");
       }},
      {[](const S& a, const S& b) { return a.idle_power_fraction == b.idle_power_fraction; },
       [](const S& s) {
         return SettingsSummary::tr("idle power %1 %").arg(QLocale().toString(100 * s.idle_power_fraction, 'g', 3));
       },
       false},
      {[](const S& a, const S& b) {
         return a.fab_location == b.fab_location && a.fab_intensity_g_per_kwh == b.fab_intensity_g_per_kwh;
       },
       [](const S& s) {
         if (s.fab_intensity_g_per_kwh >= 0)
           return SettingsSummary::tr("fab %1 g/kWh").arg(QLocale().toString(s.fab_intensity_g_per_kwh, 'g', 4));
         const auto& t = cdse::CarbonTables::instance();
         QString name = presetName(t.fab_locations(), s.fab_location);
         if (name == QString::fromStdString(s.fab_location))
           name = presetName(t.energy_sources(), s.fab_location);
         return SettingsSummary::tr("fab %1").arg(name);
       }},
      {[](const S& a, const S& b) { return a.node_nm == b.node_nm; },
       [](const S& s) {
         return s.node_nm == 0 ? SettingsSummary::tr("own node") : SettingsSummary::tr("%1 nm").arg(s.node_nm);
       }},
      {[](const S& a, const S& b) { return a.gas_abatement_pct == b.gas_abatement_pct; },
       [](const S& s) { return SettingsSummary::tr("gas abatement %1 %").arg(s.gas_abatement_pct); }, false},
      {[](const S& a, const S& b) { return a.yield == b.yield && a.yield_model == b.yield_model; },
       [](const S& s) {
         const QString yield = SettingsSummary::tr("yield %1 %").arg(QLocale().toString(100 * s.yield, 'g', 3));
         return s.yield_model == cdse::YieldModel::Murphy ? SettingsSummary::tr("die yield from area, DRAM %1").arg(yield)
                                                          : yield;
       },
       false},
      {[](const S& a, const S& b) { return a.dram_type == b.dram_type && a.dram_gb == b.dram_gb; },
       [](const S& s) {
         const QString type = QString::fromStdString(s.dram_type);
         return s.dram_gb > 0 ? SettingsSummary::tr("%1, %2 GB").arg(type, QLocale().toString(s.dram_gb, 'g', 4))
                              : SettingsSummary::tr("%1 sized from the weights").arg(type);
       },
       false},
      {[](const S& a, const S& b) {
         return a.include_packaging == b.include_packaging && (!a.include_packaging || a.packaging_kg == b.packaging_kg);
       },
       [](const S& s) {
         return s.include_packaging
                    ? SettingsSummary::tr("packaging %1 kg").arg(QLocale().toString(s.packaging_kg, 'g', 3))
                    : SettingsSummary::tr("no packaging");
       },
       false},
      {[](const S& a, const S& b) {
         return a.amortize == b.amortize && (!a.amortize || a.hardware_lifetime_years == b.hardware_lifetime_years);
       },
       [](const S& s) {
         return s.amortize ? SettingsSummary::tr("amortised over %1 years")
                                 .arg(QLocale().toString(s.hardware_lifetime_years, 'g', 4))
                           : SettingsSummary::tr("not amortised");
       },
       false},
  };
  return table;
}

}   // namespace

QStringList settingsSummaryParts(const cdse::CarbonSettings& settings)
{
  QStringList out;
  for (const Part& p : parts())
    if (p.inSummary)
      out << p.text(settings);
  return out;
}

QString settingsSummary(const cdse::CarbonSettings& settings)
{
  return settingsSummaryParts(settings).join(QStringLiteral(" · "));
}

QStringList settingsDifferences(const cdse::CarbonSettings& a, const cdse::CarbonSettings& b)
{
  QStringList out;
  for (const Part& p : parts())
    if (!p.same(a, b))
      out << p.text(b);
  return out;
}

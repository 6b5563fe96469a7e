#include "ui/assumptions/assumption_preset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/carbon/carbon_tables.h"
#include "core/io/input_error.h"

namespace {

[[noreturn]] void fail(const QString& where, const QString& message)
{
  throw cdse::InputError(where.toStdString(), message.toStdString());
}

QString stringField(const QJsonObject& o, const QString& key, const QString& where)
{
  const QJsonValue v = o.value(key);
  if (!v.isString() || v.toString().isEmpty())
    fail(where + QLatin1Char('.') + key, QStringLiteral("must be a non-empty string"));
  return v.toString();
}

double numberField(const QJsonObject& o, const QString& key, const QString& where, double lo, double hi)
{
  const QJsonValue v = o.value(key);
  if (!v.isDouble())
    fail(where + QLatin1Char('.') + key, QStringLiteral("must be a number"));
  const double x = v.toDouble();
  if (!(x >= lo && x <= hi))
    fail(where + QLatin1Char('.') + key, QStringLiteral("must be in [%1, %2], got %3").arg(lo).arg(hi).arg(x));
  return x;
}

}   // namespace

cdse::CarbonSettings AssumptionPreset::applyTo(const cdse::CarbonSettings& base) const
{
  cdse::CarbonSettings s = base;
  const auto& region = cdse::CarbonTables::instance().grid_region(gridRegion.toStdString(), "grid_region");
  s.grid_region = region.id;
  s.grid_intensity_g_per_kwh = region.g_per_kwh;
  s.lifetime_years = lifetimeYears;
  s.inferences_per_second = inferencesPerSecond;
  s.duty_cycle = dutyCycle;
  s.fab_location = fabLocation.toStdString();
  s.fab_intensity_g_per_kwh = -1.0;
  s.gas_abatement_pct = gasAbatementPct;
  s.yield = yield;
  return s;
}

QVector<AssumptionPreset> loadAssumptionPresets(const QString& path, const QString& language)
{
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    fail(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
  if (error.error != QJsonParseError::NoError)
    fail(path, QStringLiteral("is not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
  const QJsonValue list = doc.object().value(QStringLiteral("presets"));
  if (!list.isArray())
    fail(QStringLiteral("presets"), QStringLiteral("must be a list"));

  const auto& tables = cdse::CarbonTables::instance();
  QVector<AssumptionPreset> presets;
  const QJsonArray array = list.toArray();
  for (qsizetype i = 0; i < array.size(); ++i) {
    const QString where = QStringLiteral("presets[%1]").arg(i);
    if (!array[i].isObject())
      fail(where, QStringLiteral("must be an object"));
    const QJsonObject o = array[i].toObject();
    AssumptionPreset p;
    p.id = stringField(o, QStringLiteral("id"), where);
    p.name = stringField(o, QStringLiteral("name"), where);
    const QString localized = o.value(QStringLiteral("name_") + language).toString();
    if (!localized.isEmpty())
      p.name = localized;
    p.source = stringField(o, QStringLiteral("source"), where);
    p.gridRegion = stringField(o, QStringLiteral("grid_region"), where);
    tables.grid_region(p.gridRegion.toStdString(), (where + QStringLiteral(".grid_region")).toStdString());
    p.lifetimeYears = numberField(o, QStringLiteral("lifetime_years"), where, 0.01, 100);
    p.inferencesPerSecond = numberField(o, QStringLiteral("inferences_per_second"), where, 0, 1e6);
    p.dutyCycle = numberField(o, QStringLiteral("duty_cycle"), where, 0, 1);
    p.fabLocation = stringField(o, QStringLiteral("fab_location"), where);
    tables.fab_location(p.fabLocation.toStdString(), (where + QStringLiteral(".fab_location")).toStdString());
    p.gasAbatementPct = static_cast<int>(numberField(o, QStringLiteral("gas_abatement_pct"), where, 95, 99));
    if (p.gasAbatementPct != 95 && p.gasAbatementPct != 99)
      fail(where + QStringLiteral(".gas_abatement_pct"), QStringLiteral("must be 95 or 99"));
    p.yield = numberField(o, QStringLiteral("yield"), where, 1e-3, 1);
    presets.push_back(p);
  }
  return presets;
}

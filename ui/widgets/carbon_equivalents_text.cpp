#include "ui/widgets/carbon_equivalents_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

#include "core/carbon/carbon_equivalents.h"

namespace {

class CarbonEquivalentsText {
  Q_DECLARE_TR_FUNCTIONS(CarbonEquivalentsText)
public:
  static QString unit(const cdse::CarbonEquivalent& e, const QString& count)
  {
    if (e.id == "car_km")
      return tr("%1 km by car").arg(count);
    if (e.id == "phone_charge")
      return tr("%1 smartphone charges").arg(count);
    if (e.id == "tree_year")
      return tr("%1 tree-years of uptake").arg(count);
    return count + QLatin1Char(' ') + QString::fromStdString(e.unit);   // a row the UI does not know yet
  }
};

// Two significant figures: the factors are averages, more digits would claim a precision they lack.
QString rounded(double v)
{
  const QLocale l;
  if (v >= 100)
    return l.toString(std::round(v / std::pow(10.0, std::floor(std::log10(v)) - 1)) *
                          std::pow(10.0, std::floor(std::log10(v)) - 1),
                      'f', 0);
  return l.toString(v, 'g', 2);
}

}   // namespace

QString carbonEquivalentsText(double carbon_kg)
{
  if (!(carbon_kg > 0) || !std::isfinite(carbon_kg))
    return {};
  QStringList parts;
  for (const auto& e : cdse::carbon_equivalents())
    parts << CarbonEquivalentsText::unit(e, rounded(e.count(carbon_kg)));
  return QStringLiteral("≈ ") + parts.join(QStringLiteral(" · "));
}

QString carbonEquivalentsSources()
{
  QStringList lines;
  for (const auto& e : cdse::carbon_equivalents())
    lines << QString::fromStdString(e.source);
  return CarbonEquivalentsText::tr("Everyday equivalents (averages, not part of any score):") + QLatin1Char('\n') +
         lines.join(QLatin1Char('\n'));
}

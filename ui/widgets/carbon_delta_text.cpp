#include "ui/widgets/carbon_delta_text.h"

#include <QLocale>

namespace carbon_delta_text {

QString kg(double kg) { return QLocale().toString(kg, 'g', 4); }

QString signedKg(double kg) { return (kg > 0 ? QStringLiteral("+") : QString()) + carbon_delta_text::kg(kg); }

QString signedPercent(double frac)
{
  const double pct = 100 * frac;
  return (pct > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(pct, 'f', 1) + QStringLiteral(" %");
}

}   // namespace carbon_delta_text

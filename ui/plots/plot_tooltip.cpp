#include "ui/plots/plot_tooltip.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

#include "ui/explorer/accuracy_origin_text.h"

namespace {

// Translation context of the hover texts.
class PlotTooltip {
  Q_DECLARE_TR_FUNCTIONS(PlotTooltip)
};

QString number(double value) { return QLocale().toString(value, 'g', 4); }

QString metrics(double accuracy, cdse::AccuracyOrigin source, double latency_s, double total_kg, double embodied_kg,
                double operational_kg)
{
  // The source next to the number: a measured accuracy must not read as an estimate.
  const QString acc =
      std::isfinite(accuracy)
          ? PlotTooltip::tr("Accuracy: %1 % (%2)").arg(number(accuracy * 100.0), AccuracyOriginText::word(source))
          : PlotTooltip::tr("Accuracy: no estimate");
  return acc + QLatin1Char('\n') + PlotTooltip::tr("Latency: %1 ms").arg(number(latency_s * 1000.0)) + QLatin1Char('\n') +
         PlotTooltip::tr("Total carbon: %1 kg CO2e").arg(number(total_kg)) + QLatin1Char('\n') +
         PlotTooltip::tr("Embodied carbon: %1 kg CO2e").arg(number(embodied_kg)) + QLatin1Char('\n') +
         PlotTooltip::tr("Operational carbon: %1 kg CO2e").arg(number(operational_kg));
}

}   // namespace

QString designTooltip(const PlotPoint& p)
{
  QString status;
  if (!p.feasible)
    status = PlotTooltip::tr("Design #%1 (violates a constraint)").arg(p.archive_index);
  else if (p.on_front)
    status = PlotTooltip::tr("Design #%1 (on the Pareto front)").arg(p.archive_index);
  else
    status = PlotTooltip::tr("Design #%1 (dominated)").arg(p.archive_index);
  return status + QLatin1Char('\n') +
         metrics(p.accuracy, p.accuracy_source, p.latency_s, p.total_kg, p.embodied_kg, p.operational_kg) +
         QLatin1Char('\n') + PlotTooltip::tr("Click to select it.");
}

QString baselineTooltip(const BaselinePoint& p)
{
  const QString title = PlotTooltip::tr("Baseline design: %1").arg(p.label);
  if (!p.evaluated)
    return title + QLatin1Char('\n') + PlotTooltip::tr("Could not be evaluated: %1").arg(p.error);
  return title + QLatin1Char('\n') +
         metrics(p.accuracy, p.accuracy_source, p.latency_s, p.total_kg, p.embodied_kg, p.operational_kg) +
         QLatin1Char('\n') + PlotTooltip::tr("Click to select it.");
}

#include "ui/explorer/accuracy_origin_text.h"

#include <QLocale>

QString AccuracyOriginText::word(cdse::AccuracyOrigin origin)
{
  using cdse::AccuracyOrigin;
  switch (origin) {
    case AccuracyOrigin::Estimate: return tr("estimate");
    case AccuracyOrigin::Measured: return tr("measured");
    case AccuracyOrigin::Interpolated: return tr("interpolated");
    case AccuracyOrigin::External: return tr("external");
    case AccuracyOrigin::Published: return tr("published");
    case AccuracyOrigin::None: break;
  }
  return tr("no estimate");
}

QString AccuracyOriginText::explanation(cdse::AccuracyOrigin origin, double low_percent, double high_percent)
{
  using cdse::AccuracyOrigin;
  const QString low = QLocale().toString(low_percent, 'f', 1);
  const QString high = QLocale().toString(high_percent, 'f', 1);
  switch (origin) {
    case AccuracyOrigin::Estimate:
      return tr("Estimate, not a measurement: the built-in formula calibrated to published results "
                "(resources/data/accuracy_calibration.json); band %1–%2 %.")
          .arg(low, high);
    case AccuracyOrigin::Measured:
      return tr("Measured: this configuration is a row of the scenario's measured table; band %1–%2 % is the "
                "range of its repeated measurements.")
          .arg(low, high);
    case AccuracyOrigin::Interpolated:
      return tr("Interpolated: a Gaussian process over the scenario's measured table, not a measurement of "
                "this configuration; band %1–%2 % is its 90 % interval.")
          .arg(low, high);
    case AccuracyOrigin::External:
      return tr("External: reported by the scenario's evaluator command; band %1–%2 % as it reported.").arg(low, high);
    case AccuracyOrigin::Published:
      return tr("Published: the published accuracy of the unpruned checkpoint; band %1–%2 %.").arg(low, high);
    case AccuracyOrigin::None: break;
  }
  return tr("The scenario's accuracy source has no estimate for this model.");
}

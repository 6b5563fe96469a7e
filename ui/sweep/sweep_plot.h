#pragma once
// The sweep's plot: total carbon of each pinned design against the swept assumption (solid), its
// embodied carbon (dashed; operational is the gap between them), a dotted marker with the value at
// each break-even, the carbon-optimal design's total (thick grey) with a tick where the optimum
// changes, the current value of the assumption, and for the grid intensity the regions' values as
// labelled ticks. Draws a finished core::CarbonSweep; computes nothing.
#include <QString>
#include <QStringList>

#include <functional>

#include <qcustomplot.h>

#include "core/analysis/carbon_sweep.h"

struct SweepPlotInput {
  cdse::SweepRange range;
  cdse::CarbonSweep sweep;
  QStringList designLabels;                             // of the pinned designs, in the sweep's order
  std::function<QString(std::size_t)> candidateLabel;   // a candidate's name: "#123"
  double currentValue = 0;                              // the assumption as the sliders set it
  QString optimalCaption;                               // legend text of the optimum line ("" = no candidates)
};

class SweepPlot : public QCustomPlot {
  Q_OBJECT
public:
  explicit SweepPlot(QWidget* parent = nullptr);

  void show(const SweepPlotInput& input);
  void showMessage(const QString& text);   // nothing to plot: the reason, centred

  // For tests: the x of each design's break-even marker (NaN when it does not cross).
  const std::vector<double>& breakEvenMarkers() const { return breakEvenMarkers_; }

private:
  void addBreakEven(double x, const QColor& colour, const QString& text, int row);
  void addRegionTicks(const SweepPlotInput& input);
  QString valueText(double value) const;

  cdse::SweepParameter parameter_ = cdse::SweepParameter::GridIntensity;
  std::vector<double> breakEvenMarkers_;
};

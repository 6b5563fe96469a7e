#pragma once
// The sweep's plot: total carbon of each pinned design against the swept assumption (solid), its
// embodied carbon (dashed; operational is the gap between them), a dotted marker with the value at
// each break-even, the carbon-optimal design's total (thick grey) with a tick where the optimum
// changes, the current value of the assumption, and for the grid intensity the regions' values as
// labelled ticks. A categorical sweep (fab location, node) is drawn as bars instead: per category,
// each pinned design's embodied carbon with its operational carbon stacked on it, and the optimum's
// total as a grey bar with its name. Draws a finished core::CarbonSweep; computes nothing.
#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

#include <qcustomplot.h>

#include "core/analysis/carbon_sweep.h"

struct SweepPlotInput {
  cdse::SweepRange range;
  cdse::CarbonSweep sweep;
  QStringList designLabels;                             // of the pinned designs, in the sweep's order
  std::function<QString(std::size_t)> candidateLabel;   // a candidate's name: "#123"
  double currentValue = 0;                              // the assumption as the sliders set it
  std::vector<cdse::SweepCategory> categories;          // a categorical sweep's, in the steps' order
  std::string currentCategory;                          // the sliders' category id ("" = none)
  QString optimalCaption;                               // legend text of the optimum line ("" = no candidates)
};

class SweepPlot : public QCustomPlot {
  Q_OBJECT
public:
  explicit SweepPlot(QWidget* parent = nullptr);

  void show(const SweepPlotInput& input);
  void showMessage(const QString& text);   // nothing to plot: the reason, centred

  // For tests: the x of each design's break-even marker (NaN when it does not cross; none for a
  // categorical sweep), and a categorical sweep's tick labels.
  const std::vector<double>& breakEvenMarkers() const { return breakEvenMarkers_; }
  QStringList categoryTicks() const;

protected:
  void resizeEvent(QResizeEvent* event) override;

private:
  void addBreakEven(double x, const QColor& colour, const QString& text, int row);
  void addRegionTicks(const SweepPlotInput& input);
  void showCategories(const SweepPlotInput& input);
  void fitCategoryRange();   // the bars' y range, with room for the legend above them
  QString valueText(double value) const;

  cdse::SweepParameter parameter_ = cdse::SweepParameter::GridIntensity;
  std::vector<double> breakEvenMarkers_;
  QCPBarsGroup* barsGroup_ = nullptr;
  double categoryTop_kg_ = 0;   // the tallest bar of a categorical sweep
};

#pragma once
// The three quantities the fronts plots show, in display units (accuracy in %, latency in ms,
// total carbon in kg CO2e), and which of the three 2-D projections puts which on x, y and colour.
#include <QString>

#include "ui/explorer/front_snapshot.h"

enum class PlotQuantity { Accuracy, Latency, TotalCarbon };

struct ProjectionSpec {
  PlotQuantity x;
  PlotQuantity y;
  PlotQuantity colour;   // the third objective
};

// 0: accuracy–carbon, 1: latency–carbon, 2: accuracy–latency.
ProjectionSpec projectionSpec(int index);

// NaN when the design has no value (accuracy without an estimate).
double plotValue(PlotQuantity quantity, const PlotPoint& point);
double plotValue(PlotQuantity quantity, const BaselinePoint& point);
// Accuracy is maximised; latency and carbon are minimised.
bool higherIsBetter(PlotQuantity quantity);

// Axis titles with units, e.g. "Latency (ms)" (translated).
QString quantityAxisTitle(PlotQuantity quantity);
// Short name without unit, e.g. "latency" (translated), for legends.
QString quantityName(PlotQuantity quantity);

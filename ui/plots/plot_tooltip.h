#pragma once
// The hover text of one design in the fronts plots: its name, accuracy, latency and carbon split
// (every number straight from the snapshot, which the core computed).
#include <QString>

#include "ui/explorer/front_snapshot.h"

QString designTooltip(const PlotPoint& point);
QString baselineTooltip(const BaselinePoint& point);

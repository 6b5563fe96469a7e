#pragma once
// How the GUI names where a design's accuracy came from: one word per origin ("estimate",
// "measured", "interpolated", "external", "published"), shared by the Details panel, Compare, the
// plot tooltips, the legend and the report so all of them say the same thing, and a sentence on
// what that word means for the band (docs/models/accuracy.md).
#include <QCoreApplication>
#include <QString>

#include "core/carbon/accuracy_origin.h"

class AccuracyOriginText {
  Q_DECLARE_TR_FUNCTIONS(AccuracyOriginText)

public:
  // The word for an origin; "no estimate" for None.
  static QString word(cdse::AccuracyOrigin origin);
  // What the origin means and what its band [low, high] (in %) is.
  static QString explanation(cdse::AccuracyOrigin origin, double low_percent, double high_percent);
};

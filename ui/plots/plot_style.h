#pragma once
// Symbols and pens shared by the plots, in one place so the three projections, the legend and the
// exports look the same (their colours come from plot_palette.h).
#include <QColor>

#include <qcustomplot.h>

namespace plot_style {

// Perceptually uniform dark-purple → yellow ramp for the colour (third-objective) axis.
QCPColorGradient objectiveGradient();
// Number of colour bins: one graph per bin and class keeps 100,000 points at a few graphs.
constexpr int k_colour_bins = 24;
// Colour of bin `bin` (0 … k_colour_bins − 1); the bin past the last holds designs without a value.
QColor binColour(int bin);
QColor noValueColour();

QCPScatterStyle frontStyle(const QColor& colour);
// A front design whose accuracy is measured or published: a square, so it reads apart from the
// estimated (and interpolated) ones in any colour and in grey-scale print.
QCPScatterStyle measuredFrontStyle(const QColor& colour);
QCPScatterStyle dominatedStyle(const QColor& colour);
QCPScatterStyle infeasibleStyle();
QCPScatterStyle baselineStyle(int baseline_index);
QCPScatterStyle selectedStyle();
QCPScatterStyle pinnedStyle();
QPen staircasePen();
// The exact front's reference line and the hypervolume ceiling: dashed, neutral, under the data.
QPen exactReferencePen();
QPen constraintPen();

// `full` shortened at its end (…) to the width of `title`'s plot, so that a title never runs past
// the plot's edges (a centred text wider than its cell is cut at both ends).
QString fittedTitle(const QCPTextElement* title, const QString& full);

}   // namespace plot_style

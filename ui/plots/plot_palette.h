#pragma once
// The one definition of which colour stands for which quantity or role, wherever it is drawn: the
// fronts plots, the hypervolume trace, the Compare bars and table, the Details carbon bar, and
// therefore the exported plots. A quantity has one colour everywhere (operational carbon is the
// same blue in Details and in Compare); change it here and every view follows.
#include <QColor>

namespace plot_palette {

// Quantities (matplotlib's "tab10" hues, distinguishable by colour-blind viewers: brown vs blue).
QColor embodiedCarbon();
QColor operationalCarbon();
QColor totalCarbon();   // the total of the two, e.g. the value written over a stacked bar
QColor hypervolume();

// Roles in the fronts plots.
QColor constraint();   // limits and their labels
QColor selection();    // the ring around the selected design
QColor pinned();       // the marks of pinned designs
QColor ink();          // outlines of front points and baseline symbols, label text
QColor grid();
QColor labelBackground();   // behind plot labels: readable over the designs they may still touch
QColor leaderLine();        // from a baseline's marker to its label
QColor exactReference();    // the exact front and its hypervolume: a neutral reference, not data
QColor staircase();         // a run's 2-D front, drawn over its designs

// One design among several drawn as lines (the sweep's pinned designs): tab10 hues that are not
// already a quantity's (no brown, blue or grey), in order; wraps after four.
QColor designSeries(int index);

// The regions of a regime map, one per design that is optimal there, in order of size: light
// tints of Okabe & Ito's colours (distinguishable with every common colour-vision deficiency,
// dark text and lines stay readable on them); regimeCount() of them, then regimeOther() for the rest.
int regimeCount();
QColor regime(int index);
QColor regimeOther();

// Presentation style (exports): the high-contrast, colour-blind-safe colour that stands in for one
// of the colours above (same alpha); any other colour (the viridis bins, greys) comes back as is.
QColor presentation(const QColor& colour);

}   // namespace plot_palette

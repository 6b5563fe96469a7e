#pragma once
// What the A/B figure (ab_figure_export.h) shows, as values: the two assumption sets as the A/B
// panel summarises them, one row per design with its carbon under A and under B (the core's
// numbers, formatted by the figure the way the panel formats them, carbon_delta_text.h), and the
// panel's sentences. Filled from the panel by ui/window/ab_figure_input_builder.h, or by tests.
#include <QString>

#include <vector>

#include "core/carbon/carbon_breakdown.h"

struct AbFigureRow {
  QString design;
  cdse::CarbonBreakdown a, b;
  bool scorable = true;   // false: "cannot be scored", no numbers
  bool optimum = false;   // A's or B's optimum: drawn emphasised below the pinned designs
};

struct AbFigureInput {
  QString title;         // the scenario's title; may be empty
  QString setA, setB;    // settingsSummary() of each set
  QString differences;   // "B differs in: …", or that A and B are the same
  std::vector<AbFigureRow> rows;
  QString summary;       // the optimum under each set and what switching saves
  QString equivalents;   // the saving in everyday terms; empty when the panel shows none
  QString note;          // units and where the optimum comes from
  bool split = true;     // embodied and operational columns beside the totals
};

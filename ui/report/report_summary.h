#pragma once
// The report's plain-language summary, generated from the numbers (issue 16): the lowest-carbon
// chosen design, its total over the lifetime, and how it compares with each other chosen design in
// carbon (per cent less) and accuracy (points), e.g. "Design #361 emits 0.350 kg CO₂e over 6 years,
// 12.0 % less than Design #527, at 1.7 points lower accuracy." Also the everyday equivalents of a
// carbon total (cdse::carbon_equivalents(): km by car, smartphone charges, tree-years). Pure
// functions of their arguments; translated text.
#include <QString>
#include <QStringList>

#include <vector>

#include "core/carbon/carbon_settings.h"
#include "ui/explorer/selected_design.h"

namespace report_summary {

// Carbon differences below this fraction of the larger total read as "the same".
inline constexpr double k_same_carbon_fraction = 0.0005;
// Accuracy differences below this many percentage points read as "the same accuracy".
inline constexpr double k_same_accuracy_points = 0.05;

// Sentences in order; empty when no design was evaluated. Designs that were not evaluated are left
// out. With `equivalents`, the headline total is followed by its everyday equivalents.
QStringList sentences(const std::vector<SelectedDesign>& designs, const cdse::CarbonSettings& settings, bool equivalents);
// "≈ 1.43 km driven by an average petrol car, ≈ 28.2 smartphone charges, ≈ 0.0583 years of an urban
// tree's uptake".
QString equivalentsText(double carbon_kg);
// The unit phrase of one equivalent, translated by its id (the core's English phrase for an unknown id).
QString equivalentUnit(const std::string& id, const std::string& english);
// "US EPA, Greenhouse Gas Equivalencies Calculator ..." : the table's sources, for the notes.
QStringList equivalentSources();

}   // namespace report_summary

#pragma once
// A carbon total in everyday terms ("≈ 1.4 km by car · 28 smartphone charges"), from the core's
// EPA-sourced table (core/carbon/carbon_equivalents.h), with the units translated. Aids for
// reading a number; the user can switch them off (View ▸ Everyday Equivalents).
#include <QString>

// "≈ 1.4 km by car · 28 smartphone charges · 0.1 tree-years"; empty for a total that is not > 0.
QString carbonEquivalentsText(double carbon_kg);
// The sources of the factors, for a tooltip.
QString carbonEquivalentsSources();

#pragma once
// The carbon assumptions as short texts for people, one function per assumption, shared by the
// HTML report's table and the caption under exported figures so that both say the same thing
// the same way. Locale-formatted numbers; translated (in the report's context, where these texts
// were first written). Any thread that may use QCoreApplication::translate.
#include <QString>

#include "core/carbon/carbon_settings.h"

namespace assumption_texts {

enum class RegionDetail { NameOnly, WithSource };

// "68.0 g CO₂e/kWh", with the grid region's name (and its source and year) when one was chosen.
QString gridIntensity(const cdse::CarbonSettings& s, RegionDetail detail);
QString lifetime(const cdse::CarbonSettings& s);              // "3 years"
QString inferencesPerSecond(const cdse::CarbonSettings& s);   // "0.3171"
QString dutyCycle(const cdse::CarbonSettings& s);             // "100.0 %"
QString fab(const cdse::CarbonSettings& s);                   // the fab location's name
QString node(const cdse::CarbonSettings& s);                  // "7 nm", or "the accelerator's own"

}   // namespace assumption_texts

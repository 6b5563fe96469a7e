#pragma once
// Whole-assumption presets (resources/presets/assumption_presets.json, embedded at
// :/presets/assumption_presets.json): a named grid region, deployment and fab, with its source.
#include <QString>
#include <QVector>

#include "core/carbon/carbon_settings.h"

struct AssumptionPreset {
  QString id;
  QString name;   // in the UI language when the file has it, else English
  QString source;
  QString gridRegion;
  double lifetimeYears = 0;
  double inferencesPerSecond = 0;
  double dutyCycle = 1.0;
  QString fabLocation;
  int gasAbatementPct = 95;
  double yield = 0.875;

  // `base` with this preset's values applied (the grid intensity comes from the region table).
  cdse::CarbonSettings applyTo(const cdse::CarbonSettings& base) const;
};

// Reads presets from a JSON file (Qt resource or disk path). Throws cdse::InputError naming the
// offending field for a malformed file. `language` picks "name_<language>" when present.
QVector<AssumptionPreset> loadAssumptionPresets(const QString& path, const QString& language);

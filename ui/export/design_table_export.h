#pragma once
// Writes the designs of an archive (all of them, or only the Pareto front) as CSV or JSON, scored
// under the archive's current carbon settings. Columns: id, one per search knob, accuracy,
// accuracy_source (none, estimate, measured, interpolated, external, published), latency_s, energy_per_inference_j, area_mm2, embodied_kg, operational_kg, total_kg, feasible,
// on_front. Files are written atomically (QSaveFile): a failed export leaves no half file.
#include <QString>

#include "core/search/archive/archive.h"
#include "core/search/space/search_space.h"

enum class DesignSelection { All, Front };

struct ExportResult {
  bool ok = false;
  QString error;   // names the file and the reason when !ok
  int rows = 0;
};

ExportResult exportDesignsCsv(const QString& path, const cdse::Archive& archive, const cdse::SearchSpace& space,
                              DesignSelection which);
ExportResult exportDesignsJson(const QString& path, const cdse::Archive& archive, const cdse::SearchSpace& space,
                               DesignSelection which);

#pragma once
// The headline numbers of one design as labelled rows (accuracy, latency, energy, area, carbon
// split, design knobs), in display units. Shared by the compare table and the HTML report so
// both say the same thing the same way.
#include <QString>
#include <QVector>

#include <optional>

#include "ui/explorer/selected_design.h"

struct DesignMetric {
  enum class Better { Lower, Higher, None };
  QString name;                   // translated row label, with its unit
  std::optional<double> value;    // in display units; nullopt for text rows or "no estimate"
  QString text;                   // the cell as shown
  Better better = Better::None;   // which way is better, to mark the best column
  QString explanation;            // formula / source, for tooltips
};

// Rows in a fixed order, so several designs line up row by row.
QVector<DesignMetric> designMetrics(const SelectedDesign& design);
// "text 12 L × 8 H, FFN 2048, emb 512; vision …"
QString modelSummary(const cdse::ModelConfig& model);
// "4 × (256 × 16 PEs, 1024 KB L2), GLB 8 MB, 625 MHz, 22 nm, INT8, LPDDR4"
QString acceleratorSummary(const cdse::AcceleratorConfig& accel);

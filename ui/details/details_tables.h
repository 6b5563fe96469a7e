#pragma once
// The drill-down tables of one design as rows of cells (text, value in display units, tooltip with
// the formula and data source), and one function that puts such rows into a QTableWidget. Pure
// data → rows; the panel only chooses which table shows which rows.
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

#include "core/carbon/carbon_breakdown.h"
#include "core/carbon/carbon_settings.h"
#include "core/carbon/design_invariants.h"
#include "ui/details/op_latency.h"
#include "core/evaluation/design.h"

class QTableWidget;

struct DetailCell {
  QString text;
  std::optional<double> value;   // the number shown, in the column's unit (Qt::UserRole of the item)
  QString tooltip;               // formula and data source
};

struct DetailTable {
  QStringList headers;   // with units
  QVector<QVector<DetailCell>> rows;
  QVector<int> boldRows;   // totals and subtotals
};

// Model dimensions per encoder, then the accelerator parameters.
DetailTable designTable(const cdse::Design& design);
// Headline numbers: accuracy, latency, energy, area, peak TOPS, carbon split and band.
DetailTable summaryTable(const cdse::DesignInvariants& inv, const cdse::CarbonBreakdown& carbon);
// PEs, vector lanes, L2, GLB (mm², share %); a trailing total row.
DetailTable areaTable(const cdse::DesignInvariants& inv, const cdse::AcceleratorConfig& accel);
// MAC, register file, L2, GLB, DRAM, static (mJ per inference, share %); a trailing total row.
DetailTable energyTable(const cdse::DesignInvariants& inv, const cdse::AcceleratorConfig& accel);
// One row per operator, longest first: name, latency, share, utilisation, bound, energy, count, kind,
// group (the numbers first, so a narrow dock shows them without scrolling sideways).
DetailTable latencyTable(const OpLatencyTable& ops);
// Embodied (chip, DRAM, packaging, P5, P95) and operational (dynamic, static) carbon, kg CO2e.
DetailTable carbonTable(const cdse::CarbonBreakdown& carbon, const cdse::CarbonSettings& settings,
                        const cdse::DesignInvariants& inv);

// Replaces the table's headers and rows; numbers right-aligned, nothing editable. Units go on a
// second header line; the number columns are as wide as their contents; the label column takes
// the rest (elided, with the whole label in its tooltip), capped when the table has many columns.
void fillTable(QTableWidget* table, const DetailTable& content);

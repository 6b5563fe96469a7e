#include "ui/explorer/design_metrics.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include "ui/explorer/accuracy_origin_text.h"

// The translation context of this file's strings (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class DesignMetrics {
  Q_DECLARE_TR_FUNCTIONS(DesignMetrics)
};

namespace {


DesignMetric number(const QString& name, double value, int decimals, DesignMetric::Better better,
                    const QString& explanation)
{
  return {name, value, QLocale().toString(value, 'f', decimals), better, explanation};
}

DesignMetric text(const QString& name, const QString& value, const QString& explanation = {})
{
  return {name, std::nullopt, value, DesignMetric::Better::None, explanation};
}

}   // namespace

QString modelSummary(const cdse::ModelConfig& model)
{
  QStringList parts;
  for (const auto& e : model.encoders)
    parts << DesignMetrics::tr("%1: %2 layers × %3 heads, FFN %4, width %5")
                 .arg(QString::fromStdString(e.name))
                 .arg(e.layers)
                 .arg(e.heads)
                 .arg(e.ffn)
                 .arg(e.embed);
  return parts.join(QStringLiteral("; "));
}

// Named only when it is not the reference's weight-stationary array.
QString dataflowSuffix(cdse::Dataflow d)
{
  switch (d) {
    case cdse::Dataflow::WeightStationary: return {};
    case cdse::Dataflow::OutputStationary: return DesignMetrics::tr(", output stationary");
    case cdse::Dataflow::InputStationary: return DesignMetrics::tr(", input stationary");
    case cdse::Dataflow::Best: return DesignMetrics::tr(", best dataflow per GEMM");
  }
  return {};
}

QString acceleratorSummary(const cdse::AcceleratorConfig& a)
{
  return DesignMetrics::tr("%1 × (%2 × %3 PEs, %4 KB L2), GLB %5 MB, %6 MHz, %7 nm, %8-bit, %9")
             .arg(a.clusters)
             .arg(a.pe_width)
             .arg(a.pe_depth)
             .arg(QLocale().toString(a.l2_kb, 'g', 4))
             .arg(QLocale().toString(a.glb_mb, 'g', 4))
             .arg(QLocale().toString(a.frequency_mhz, 'g', 4))
             .arg(a.node_nm)
             .arg(a.precision_bits)
             .arg(QString::fromStdString(a.dram_type).toUpper()) +
         dataflowSuffix(a.dataflow);
}

QVector<DesignMetric> designMetrics(const SelectedDesign& d)
{
  using B = DesignMetric::Better;
  QVector<DesignMetric> rows;
  rows << text(DesignMetrics::tr("Model"), modelSummary(d.design.model))
       << text(DesignMetrics::tr("Accelerator"), acceleratorSummary(d.design.accel));
  if (!d.evaluated) {
    rows << text(DesignMetrics::tr("Status"), DesignMetrics::tr("Not evaluated: %1").arg(d.error));
    return rows;
  }
  const auto& inv = d.invariants;
  const auto& c = d.carbon;
  // The number and where it came from on separate rows, so designs of different sources still
  // line up row by row in a comparison.
  const QString band = AccuracyOriginText::explanation(inv.accuracy_source, inv.accuracy_low * 100.0,
                                                       inv.accuracy_high * 100.0);
  if (inv.accuracy_available)
    rows << number(DesignMetrics::tr("Accuracy (%)"), inv.accuracy * 100.0, 1, B::Higher, band);
  else
    rows << text(DesignMetrics::tr("Accuracy (%)"), AccuracyOriginText::word(inv.accuracy_source), band);
  rows << text(DesignMetrics::tr("Accuracy source"), AccuracyOriginText::word(inv.accuracy_source), band);
  rows << number(DesignMetrics::tr("Latency (ms)"), inv.latency_s * 1e3, 3, B::Lower,
                 DesignMetrics::tr("Simulated time of one inference"))
       << number(DesignMetrics::tr("Energy per inference (mJ)"), inv.energy_per_inference_j * 1e3, 3, B::Lower,
                 DesignMetrics::tr("Dynamic energy plus leakage during the inference"))
       << number(DesignMetrics::tr("Chip area (mm²)"), inv.area_mm2, 2, B::Lower,
                 DesignMetrics::tr("PEs, vector lanes, L2 and GLB SRAM"))
       << number(DesignMetrics::tr("Peak TOPS"), inv.peak_tops, 2, B::None,
                 DesignMetrics::tr("clusters × PE width × PE depth × 2 × frequency"))
       << number(DesignMetrics::tr("Embodied carbon (kg CO₂e)"), c.embodied_kg, 3, B::Lower,
                 DesignMetrics::tr("ACT: chip area × CPA / yield + DRAM + packaging"))
       << text(DesignMetrics::tr("Embodied P5–P95 (kg CO₂e)"),
               QStringLiteral("%1 – %2").arg(QLocale().toString(c.embodied_p5_kg, 'f', 3),
                                             QLocale().toString(c.embodied_p95_kg, 'f', 3)),
               DesignMetrics::tr("Spread of EPA, GPA, yield and fab intensity"))
       << number(DesignMetrics::tr("Operational carbon (kg CO₂e)"), c.operational_kg, 3, B::Lower,
                 DesignMetrics::tr("Energy per inference × inferences × grid intensity, plus leakage while powered"))
       << number(DesignMetrics::tr("Total carbon (kg CO₂e)"), c.total_kg, 3, B::Lower,
                 DesignMetrics::tr("Embodied + operational"))
       << number(DesignMetrics::tr("Embodied share (%)"), c.total_kg > 0 ? 100.0 * c.embodied_kg / c.total_kg : 0.0, 1,
                 B::None, DesignMetrics::tr("Embodied / total"));
  QString state = DesignMetrics::tr("feasible");
  if (!d.feasibility.feasible) {
    QStringList limits;
    for (const auto& name : cdse::violated_limit_names(d.feasibility.violated))
      limits << QString::fromStdString(name);
    state = DesignMetrics::tr("violates: %1").arg(limits.join(QStringLiteral(", ")));
  }
  if (d.on_front)
    state += DesignMetrics::tr(", on the Pareto front");
  rows << text(DesignMetrics::tr("Status"), state);
  return rows;
}

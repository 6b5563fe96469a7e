#include "ui/details/details_tables.h"

#include <QCoreApplication>
#include <QFont>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

#include "core/hardware/accumulator.h"
#include "core/hardware/dram_types.h"
#include "core/hardware/sram_banking.h"
#include "core/hardware/supply_voltage.h"
#include "ui/explorer/accuracy_origin_text.h"

namespace {

// The builders, as members of the translation context so lupdate finds their tr() calls.
class DetailsTables {
  Q_DECLARE_TR_FUNCTIONS(DetailsTables)
public:
  static QString nodeScalingNote(const cdse::AcceleratorConfig& a);
  static QString dataflowName(cdse::Dataflow d);
  static QString dataflowTip(cdse::Dataflow d);
  static DetailTable buildDesign(const cdse::Design& design);
  static DetailTable buildSummary(const cdse::DesignInvariants& inv, const cdse::CarbonBreakdown& c);
  static DetailTable buildArea(const cdse::DesignInvariants& inv, const cdse::AcceleratorConfig& a);
  static DetailTable buildEnergy(const cdse::DesignInvariants& inv, const cdse::AcceleratorConfig& a);
  static DetailTable buildLatency(const OpLatencyTable& ops);
  static DetailTable buildCarbon(const cdse::CarbonBreakdown& c, const cdse::CarbonSettings& s,
                                 const cdse::DesignInvariants& inv);
};

// A number with about `significant` significant digits, fixed notation, in the user's locale.
QString fmt(double v, int significant = 4)
{
  if (!std::isfinite(v))
    return QStringLiteral("—");
  if (v == 0)
    return QLocale().toString(0);
  const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(v))));
  const int decimals = std::clamp(significant - 1 - magnitude, 0, 6);
  return QLocale().toString(v, 'f', decimals);
}

DetailCell num(double v, const QString& tooltip = {}, int significant = 4) { return {fmt(v, significant), v, tooltip}; }
DetailCell text(const QString& t, const QString& tooltip = {}) { return {t, std::nullopt, tooltip}; }
DetailCell integer(long long v, const QString& tooltip = {})
{
  return {QLocale().toString(v), static_cast<double>(v), tooltip};
}
double share(double part, double whole) { return whole > 0 ? 100.0 * part / whole : 0.0; }

QString DetailsTables::dataflowName(cdse::Dataflow d)
{
  switch (d) {
    case cdse::Dataflow::WeightStationary: return tr("Weight stationary (ws)");
    case cdse::Dataflow::OutputStationary: return tr("Output stationary (os)");
    case cdse::Dataflow::InputStationary: return tr("Input stationary (is)");
    case cdse::Dataflow::Best: return tr("Best per GEMM (best)");
  }
  return {};
}

QString DetailsTables::dataflowTip(cdse::Dataflow d)
{
  const QString scaleSim = tr(
      " SCALE-Sim's mappings (Samajdar et al., ISPASS 2020); the Latency tab's tooltips name each "
      "GEMM's mapping.");
  switch (d) {
    case cdse::Dataflow::WeightStationary:
      return tr("The PEs hold a tile of weights; rows of activations stream through and partial sums leave the array "
                "once per reduction fold (the reference's array).") +
             scaleSim;
    case cdse::Dataflow::OutputStationary:
      return tr("Each PE accumulates one output; both operands stream through and no partial sum leaves the array.") +
             scaleSim;
    case cdse::Dataflow::InputStationary:
      return tr("The PEs hold a tile of activations; weight columns stream through.") + scaleSim;
    case cdse::Dataflow::Best:
      return tr("The array supports all three stationary dataflows; each GEMM uses the fastest (then the least "
                "energy). Double buffering holds a partial sum per PE.") +
             scaleSim;
  }
  return {};
}

QString DetailsTables::nodeScalingNote(const cdse::AcceleratorConfig& a)
{
  return a.node_nm == 22
             ? QString()
             : tr(" Scaled from 22 nm to %1 nm with node_scaling.json (Stillmaker & Baas 2017).").arg(a.node_nm);
}

}   // namespace

DetailTable DetailsTables::buildDesign(const cdse::Design& design)
{
  DetailTable t;
  t.headers = QStringList{tr("Parameter"), tr("Value"), tr("Unit")};
  const QString preset = QString::fromStdString(design.model.preset);
  for (const auto& e : design.model.encoders) {
    const QString name = QString::fromStdString(e.name);
    const QString src = tr("Dimension of the %1 stack of model preset %2 (after pruning); the full model's "
                           "dimensions are in resources/data/model_presets.json.")
                            .arg(name, preset);
    t.rows.push_back({text(tr("%1: layers").arg(name)), integer(e.layers, src), text({})});
    t.rows.push_back({text(tr("%1: attention heads").arg(name)), integer(e.heads, src), text({})});
    if (e.effective_kv_heads() != e.heads)
      t.rows.push_back({text(tr("%1: key/value heads").arg(name)), integer(e.effective_kv_heads(), src), text({})});
    t.rows.push_back({text(tr("%1: head width").arg(name)), integer(e.head_dim, src), text({})});
    t.rows.push_back({text(tr("%1: FFN width").arg(name)), integer(e.ffn, src), text({})});
    t.rows.push_back({text(tr("%1: embedding width").arg(name)), integer(e.embed, src), text({})});
    t.rows.push_back(
        {text(tr("%1: tokens").arg(name)), integer(e.tokens, tr("Sequence length of one inference.")), text({})});
  }
  const auto& a = design.accel;
  const QString knob = tr("Accelerator parameter of the design (the CATransformers edge template, generalised).");
  t.rows.push_back({text(tr("Clusters")), integer(a.clusters, knob), text({})});
  t.rows.push_back(
      {text(tr("PE array (width × depth)")),
       text(QStringLiteral("%1 × %2").arg(a.pe_width).arg(a.pe_depth),
            tr("PE array of each cluster's tensor core: %1 columns × %2 rows.").arg(a.pe_width).arg(a.pe_depth)),
       text(tr("PEs"))});
  t.rows.push_back({text(tr("Dataflow")), text(dataflowName(a.dataflow), dataflowTip(a.dataflow)), text({})});
  t.rows.push_back({text(tr("Vector lanes per cluster")),
                    integer(a.pe_width, tr("Each cluster's vector core has as many lanes as the PE array is wide.")),
                    text({})});
  t.rows.push_back({text(tr("L2 per cluster (tensor and vector core each)")), num(a.l2_kb, knob), text(tr("KB"))});
  t.rows.push_back({text(tr("L2 bandwidth per cluster")), num(a.l2_bw_words, knob), text(tr("words/cycle"))});
  const QString accumulatorTip =
      a.accumulator_rows > 0
          ? tr("%1 rows × %2 columns of %3-bit partial sums: a row block that fits keeps its partial sums out of "
               "the L2.")
                .arg(a.accumulator_rows)
                .arg(a.pe_width)
                .arg(cdse::accumulator_bits(a.precision_bits))
          : tr("No accumulator buffer: partial sums go through the L2 and its bandwidth.");
  t.rows.push_back({text(tr("Accumulator buffer per cluster")),
                    num(cdse::accumulator_bytes_per_cluster(a) / 1024.0, accumulatorTip), text(tr("KB"))});
  t.rows.push_back({text(tr("Global buffer (GLB)")), num(a.glb_mb, knob), text(tr("MB"))});
  t.rows.push_back({text(tr("GLB bandwidth")), num(a.glb_bw_words, knob), text(tr("words/cycle"))});
  const double dramWords = cdse::dram_link_words_per_cycle(a);
  const QString dramRate = tr("%1 words/cycle × %2 B/word × %3 MHz = %4 GB/s.")
                               .arg(fmt(dramWords), fmt(a.word_bytes()), fmt(a.frequency_mhz),
                                    fmt(dramWords * a.word_bytes() * a.frequency_hz() / 1e9));
  if (a.dram_channels > 0) {
    const auto& channel = cdse::dram_channel(a.dram_type);
    t.rows.push_back(
        {text(tr("DRAM channels")),
         integer(a.dram_channels, tr("%1-bit %2 channels at %3 GB/s each, in %4 DRAM packages; each channel's "
                                     "interface (PHY and I/Os) is on the die (see the Area tab).")
                                      .arg(fmt(channel.width_bits))
                                      .arg(QString::fromStdString(a.dram_type).toUpper())
                                      .arg(fmt(channel.bandwidth_bytes_per_s / 1e9))
                                      .arg(cdse::dram_packages(a.dram_type, a.dram_channels))),
         text({})});
    t.rows.push_back({text(tr("DRAM bandwidth")), num(dramWords, dramRate), text(tr("words/cycle"))});
  } else {
    t.rows.push_back(
        {text(tr("DRAM bandwidth")),
         num(dramWords, dramRate + QLatin1Char(' ') +
                            tr("An idealised link (no DRAM channels): no interface on the die, as the reference.")),
         text(tr("words/cycle"))});
  }
  t.rows.push_back({text(tr("Clock frequency")), num(a.frequency_mhz, knob), text(tr("MHz"))});
  const cdse::OperatingPoint supply = cdse::operating_point(a.node_nm, a.frequency_mhz);
  t.rows.push_back(
      {text(tr("Supply voltage")),
       num(supply.vdd_v, tr("The voltage at which the node's gate delay allows this clock (Stillmaker & Baas's "
                            "low-power fit; the tables are at 0.8 V for 625 MHz): on-chip energy × %1, leakage × %2 "
                            "(voltage_frequency.json).")
                             .arg(fmt(supply.dynamic_energy_factor), fmt(supply.leakage_factor))),
       text(tr("V"))});
  t.rows.push_back({text(tr("Technology node")),
                    integer(a.node_nm, tr("Area, energy and leakage are tabulated at 22 nm "
                                          "(technology_22nm.json) and scaled with node_scaling.json.")),
                    text(tr("nm"))});
  t.rows.push_back({text(tr("Precision")),
                    integer(a.precision_bits, tr("Word size of weights and activations; wider MACs and register "
                                                 "files are scaled with technology_22nm.json precision_scaling.")),
                    text(tr("bits"))});
  t.rows.push_back({text(tr("DRAM type")),
                    text(QString::fromStdString(a.dram_type).toUpper(),
                         tr("Access energy per bit from resources/data/dram_types.json.")),
                    text({})});
  t.rows.push_back({text(tr("DRAM capacity")),
                    a.dram_gb > 0 ? num(a.dram_gb, knob)
                                  : text(tr("sized from the weights"),
                                         tr("0 = the carbon engine rounds the model's weights up to real DRAM parts.")),
                    text(tr("GB"))});
  return t;
}

DetailTable DetailsTables::buildSummary(const cdse::DesignInvariants& inv, const cdse::CarbonBreakdown& c)
{
  DetailTable t;
  t.headers = QStringList{tr("Metric"), tr("Value"), tr("Unit")};
  // The row names where the number came from: a measured accuracy must not read as an estimate.
  const QString source = AccuracyOriginText::word(inv.accuracy_source);
  const QString accuracyName = tr("Accuracy (%1)").arg(source);
  if (inv.accuracy_available) {
    const QString band = AccuracyOriginText::explanation(inv.accuracy_source, inv.accuracy_low * 100.0,
                                                         inv.accuracy_high * 100.0);
    t.rows.push_back({text(accuracyName), num(inv.accuracy * 100.0, band), text(tr("%"))});
    t.rows.push_back(
        {text(tr("Accuracy band")),
         text(QStringLiteral("%1 – %2").arg(fmt(inv.accuracy_low * 100.0), fmt(inv.accuracy_high * 100.0)), band),
         text(tr("%"))});
  } else {
    t.rows.push_back(
        {text(tr("Accuracy")), text(source, AccuracyOriginText::explanation(inv.accuracy_source, 0, 0)), text(tr("%"))});
  }
  t.rows.push_back({text(tr("Latency")),
                    num(inv.latency_s * 1e3, tr("Analytic simulator, serial schedule: Σ over operators of cycles × "
                                                "count / frequency (see the Latency tab).")),
                    text(tr("ms"))});
  t.rows.push_back({text(tr("Energy per inference")),
                    num(inv.energy_per_inference_j * 1e3,
                        tr("Dynamic energy (accesses × per-access energy, technology_22nm.json and dram_types.json) + "
                           "leakage power × latency (see the Energy tab).")),
                    text(tr("mJ"))});
  t.rows.push_back({text(tr("Chip area")),
                    num(inv.area_mm2, tr("PEs + vector lanes + L2 + GLB + DRAM interface (see the Area tab).")),
                    text(tr("mm²"))});
  t.rows.push_back({text(tr("Peak throughput")),
                    num(inv.peak_tops, tr("clusters × PE width × PE depth × 2 × frequency (reference definition; "
                                          "vector cores not counted).")),
                    text(tr("TOPS"))});
  t.rows.push_back({text(tr("Embodied carbon")),
                    num(c.embodied_kg, tr("ACT model: area × CPA(node, fab) / yield + DRAM GB × CPS / yield + "
                                          "packaging; act_nodes.json (ACT, Gupta et al., ISCA 2022).")),
                    text(tr("kg CO₂e"))});
  t.rows.push_back({text(tr("Embodied P5 – P95")),
                    text(QStringLiteral("%1 – %2").arg(fmt(c.embodied_p5_kg), fmt(c.embodied_p95_kg)),
                         tr("Monte Carlo band over EPA, GPA, fab intensity, CPS and yield spreads (CarbonDSE "
                            "assumptions documented in act_nodes.json, fab_locations.json, dram_embodied.json).")),
                    text(tr("kg CO₂e"))});
  t.rows.push_back({text(tr("Operational carbon")),
                    num(c.operational_kg, tr("Energy per inference × inferences over the lifetime × grid intensity, "
                                             "plus idle leakage while powered on.")),
                    text(tr("kg CO₂e"))});
  t.rows.push_back({text(tr("Total carbon")), num(c.total_kg, tr("Embodied + operational.")), text(tr("kg CO₂e"))});
  t.rows.push_back(
      {text(tr("Embodied share")), num(share(c.embodied_kg, c.total_kg), tr("Embodied / total.")), text(tr("%"))});
  t.boldRows = {static_cast<int>(t.rows.size()) - 2};
  return t;
}

DetailTable DetailsTables::buildArea(const cdse::DesignInvariants& inv, const cdse::AcceleratorConfig& a)
{
  DetailTable t;
  t.headers = QStringList{tr("Component"), tr("Area (mm²)"), tr("Share (%)")};
  const auto& ar = inv.area;
  const double total = ar.total_mm2();
  const QString scale = nodeScalingNote(a);
  const QString tech = tr(" Tables: technology_22nm.json (Accelergy + CACTI 22 nm, as run by CATransformers 2025; "
                          "register files from Aladdin's flip-flop bit).");
  const long long pes = static_cast<long long>(a.clusters) * a.pe_width * a.pe_depth;
  const long long lanes = static_cast<long long>(a.clusters) * a.pe_width;
  auto row = [&](const QString& name, double mm2, const QString& formula) {
    const QString tip = formula + tech + scale;
    t.rows.push_back({text(name, tip), num(mm2, tip), num(share(mm2, total), tip, 3)});
  };
  row(tr("Tensor PEs"), ar.pe_mm2,
      tr("%1 PEs (clusters × width × depth) × PE area (%2-bit MAC + 32-entry flip-flop register file, + one weight "
         "word with double buffering).")
          .arg(QLocale().toString(pes))
          .arg(a.precision_bits));
  row(tr("Vector lanes"), ar.vector_mm2,
      tr("%1 lanes (clusters × width) × lane area (%2-bit MAC + 12-entry flip-flop register file).")
          .arg(QLocale().toString(lanes))
          .arg(a.precision_bits));
  // Banks and crossbars: core/hardware/sram_banking.h.
  const cdse::TechnologyTables& techTables = cdse::technology_for(a);
  const QString banking = tr(" Each SRAM is built of as many two-port 32-bit macros (banks) as its bandwidth needs: "
                             "B banks take the CACTI area of one macro × B^%1, plus a crossbar.")
                              .arg(fmt(1.0 - techTables.sram_area_exponent));
  row(tr("L2 SRAM and accumulators"), ar.l2_mm2,
      tr("%1 clusters × (tensor-core L2, at least the PE array's weight footprint, + vector-core L2 of %2 KB, %4 "
         "banks each for %5 B a cycle, + accumulator buffer of %3 KB in %6 banks); CACTI SRAM area interpolated by "
         "size.")
              .arg(a.clusters)
              .arg(fmt(a.l2_kb))
              .arg(fmt(cdse::accumulator_bytes_per_cluster(a) / 1024.0))
              .arg(fmt(cdse::sram_banks(techTables, cdse::l2_bytes_per_cycle(a))))
              .arg(fmt(cdse::l2_bytes_per_cycle(a)))
              .arg(fmt(cdse::sram_banks(techTables, cdse::accumulator_bytes_per_cycle(a)))) +
          banking);
  row(tr("Global buffer (GLB)"), ar.glb_mm2,
      tr("One %1 MB SRAM of %2 banks for %3 B a cycle; CACTI SRAM area interpolated by size.")
              .arg(fmt(a.glb_mb))
              .arg(fmt(cdse::sram_banks(techTables, cdse::glb_bytes_per_cycle(a))))
              .arg(fmt(cdse::glb_bytes_per_cycle(a))) +
          banking);
  if (ar.control_mm2 > 0)
    row(tr("Control and wiring"), ar.control_mm2,
        tr("Control, on-chip network, clocking and wiring: %1 % of the PEs, lanes and SRAMs above (Google TPU v1's "
           "floor plan, Jouppi et al., ISCA 2017: control and unlabelled area over buffers and compute).")
            .arg(fmt(100.0 * ar.control_mm2 / (ar.pe_mm2 + ar.vector_mm2 + ar.l2_mm2 + ar.glb_mm2))));
  if (ar.dram_phy_mm2 > 0)
    row(tr("DRAM interface (PHY)"), ar.dram_phy_mm2,
        tr("%1 channels × the PHY and I/Os of a %2-bit channel: McPAT's DDR PHY (1.3 mm² per 16 bits at 40 nm, its "
           "I/Os not shrinking with the node), dram_types.json.")
            .arg(a.dram_channels)
            .arg(fmt(cdse::dram_channel(a.dram_type).width_bits)));
  const QString totalTip = tr("Sum of the components; the embodied carbon uses this area.");
  t.rows.push_back({text(tr("Total"), totalTip), num(total, totalTip), num(share(total, total), totalTip, 3)});
  t.boldRows = {static_cast<int>(t.rows.size()) - 1};
  return t;
}

DetailTable DetailsTables::buildEnergy(const cdse::DesignInvariants& inv, const cdse::AcceleratorConfig& a)
{
  DetailTable t;
  t.headers = QStringList{tr("Component"), tr("Energy per inference (mJ)"), tr("Share (%)")};
  const auto& e = inv.energy;
  const double total = e.total_j();
  const QString scale = nodeScalingNote(a);
  auto row = [&](const QString& name, double j, const QString& formula) {
    const QString tip = formula + scale;
    t.rows.push_back({text(name, tip), num(j * 1e3, tip), num(share(j, total), tip, 3)});
  };
  row(tr("MAC units"), e.mac_j,
      tr("MACs (GEMMs) and lane operations (vector ops) × energy per operation: Accelergy integer MAC, "
         "technology_22nm.json."));
  row(tr("Register files"), e.rf_j,
      tr("PE and lane register-file reads and writes × energy per access: Accelergy register-file model, "
         "technology_22nm.json."));
  row(tr("L2 SRAM and accumulators"), e.l2_j,
      tr("L2 and accumulator-buffer reads and writes (per the chosen mapping) × energy per access of each: "
         "CACTI via Accelergy, technology_22nm.json."));
  row(tr("Global buffer (GLB)"), e.glb_j,
      tr("GLB word reads and writes × energy per access: CACTI via Accelergy, technology_22nm.json."));
  row(tr("DRAM"), e.dram_j,
      tr("Bits moved off chip (weights once per inference, spills) × %1 energy per bit, "
         "resources/data/dram_types.json.")
          .arg(QString::fromStdString(a.dram_type).toUpper()));
  row(tr("Static (leakage)"), e.static_j,
      tr("Leakage power %1 W × latency. Logic: Aladdin tables (Shao et al., ISCA 2014); SRAM: pA per bit; "
         "both in technology_22nm.json.")
          .arg(fmt(inv.static_power_w)));
  const QString totalTip = tr("Dynamic + static energy of one inference.");
  t.rows.push_back({text(tr("Total"), totalTip), num(total * 1e3, totalTip), num(share(total, total), totalTip, 3)});
  t.boldRows = {static_cast<int>(t.rows.size()) - 1};
  return t;
}

DetailTable DetailsTables::buildLatency(const OpLatencyTable& ops)
{
  DetailTable t;
  // The numbers first: in a narrow dock they are what shows without scrolling sideways.
  t.headers = QStringList{tr("Operator"),        tr("Latency (ms)"), tr("Share (%)"),
                          tr("Utilisation (%)"), tr("Bound"),        tr("Energy (mJ)"),
                          tr("Count"),           tr("Kind"),         tr("Group")};
  for (const auto& r : ops.rows) {
    const QString mapping = QString::fromStdString(r.mapping);
    const QString latencyTip = tr("%1 cycles per instance × %2 instances / clock frequency. Cycles are the larger "
                                  "of compute and each memory level's traffic ÷ bandwidth; mapping: %3.")
                                   .arg(fmt(r.cycles))
                                   .arg(r.count)
                                   .arg(mapping);
    const QString utilTip = r.macs > 0 ? tr("Useful MACs (%1) / (PEs × cycles).").arg(fmt(r.macs))
                                       : tr("Useful lane operations / (lanes × cycles).");
    const QString energyTip = tr("Dynamic energy of all instances + leakage power × this operator's latency.");
    t.rows.push_back({text(QString::fromStdString(r.name), mapping), num(r.latency_s * 1e3, latencyTip),
                      num(r.share * 100.0, tr("Operator latency / inference latency."), 3),
                      num(r.utilization * 100.0, utilTip, 3),
                      text(QString::fromStdString(r.bound), tr("What limits the operator's cycles.")),
                      num(r.energy.total_j() * 1e3, energyTip), integer(r.count, tr("Instances per inference.")),
                      text(QString::fromStdString(r.kind)), text(QString::fromStdString(r.group))});
  }
  return t;
}

DetailTable DetailsTables::buildCarbon(const cdse::CarbonBreakdown& c, const cdse::CarbonSettings& s,
                                       const cdse::DesignInvariants& inv)
{
  DetailTable t;
  t.headers = QStringList{tr("Component"), tr("Carbon (kg CO₂e)"), tr("Share of total (%)")};
  const QString amortized = s.amortize ? tr(" Amortised: × %1 / %2 years of hardware lifetime.")
                                             .arg(fmt(s.lifetime_years), fmt(s.hardware_lifetime_years))
                                       : QString();
  const QString fab = s.fab_intensity_g_per_kwh >= 0 ? tr("custom %1 g/kWh").arg(fmt(s.fab_intensity_g_per_kwh))
                                                     : QString::fromStdString(s.fab_location);
  const int node = s.node_nm != 0 ? s.node_nm : inv.node_nm;
  auto row = [&](const QString& name, double kg, const QString& tip, bool withShare = true) {
    t.rows.push_back({text(name, tip), num(kg, tip), withShare ? num(share(kg, c.total_kg), tip, 3) : text({}, tip)});
  };
  row(tr("Embodied: chip"), c.chip_kg,
      tr("ACT: area %1 mm² × CPA(%2 nm, fab %3) / yield %4; CPA = CI_fab × EPA + GPA(%5 % abatement) + MPA. "
         "act_nodes.json (ACT, Gupta et al., ISCA 2022), fab_locations.json (ACT location table).")
              .arg(fmt(inv.area_mm2))
              .arg(node)
              .arg(fab, fmt(s.yield))
              .arg(s.gas_abatement_pct) +
          (node != inv.node_nm
               ? tr(" The node assumption overrides the design's %1 nm: the area is scaled with node_scaling.json.")
                     .arg(inv.node_nm)
               : QString()) +
          amortized);
  row(tr("Embodied: DRAM"), c.dram_kg,
      tr("%1 GB of %2 × CPS / yield; dram_embodied.json (SK hynix data as tabulated by ACT, 2022).")
              .arg(fmt(c.dram_gb), QString::fromStdString(s.dram_type).toUpper()) +
          amortized);
  row(tr("Embodied: packaging"), c.packaging_kg,
      s.include_packaging ? tr("A fixed %1 kg per IC (ACT example value).").arg(fmt(s.packaging_kg)) + amortized
                          : tr("Not counted (packaging is off in the assumptions)."));
  row(tr("Embodied"), c.embodied_kg, tr("Chip + DRAM + packaging.") + amortized);
  const QString band = tr("Monte Carlo over lognormal spreads of EPA, GPA, fab intensity and CPS and a uniform "
                          "yield spread (CarbonDSE assumptions, in act_nodes.json, fab_locations.json, "
                          "dram_embodied.json).");
  row(tr("Embodied P5"), c.embodied_p5_kg, band, false);
  row(tr("Embodied P95"), c.embodied_p95_kg, band, false);
  const double n = s.inferences_over_lifetime();
  row(tr("Operational: dynamic"), c.dynamic_kg,
      tr("%1 mJ dynamic energy per inference × %2 inferences over %3 years × grid %4 g/kWh.")
          .arg(fmt(inv.dynamic_energy_j * 1e3), fmt(n), fmt(s.lifetime_years), fmt(s.grid_intensity_g_per_kwh)));
  row(tr("Operational: static"), c.static_kg,
      s.include_static
          ? tr("(Leakage energy during the inferences + %1 W leakage × idle powered-on time, duty cycle %2) × grid "
               "intensity; the idle part is %3 kg.")
                .arg(fmt(inv.static_power_w), fmt(s.duty_cycle), fmt(c.idle_static_kg))
          : tr("Not counted (static energy is off in the assumptions)."));
  row(tr("Operational"), c.operational_kg, tr("Dynamic + static."));
  if (s.include_static) {
    const QString leakage = tr("The leakage assumption at its low and high: idle power fraction and leakage power "
                               "each at its end of the range in power_gating.json (gating measurements on 65 nm "
                               "silicon; the leakage tables' ×3 uncertainty).");
    row(tr("Operational low"), c.operational_low_kg, leakage, false);
    row(tr("Operational high"), c.operational_high_kg, leakage, false);
  }
  row(tr("Total"), c.total_kg, tr("Embodied + operational."));
  t.boldRows = {3, 8, static_cast<int>(t.rows.size()) - 1};
  return t;
}

DetailTable designTable(const cdse::Design& design) { return DetailsTables::buildDesign(design); }
DetailTable summaryTable(const cdse::DesignInvariants& inv, const cdse::CarbonBreakdown& carbon)
{
  return DetailsTables::buildSummary(inv, carbon);
}
DetailTable areaTable(const cdse::DesignInvariants& inv, const cdse::AcceleratorConfig& accel)
{
  return DetailsTables::buildArea(inv, accel);
}
DetailTable energyTable(const cdse::DesignInvariants& inv, const cdse::AcceleratorConfig& accel)
{
  return DetailsTables::buildEnergy(inv, accel);
}
DetailTable latencyTable(const OpLatencyTable& ops) { return DetailsTables::buildLatency(ops); }
DetailTable carbonTable(const cdse::CarbonBreakdown& carbon, const cdse::CarbonSettings& settings,
                        const cdse::DesignInvariants& inv)
{
  return DetailsTables::buildCarbon(carbon, settings, inv);
}

namespace {

// With up to this many columns the label column takes whatever the number columns leave;
// with more, it gets a capped width and the table scrolls sideways.
constexpr int k_stretch_label_max_columns = 4;
constexpr int k_label_column_max_chars = 18;
constexpr int k_column_min_chars = 4;

// "Latency (ms)" → "Latency\n(ms)": a unit on its own line halves the width a header needs.
QString wrappedHeader(const QString& header)
{
  const int unit = header.lastIndexOf(QLatin1String(" ("));
  return unit > 0 ? header.left(unit) + QLatin1Char('\n') + header.mid(unit + 1) : header;
}

// The label column may be elided; its tooltip then still has the whole label.
QString labelToolTip(const DetailCell& cell)
{
  if (cell.tooltip.contains(cell.text))
    return cell.tooltip;
  return cell.tooltip.isEmpty() ? cell.text : cell.text + QLatin1Char('\n') + cell.tooltip;
}

void sizeColumns(QTableWidget* table)
{
  QHeaderView* header = table->horizontalHeader();
  const int charWidth = table->fontMetrics().averageCharWidth();
  header->setMinimumSectionSize(k_column_min_chars * charWidth);
  header->setSectionResizeMode(QHeaderView::ResizeToContents);
  if (table->columnCount() == 0)
    return;
  if (table->columnCount() <= k_stretch_label_max_columns) {
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    return;
  }
  header->setSectionResizeMode(0, QHeaderView::Interactive);
  table->resizeColumnToContents(0);
  header->resizeSection(0, std::min(header->sectionSize(0), k_label_column_max_chars * charWidth));
}

}   // namespace

void fillTable(QTableWidget* table, const DetailTable& content)
{
  table->clearContents();
  table->setColumnCount(static_cast<int>(content.headers.size()));
  QStringList headers;
  for (const QString& h : content.headers)
    headers << wrappedHeader(h);
  table->setHorizontalHeaderLabels(headers);
  table->setTextElideMode(Qt::ElideRight);
  table->setRowCount(static_cast<int>(content.rows.size()));
  for (int r = 0; r < content.rows.size(); ++r) {
    const bool bold = content.boldRows.contains(r);
    const auto& cells = content.rows[r];
    for (int col = 0; col < cells.size() && col < table->columnCount(); ++col) {
      const DetailCell& cell = cells[col];
      auto* item = new QTableWidgetItem(cell.text);
      item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
      if (cell.value) {
        item->setData(Qt::UserRole, *cell.value);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      }
      const QString tip = col == 0 ? labelToolTip(cell) : cell.tooltip;
      if (!tip.isEmpty())
        item->setToolTip(tip);
      if (bold) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
      }
      table->setItem(r, col, item);
    }
  }
  sizeColumns(table);
}

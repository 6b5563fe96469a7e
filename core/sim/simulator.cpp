#include "core/sim/simulator.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <memory>
#include <vector>

#include "core/sim/bounded_hash_cache.h"
#include "core/sim/gemm_cost_model.h"
#include "core/sim/hardware_view.h"
#include "core/sim/op_cost.h"
#include "core/sim/vector_cost_model.h"

namespace cdse {

const char* to_string(Bound bound)
{
  switch (bound) {
    case Bound::Compute: return "compute";
    case Bound::L2Bandwidth: return "l2-bandwidth";
    case Bound::GlbBandwidth: return "glb-bandwidth";
    case Bound::DramBandwidth: return "dram-bandwidth";
  }
  return "compute";
}

namespace {

// Op cache key within one accelerator: the op's shape.
struct ShapeKey {
  std::uint8_t kind;
  std::uint8_t b_source;
  std::int64_t a, b, c;    // m, k, n for GEMMs; elements, row_length, 0 for vector ops
  std::int64_t parallel;   // GEMMs: independent instances (they may run at once); 1 for vector ops

  bool operator==(const ShapeKey&) const = default;
};

std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
  h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  return h;
}

// Independent multiplies of each field (no serial chain: this runs for every op of every
// simulation), then one avalanche step so the low bits that pick the slot depend on every field.
struct ShapeKeyHash {
  std::size_t operator()(const ShapeKey& key) const noexcept
  {
    std::uint64_t h = ((static_cast<std::uint64_t>(key.kind) << 8) | key.b_source) ^
                      static_cast<std::uint64_t>(key.a) * 0x9e3779b97f4a7c15ull ^
                      static_cast<std::uint64_t>(key.b) * 0xc2b2ae3d27d4eb4full ^
                      static_cast<std::uint64_t>(key.c) * 0x165667b19e3779f9ull ^
                      static_cast<std::uint64_t>(key.parallel) * 0x27d4eb2f165667c5ull;
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ull;
    h ^= h >> 32;
    return static_cast<std::size_t>(h);
  }
};

std::uint64_t bits(double v)
{
  std::uint64_t u;
  std::memcpy(&u, &v, sizeof u);
  return u;
}

struct AcceleratorHash {
  std::size_t operator()(const AcceleratorConfig& a) const noexcept
  {
    std::uint64_t h = static_cast<std::uint64_t>(a.clusters);
    for (std::uint64_t v :
         {static_cast<std::uint64_t>(a.pe_width), static_cast<std::uint64_t>(a.pe_depth), bits(a.l2_kb),
          bits(a.l2_bw_words), bits(a.glb_mb), bits(a.glb_bw_words), bits(a.dram_bw_words), bits(a.frequency_mhz),
          static_cast<std::uint64_t>(a.node_nm), static_cast<std::uint64_t>(a.precision_bits), bits(a.dram_gb),
          static_cast<std::uint64_t>(a.dram_channels)})
      h = mix(h, v);
    return static_cast<std::size_t>(mix(h, std::hash<std::string>{}(a.dram_type)));
  }
};

std::string describe_mapping(const Operator& op, const OpCost& cost, const HardwareView& hw)
{
  if (op.kind != OpKind::Gemm)
    return "vector lanes ×" + std::to_string(static_cast<long long>(hw.lanes));
  // Loop orders and the tile in the GEMM's letters: input stationary streams N where WS streams M.
  const bool input_stationary = cost.dataflow == Dataflow::InputStationary;
  std::string s = cost.dataflow == Dataflow::OutputStationary ? "OS " : input_stationary ? "IS " : "WS ";
  s += std::to_string(static_cast<int>(hw.rows)) + "×" + std::to_string(static_cast<int>(hw.cols)) + ", order ";
  if (cost.dataflow == Dataflow::OutputStationary)
    s += cost.order == LoopOrder::NInner ? "M-N (N inner)" : "N-M (M inner)";
  else if (input_stationary)
    s += std::string(cost.order == LoopOrder::KInner ? "M-K-N (K inner)" : "K-M-N (M inner)") + ", N tile " +
         std::to_string(cost.m_tile);
  else
    s += std::string(cost.order == LoopOrder::KInner ? "N-K-M (K inner)" : "K-N-M (N inner)") + ", M tile " +
         std::to_string(cost.m_tile);
  const int per_instance = cost.split_n * cost.split_k * cost.split_m;
  if (per_instance > 1) {
    s += ", " + std::to_string(per_instance) + " clusters (";
    const char* sep = "";
    for (const auto& [factor, what] :
         {std::pair{cost.split_n, "outputs"}, std::pair{cost.split_k, "reduction"}, std::pair{cost.split_m, "rows"}})
      if (factor > 1) {
        s += sep + std::string(what) + " ×" + std::to_string(factor);
        sep = ", ";
      }
    s += ")";
  }
  if (cost.instances_at_once > 1)
    s += ", " + std::to_string(cost.instances_at_once) + " instances at once";
  if (cost.dataflow == Dataflow::OutputStationary)
    s += ", outputs accumulated in the PEs";
  else if (op.k > hw.rows)   // more than one K fold: partial sums are kept somewhere
    s += cost.psums_in_accumulator ? ", partial sums in the accumulators" : ", partial sums in the L2";
  return s;
}

}   // namespace

// Caching: derived hardware views are kept per accelerator (bounded); op costs are kept for the
// current accelerator only, in a small table that stays in the CPU cache. A search evaluates many
// models per accelerator (and an accelerator's ops repeat within a design: Q/K/V projections share
// a shape), so this is where reuse is; one global (accelerator × shape) table grew to millions of
// entries and every lookup became a cache miss slower than recomputing the closed-form cost.
struct Simulator::Impl {
  // Views by accelerator (bounded).
  static constexpr std::size_t k_max_views = 16384;
  BoundedHashCache<AcceleratorConfig, HardwareView, AcceleratorHash> views{k_max_views};
  const HardwareView* current_view = nullptr;
  AcceleratorConfig current_accel;

  // Op costs of the current accelerator: a small open-addressing table; entries from earlier
  // accelerators are invalidated by bumping the generation instead of clearing memory.
  static constexpr std::size_t k_slots = 256;   // power of two
  struct Slot {
    std::uint32_t generation = 0;
    ShapeKey key{};
    OpCost cost;
  };
  std::vector<Slot> slots = std::vector<Slot>(k_slots);
  std::uint32_t generation = 1;
  std::size_t used = 0;
  std::size_t cached_total = 0;
  OpCost uncached;   // the last cost that did not fit the table

  const HardwareView& select(const AcceleratorConfig& accel)
  {
    if (current_view && accel == current_accel)
      return *current_view;
    // make_hardware_view validates: it throws before anything is cached.
    current_view = &views.get(accel, [](const AcceleratorConfig& a) { return make_hardware_view(a); });
    current_accel = accel;
    invalidate();
    return *current_view;
  }

  void clear_views()
  {
    views.clear();
    current_view = nullptr;
  }

  void invalidate()
  {
    ++generation;
    used = 0;
  }

  void clear()
  {
    clear_views();
    invalidate();
    cached_total = 0;
  }

  // The cost of `op`: a reference into the table (or to `uncached` when the table is full), valid
  // until the next call.
  const OpCost& cost(const Operator& op, const HardwareView& hw)
  {
    ShapeKey key{static_cast<std::uint8_t>(op.kind), static_cast<std::uint8_t>(op.b_source), 0, 0, 0, 1};
    if (op.kind == OpKind::Gemm) {
      key.a = op.m;
      key.b = op.k;
      key.c = op.n;
      key.parallel = op.parallel_instances;
    } else {
      key.a = op.elements;
      key.b = op.row_length;
      key.b_source = 0;
    }
    std::size_t i = ShapeKeyHash{}(key) & (k_slots - 1);
    for (std::size_t probe = 0; probe < 16; ++probe, i = (i + 1) & (k_slots - 1)) {
      Slot& slot = slots[i];
      if (slot.generation != generation) {
        if (used >= k_slots / 2)
          break;
        slot.cost = op.kind == OpKind::Gemm ? gemm_cost(op, hw) : vector_cost(op, hw);
        slot.generation = generation;
        slot.key = key;
        ++used;
        ++cached_total;
        return slot.cost;
      }
      if (slot.key == key)
        return slot.cost;
    }
    uncached = op.kind == OpKind::Gemm ? gemm_cost(op, hw) : vector_cost(op, hw);
    return uncached;
  }
};

Simulator::Simulator() : impl_(std::make_unique<Impl>()) {}
Simulator::~Simulator() = default;
Simulator::Simulator(Simulator&&) noexcept = default;
Simulator& Simulator::operator=(Simulator&&) noexcept = default;

void Simulator::clear_cache() { impl_->clear(); }

std::size_t Simulator::cache_size() const { return impl_->used; }

PerformanceReport Simulator::simulate(const Workload& workload, const AcceleratorConfig& accel,
                                      const SimulationOptions& options)
{
  const HardwareView& hw = impl_->select(accel);
  const double f = hw.frequency_hz;

  PerformanceReport report;
  report.area = hw.area;
  report.static_power_w = hw.static_power_w;
  report.peak_tops = accel.peak_tops();
  if (options.per_op_detail)
    report.ops.reserve(workload.ops.size());

  // Serial schedule: the sum of every op's cycles. Each part of the workload (a model's stack, see
  // Workload::parts) is summed on its own and the parts are then added in order, so a design's
  // latency and dynamic energy are exactly (bit for bit) the sums of its stacks' values simulated
  // alone: the exact-front solver (core/search/exact) relies on it. With overlap, vector work of a
  // group runs on the vector cores while the tensor cores run that group's GEMMs: the group takes
  // the longer of the two (an optimistic bound on double-buffered overlap).
  double serial_cycles = 0;
  double dynamic_j = 0;
  std::map<std::string, std::pair<double, double>> group_cycles;   // used only with overlap
  EnergyBreakdown dynamic;
  const auto run_op = [&](std::size_t i, double& part_cycles, EnergyBreakdown& part_energy) {
    const Operator& op = workload.ops[i];
    const OpCost& c = impl_->cost(op, hw);
    const double count = static_cast<double>(op.count);
    const double cycles = c.cycles * count;
    part_cycles += cycles;
    if (options.overlap_tensor_vector) {
      auto& g = group_cycles[op.group];
      (op.kind == OpKind::Gemm ? g.first : g.second) += cycles;
    }
    part_energy += c.energy.scaled(count);
    if (options.per_op_detail) {
      OpPerformance p;
      p.op_index = i;
      p.cycles = c.cycles;
      p.latency_s = cycles / f;
      p.utilization = c.utilization;
      p.energy = c.energy.scaled(count);
      p.energy.static_j = hw.static_power_w * p.latency_s;
      p.mapping = describe_mapping(op, c, hw);
      p.bound = to_string(c.bound);
      report.ops.push_back(std::move(p));
    }
  };
  const std::size_t op_count = workload.ops.size();
  std::size_t begin = 0;
  for (std::size_t part = 0; part == 0 || begin < op_count; ++part) {
    // Ops after the last declared part (or all ops, when none is declared) form one more part.
    const std::size_t end = part < workload.parts.size() ? std::clamp(workload.parts[part].op_end, begin, op_count)
                                                         : op_count;
    double part_cycles = 0;
    EnergyBreakdown part_energy;
    for (std::size_t i = begin; i < end; ++i)
      run_op(i, part_cycles, part_energy);
    serial_cycles += part_cycles;
    dynamic += part_energy;
    dynamic_j += part_energy.dynamic_j();
    begin = end;
  }
  double total_cycles = serial_cycles;
  if (options.overlap_tensor_vector) {
    total_cycles = 0;
    for (const auto& [group, g] : group_cycles)
      total_cycles += std::max(g.first, g.second);
  }
  report.cycles = total_cycles;
  report.frequency_hz = f;
  report.vdd_v = hw.vdd_v;
  report.latency_s = total_cycles / f;
  report.energy = dynamic;
  report.energy.static_j = hw.static_power_w * report.latency_s;
  report.dynamic_energy_j = dynamic_j;
  report.energy_per_inference_j = dynamic_j + report.energy.static_j;
  return report;
}

}   // namespace cdse

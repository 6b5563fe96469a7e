#include "sim/simulator.h"

#include <cstring>
#include <map>
#include <string>
#include <unordered_map>

#include "hardware/accelerator_json.h"
#include "sim/gemm_cost_model.h"
#include "sim/hardware_view.h"
#include "sim/op_cost.h"
#include "sim/vector_cost_model.h"

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

// Cache key: an accelerator id (assigned per distinct accelerator) plus the op's shape.
struct OpKey {
  std::uint32_t accel_id;
  std::uint8_t kind;
  std::uint8_t b_source;
  std::int64_t a, b, c;   // m, k, n for GEMMs; elements, row_length, 0 for vector ops

  bool operator==(const OpKey&) const = default;
};

struct OpKeyHash {
  std::size_t operator()(const OpKey& key) const noexcept
  {
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](std::uint64_t v) {
      h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    };
    mix(key.accel_id);
    mix((static_cast<std::uint64_t>(key.kind) << 8) | key.b_source);
    mix(static_cast<std::uint64_t>(key.a));
    mix(static_cast<std::uint64_t>(key.b));
    mix(static_cast<std::uint64_t>(key.c));
    return static_cast<std::size_t>(h);
  }
};

std::string describe_mapping(const Operator& op, const OpCost& cost, const HardwareView& hw)
{
  if (op.kind != OpKind::Gemm)
    return "vector lanes ×" + std::to_string(static_cast<long long>(hw.lanes));
  std::string s = "WS " + std::to_string(static_cast<int>(hw.rows)) + "×" + std::to_string(static_cast<int>(hw.cols)) +
                  ", order " + (cost.order == LoopOrder::KInner ? "N-K-M (K inner)" : "K-N-M (N inner)") + ", M tile " +
                  std::to_string(cost.m_tile);
  if (cost.split == ClusterSplit::Folds)
    s += ", folds over " + std::to_string(cost.active_clusters) + " clusters";
  else if (cost.split == ClusterSplit::Rows)
    s += ", rows over " + std::to_string(cost.active_clusters) + " clusters";
  return s;
}

} // namespace

struct Simulator::Impl {
  // Accelerators seen so far (by their canonical key) → id and derived view.
  std::unordered_map<std::string, std::uint32_t> accel_ids;
  std::vector<HardwareView> views;
  AcceleratorConfig last_accel;
  std::uint32_t last_id = 0;
  bool have_last = false;
  std::unordered_map<OpKey, OpCost, OpKeyHash> costs;

  static constexpr std::size_t k_max_entries = 1u << 20;   // bounds memory (~100 MB)

  std::uint32_t accelerator_id(const AcceleratorConfig& accel)
  {
    if (have_last && accel == last_accel)
      return last_id;
    const std::string key = accelerator_key(accel);
    auto it = accel_ids.find(key);
    std::uint32_t id;
    if (it == accel_ids.end()) {
      HardwareView view = make_hardware_view(accel);   // validates; throws before caching anything
      if (costs.size() > k_max_entries || views.size() > 200000)
        clear();
      id = static_cast<std::uint32_t>(views.size());
      views.push_back(view);
      accel_ids.emplace(key, id);
    } else {
      id = it->second;
    }
    last_accel = accel;
    last_id = id;
    have_last = true;
    return id;
  }

  void clear()
  {
    accel_ids.clear();
    views.clear();
    costs.clear();
    have_last = false;
  }

  const OpCost& cost(const Operator& op, std::uint32_t id)
  {
    OpKey key{id, static_cast<std::uint8_t>(op.kind), static_cast<std::uint8_t>(op.b_source), 0, 0, 0};
    if (op.kind == OpKind::Gemm) {
      key.a = op.m;
      key.b = op.k;
      key.c = op.n;
    } else {
      key.a = op.elements;
      key.b = op.row_length;
      key.b_source = 0;
    }
    auto it = costs.find(key);
    if (it != costs.end())
      return it->second;
    const HardwareView& hw = views[id];
    OpCost c = op.kind == OpKind::Gemm ? gemm_cost(op, hw) : vector_cost(op, hw);
    return costs.emplace(key, c).first->second;
  }
};

Simulator::Simulator() : impl_(std::make_unique<Impl>()) {}
Simulator::~Simulator() = default;
Simulator::Simulator(Simulator&&) noexcept = default;
Simulator& Simulator::operator=(Simulator&&) noexcept = default;

void Simulator::clear_cache()
{
  impl_->clear();
}

std::size_t Simulator::cache_size() const
{
  return impl_->costs.size();
}

PerformanceReport Simulator::simulate(const Workload& workload, const AcceleratorConfig& accel,
                                      const SimulationOptions& options)
{
  const std::uint32_t id = impl_->accelerator_id(accel);
  const HardwareView& hw = impl_->views[id];
  const double f = hw.frequency_hz;

  PerformanceReport report;
  report.area = hw.area;
  report.static_power_w = hw.static_power_w;
  report.peak_tops = accel.peak_tops();
  if (options.per_op_detail)
    report.ops.reserve(workload.ops.size());

  // Serial schedule: the sum of every op's cycles. With overlap, vector work of a group runs on
  // the vector cores while the tensor cores run that group's GEMMs: the group takes the longer of
  // the two (an optimistic bound on double-buffered overlap).
  double serial_cycles = 0;
  std::map<std::string, std::pair<double, double>> group_cycles;   // used only with overlap
  EnergyBreakdown dynamic;
  for (std::size_t i = 0; i < workload.ops.size(); ++i) {
    const Operator& op = workload.ops[i];
    const OpCost& c = impl_->cost(op, id);
    const double count = static_cast<double>(op.count);
    const double cycles = c.cycles * count;
    serial_cycles += cycles;
    if (options.overlap_tensor_vector) {
      auto& g = group_cycles[op.group];
      (op.kind == OpKind::Gemm ? g.first : g.second) += cycles;
    }
    dynamic += c.energy.scaled(count);
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
  }
  double total_cycles = serial_cycles;
  if (options.overlap_tensor_vector) {
    total_cycles = 0;
    for (const auto& [group, g] : group_cycles)
      total_cycles += std::max(g.first, g.second);
  }
  report.latency_s = total_cycles / f;
  report.energy = dynamic;
  report.energy.static_j = hw.static_power_w * report.latency_s;
  report.energy_per_inference_j = report.energy.total_j();
  return report;
}

} // namespace cdse

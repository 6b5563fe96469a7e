#include <gtest/gtest.h>

#include <cmath>

#include "core/hardware/dram_types.h"
#include "core/sim/simulator.h"
#include "core/workload/model_expander.h"
#include "core/workload/model_preset.h"

// The simulator on DRAM channels: the link's bandwidth is the channels', every weight crosses it
// once per inference, more channels are never slower, and the idealised link is what it was.
using namespace cdse;

TEST(SimulatorDramChannels, WeightsStreamNoFasterThanTheChannelsAllow)
{
  Simulator sim;
  const Workload w = expand_model(unpruned_config(model_preset("clip-vit-b16")));
  // The weights the GEMMs stream (INT8): not the token-embedding table, of which an inference reads
  // only its 77 rows.
  double weight_bytes = 0;
  for (const Operator& op : w.ops)
    if (op.kind == OpKind::Gemm && op.b_source == OperandSource::Weights)
      weight_bytes += static_cast<double>(op.k * op.n * op.count);
  EXPECT_GT(weight_bytes, 120e6);
  EXPECT_LT(weight_bytes, static_cast<double>(w.parameter_count));
  AcceleratorConfig a;   // the flagship
  const double idealised_s = sim.simulate(w, a).latency_s;
  double previous_s = INFINITY;
  for (int channels : {1, 2, 4, 8, 16, 32}) {
    a.dram_channels = channels;
    const auto report = sim.simulate(w, a);
    const double link_bytes_per_s = channels * dram_channel("lpddr4").bandwidth_bytes_per_s;
    EXPECT_GE(report.latency_s, weight_bytes / link_bytes_per_s) << channels;
    EXPECT_LE(report.latency_s, previous_s * (1 + 1e-12)) << channels;
    EXPECT_EQ(report.area.dram_phy_mm2, channels * dram_phy_area_mm2_per_channel("lpddr4", 22)) << channels;
    previous_s = report.latency_s;
  }
  // One package (4 channels, 25.6 GB/s) is slower than the reference's 80 GB/s link; 16 channels
  // (102.4 GB/s) faster.
  a.dram_channels = 4;
  EXPECT_GT(sim.simulate(w, a).latency_s, idealised_s);
  a.dram_channels = 16;
  EXPECT_LT(sim.simulate(w, a).latency_s, idealised_s);
}

TEST(SimulatorDramChannels, OneChannelMakesTheWeightGemmsDramBound)
{
  Simulator sim;
  const Workload w = expand_model(unpruned_config(model_preset("clip-vit-b16")));
  AcceleratorConfig a;
  a.dram_channels = 1;
  const auto report = sim.simulate(w, a);
  int weight_gemms = 0, dram_bound = 0;
  for (const auto& op : report.ops) {
    const Operator& o = w.ops[op.op_index];
    if (o.kind != OpKind::Gemm || o.b_source != OperandSource::Weights || o.m < 16)
      continue;   // the one-token heads are tiny either way
    ++weight_gemms;
    dram_bound += op.bound == "dram-bandwidth";
  }
  EXPECT_GT(weight_gemms, 0);
  EXPECT_EQ(dram_bound, weight_gemms);
}

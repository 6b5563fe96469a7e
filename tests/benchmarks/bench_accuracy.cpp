// Built-in accuracy estimate throughput (docs/models/accuracy.md section 6). Prints, for each form
// of the CLIP estimate (per_knob, the default, and compute), nanoseconds per estimate_band() and
// per estimate() over 2 M calls on random models of the reference CLIP ViT-B/16 pruning space,
// and the heap allocations estimate_band() made (must be 0).
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <random>
#include <vector>

#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/io/resources.h"

namespace {
std::atomic<long> g_allocations{0};
}

void* operator new(std::size_t size)
{
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size))
    return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

using namespace cdse;
using Clock = std::chrono::steady_clock;

namespace {

EncoderShape shape(const char* name, int layers, int heads, int ffn, int embed, int tokens)
{
  EncoderShape s;
  s.name = name;
  s.layers = layers;
  s.heads = heads;
  s.ffn = ffn;
  s.embed = embed;
  s.tokens = tokens;
  return s;
}

std::vector<ModelConfig> random_models(std::size_t n)
{
  std::mt19937 rng(2024);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  std::vector<ModelConfig> out;
  for (std::size_t i = 0; i < n; ++i)
    out.push_back(ModelConfig{"clip-vit-b16",
                              {shape("text", pick(6, 12), pick(4, 8), 256 * pick(4, 8), 64 * pick(4, 8), 77),
                               shape("vision", pick(6, 12), pick(6, 12), 384 * pick(4, 8), 96 * pick(4, 8), 197)}});
  return out;
}

void run(const char* form, const BuiltinAccuracyEstimator& est, const std::vector<ModelConfig>& models)
{
  constexpr long calls = 2'000'000;
  double sink = 0;
  for (long i = 0; i < 100'000; ++i)   // warm up
    sink += est.estimate_band(models[static_cast<std::size_t>(i) % models.size()]).value;
  const long before = g_allocations.load();
  auto t0 = Clock::now();
  for (long i = 0; i < calls; ++i)
    sink += est.estimate_band(models[static_cast<std::size_t>(i) % models.size()]).value;
  const double band_ns = std::chrono::duration<double, std::nano>(Clock::now() - t0).count() / calls;
  const long allocations = g_allocations.load() - before;
  t0 = Clock::now();
  for (long i = 0; i < calls; ++i)
    sink += est.estimate(models[static_cast<std::size_t>(i) % models.size()]).value;
  const double estimate_ns = std::chrono::duration<double, std::nano>(Clock::now() - t0).count() / calls;
  std::printf("%-9s estimate_band %6.1f ns/call (%ld allocations in %ld calls), estimate %6.1f ns/call  [%g]\n", form,
              band_ns, allocations, calls, estimate_ns, sink);
}

}   // namespace

int main()
{
  const auto models = random_models(4096);
  const BuiltinAccuracyEstimator per_knob;
  auto cal = embedded_json("data/accuracy_calibration.json");
  cal["clip_retrieval"]["form"] = "compute";
  const BuiltinAccuracyEstimator compute(cal, "accuracy_calibration.json");
  for (int round = 0; round < 2; ++round) {
    run("per_knob", per_knob, models);
    run("compute", compute, models);
  }
  return 0;
}

#pragma once
// What the exact solver (exact_solver.h) enumerates before it simulates anything: the coordinates
// the scenario's objectives and limits read, each encoder stack's configurations with their
// workloads and accuracy terms, every accelerator of the space, and every model (a pair of stack
// configurations) that can be feasible, in order of error. Values only; built once per solve.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/hardware/accelerator_config.h"
#include "core/search/genome/genome.h"
#include "core/search/scenario/scenario.h"
#include "core/search/space/search_space.h"
#include "core/workload/workload.h"

namespace cdse {

// Which coordinates decide the scenario's objectives and limits (see exact_solver.h).
struct ExactCoordinates {
  bool error = false;     // accuracy is an objective
  bool latency = false;   // latency, or leakage over max(busy, powered) time
  bool energy = false;    // dynamic energy and leakage power
  bool area = false;      // embodied carbon or area: area, compared within one node and DRAM size
  bool weights = false;   // DRAM sized from the weights, and the size can change across the space

  std::vector<std::string> names() const;
};

// One configuration of one stack: the knob values it sets and what it costs to run alone.
struct StackConfig {
  std::vector<int> digits;   // value index of each of the stack's knobs
  Workload workload;         // the stack's ops only (one part)
  double capacity = 0;       // −(the stack's term in ln error): higher never scores worse
  double weight_bytes_per_word = 0;
  bool valid = true;   // the model expands (else every design with it fails, as in a search)
};

struct ExactStack {
  std::vector<std::size_t> knobs;   // indices into the genome
  std::vector<StackConfig> configs;
};

struct ExactAccelerator {
  std::vector<int> digits;   // value index of each hardware knob
  AcceleratorConfig config;
};

struct ModelPair {
  std::uint32_t t, v;   // configuration of each stack
};

struct ExactTables {
  SearchSpace space;
  ExactCoordinates coordinates;
  ExactStack stacks[2];                      // text, vision
  std::vector<std::size_t> hardware_knobs;   // indices into the genome
  std::vector<ExactAccelerator> accelerators;
  std::vector<ModelPair> models;                           // every model that can be feasible, in order of error
  std::vector<double> errors;                              // of each model (0 when accuracy is not an objective)
  std::vector<std::pair<std::size_t, std::size_t>> ties;   // runs of equal error, then a sentinel

  // The genome of one model on one accelerator.
  Genome genome_of(std::uint32_t accelerator, std::uint32_t model) const;
};

// Everything above for the scenario (its space, objectives and limits).
ExactTables build_exact_tables(const Scenario& scenario);

}   // namespace cdse

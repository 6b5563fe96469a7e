#pragma once
// The discrete co-design space of a scenario: a base design (every fixed knob already applied) and
// the ordered list of free knobs. A genome holds one value index per knob; decoding applies them
// to a copy of the base design.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/evaluation/design.h"
#include "core/search/genome/genome.h"
#include "core/search/space/search_knob.h"

namespace cdse {

class SearchSpace {
public:
  SearchSpace() = default;
  // Throws InputError("<knob name>", ...) for an unknown knob name, an empty or unsorted value
  // list, or a duplicated knob.
  SearchSpace(Design base, std::vector<SearchKnob> knobs);

  const Design& base() const { return base_; }
  const std::vector<SearchKnob>& knobs() const { return knobs_; }
  std::size_t knob_count() const { return knobs_.size(); }
  std::vector<int> knob_sizes() const;
  std::vector<bool> categorical_knobs() const;
  // Number of designs (a double: joint spaces exceed 2^63 easily).
  double cardinality() const;
  bool has_model_knobs() const;
  bool has_hardware_knobs() const;

  // Throws std::invalid_argument for a genome of the wrong length or an index out of range.
  Design decode(const Genome& genome) const;
  // The genome of a design when every knob value is in the space and every fixed part matches.
  std::optional<Genome> encode(const Design& design) const;
  // The knob values of a genome: {"text.layers": 8, "hw.dram_type": "lpddr4", ...}.
  nlohmann::json parameters_json(const Genome& genome) const;
  bool valid_genome(const Genome& genome) const;

  // A copy with the model knobs (or the hardware knobs) removed, the base keeping its values.
  SearchSpace without_model_knobs() const;
  SearchSpace without_hardware_knobs(const AcceleratorConfig& fixed_accel) const;

private:
  struct Target {
    int stack = -1;   // model knob: index into model.encoders; -1 for hardware knobs
    int field = 0;    // which field of the stack or of the accelerator
  };
  void apply(Design& design, std::size_t knob, int index) const;
  double read(const Design& design, std::size_t knob) const;

  Design base_;
  std::vector<SearchKnob> knobs_;
  std::vector<Target> targets_;
};

// Canonical key of a design (model key + accelerator key): equal designs give equal keys.
std::string design_key(const Design& design);
nlohmann::json design_to_json(const Design& design);
// Names of the fields a knob may address.
const std::vector<std::string>& model_knob_fields();      // layers, heads, kv_heads, ffn, embed, tokens
const std::vector<std::string>& hardware_knob_fields();   // clusters, pe_width, ..., dram_type

}   // namespace cdse

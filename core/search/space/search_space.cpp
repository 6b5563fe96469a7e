#include "core/search/space/search_space.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/hardware/accelerator_json.h"
#include "core/io/input_error.h"
#include "core/workload/model_config_json.h"

namespace cdse {

namespace {

enum HardwareField {
  HwClusters,
  HwPeWidth,
  HwPeDepth,
  HwL2Kb,
  HwL2Bw,
  HwGlbMb,
  HwGlbBw,
  HwDramBw,
  HwFrequency,
  HwNode,
  HwPrecision,
  HwDramType,
  HwDramGb,
  HwAccumulatorRows,
  HwDramChannels,
  HwDataflow
};

bool named_field(int field) { return field == HwDramType || field == HwDataflow; }
enum ModelField { MLayers, MHeads, MKvHeads, MFfn, MEmbed, MTokens };

int find_index(const std::vector<std::string>& list, const std::string& name)
{
  const auto it = std::find(list.begin(), list.end(), name);
  return it == list.end() ? -1 : static_cast<int>(it - list.begin());
}

}   // namespace

const std::vector<std::string>& model_knob_fields()
{
  static const std::vector<std::string> fields{"layers", "heads", "kv_heads", "ffn", "embed", "tokens"};
  return fields;
}

const std::vector<std::string>& hardware_knob_fields()
{
  static const std::vector<std::string> fields{"clusters",      "pe_width",         "pe_depth",       "l2_kb",
                                               "l2_bw_words",   "glb_mb",           "glb_bw_words",   "dram_bw_words",
                                               "frequency_mhz", "node_nm",          "precision_bits", "dram_type",
                                               "dram_gb",       "accumulator_rows", "dram_channels",  "dataflow"};
  return fields;
}

SearchSpace::SearchSpace(Design base, std::vector<SearchKnob> knobs) : base_(std::move(base)), knobs_(std::move(knobs))
{
  for (std::size_t k = 0; k < knobs_.size(); ++k) {
    const SearchKnob& knob = knobs_[k];
    for (std::size_t j = 0; j < k; ++j)
      if (knobs_[j].name == knob.name)
        throw InputError(knob.name, "the knob is listed twice");
    if (knob.size() < 1)
      throw InputError(knob.name, "a knob needs at least one value");
    if (!knob.categorical())
      for (std::size_t i = 1; i < knob.values.size(); ++i)
        if (!(knob.values[i] > knob.values[i - 1]))
          throw InputError(knob.name, "values must be distinct and ascending");
    const auto dot = knob.name.find('.');
    if (dot == std::string::npos)
      throw InputError(knob.name, "a knob name is \"<stack>.<field>\" or \"hw.<field>\"");
    const std::string owner = knob.name.substr(0, dot), field = knob.name.substr(dot + 1);
    Target target;
    if (owner == "hw") {
      target.field = find_index(hardware_knob_fields(), field);
      if (target.field < 0)
        throw InputError(knob.name, "unknown accelerator field \"" + field + "\"");
      if (named_field(target.field) != knob.categorical())
        throw InputError(knob.name, named_field(target.field) ? field + " values are names" : "values must be numbers");
      Dataflow parsed;
      if (target.field == HwDataflow)
        for (const auto& label : knob.labels)
          if (!parse_dataflow(label, parsed))
            throw InputError(knob.name, "unknown dataflow \"" + label + "\" (valid: " + dataflow_names() + ")");
    } else {
      const auto& encoders = base_.model.encoders;
      for (std::size_t s = 0; s < encoders.size(); ++s)
        if (encoders[s].name == owner)
          target.stack = static_cast<int>(s);
      if (target.stack < 0)
        throw InputError(knob.name, "the model has no stack named \"" + owner + "\"");
      target.field = find_index(model_knob_fields(), field);
      if (target.field < 0)
        throw InputError(knob.name, "unknown model field \"" + field + "\"");
      if (knob.categorical())
        throw InputError(knob.name, "model knob values must be numbers");
    }
    targets_.push_back(target);
  }
}

std::vector<int> SearchSpace::knob_sizes() const
{
  std::vector<int> sizes;
  for (const auto& k : knobs_)
    sizes.push_back(k.size());
  return sizes;
}

std::vector<bool> SearchSpace::categorical_knobs() const
{
  std::vector<bool> flags;
  for (const auto& k : knobs_)
    flags.push_back(k.categorical());
  return flags;
}

double SearchSpace::cardinality() const
{
  double n = 1;
  for (const auto& k : knobs_)
    n *= k.size();
  return n;
}

bool SearchSpace::has_model_knobs() const
{
  return std::any_of(knobs_.begin(), knobs_.end(), [](const SearchKnob& k) { return !k.is_hardware(); });
}

bool SearchSpace::has_hardware_knobs() const
{
  return std::any_of(knobs_.begin(), knobs_.end(), [](const SearchKnob& k) { return k.is_hardware(); });
}

bool SearchSpace::valid_genome(const Genome& genome) const
{
  if (genome.size() != knobs_.size())
    return false;
  for (std::size_t k = 0; k < knobs_.size(); ++k)
    if (genome[k] < 0 || genome[k] >= knobs_[k].size())
      return false;
  return true;
}

void SearchSpace::apply(Design& design, std::size_t knob, int index) const
{
  const Target& t = targets_[knob];
  const SearchKnob& spec = knobs_[knob];
  if (t.stack >= 0) {
    EncoderShape& s = design.model.encoders[static_cast<std::size_t>(t.stack)];
    const int v = static_cast<int>(std::lround(spec.values[static_cast<std::size_t>(index)]));
    switch (t.field) {
      case MLayers: s.layers = v; break;
      case MHeads: s.heads = v; break;
      case MKvHeads: s.kv_heads = v; break;
      case MFfn: s.ffn = v; break;
      case MEmbed: s.embed = v; break;
      case MTokens: s.tokens = v; break;
      default: break;
    }
    return;
  }
  AcceleratorConfig& a = design.accel;
  if (t.field == HwDramType) {
    a.dram_type = spec.labels[static_cast<std::size_t>(index)];
    return;
  }
  if (t.field == HwDataflow) {   // labels checked in the constructor
    parse_dataflow(spec.labels[static_cast<std::size_t>(index)], a.dataflow);
    return;
  }
  const double v = spec.values[static_cast<std::size_t>(index)];
  const int iv = static_cast<int>(std::lround(v));
  switch (t.field) {
    case HwClusters: a.clusters = iv; break;
    case HwPeWidth: a.pe_width = iv; break;
    case HwPeDepth: a.pe_depth = iv; break;
    case HwL2Kb: a.l2_kb = v; break;
    case HwL2Bw: a.l2_bw_words = v; break;
    case HwGlbMb: a.glb_mb = v; break;
    case HwGlbBw: a.glb_bw_words = v; break;
    case HwDramBw: a.dram_bw_words = v; break;
    case HwFrequency: a.frequency_mhz = v; break;
    case HwNode: a.node_nm = iv; break;
    case HwPrecision: a.precision_bits = iv; break;
    case HwDramGb: a.dram_gb = v; break;
    case HwAccumulatorRows: a.accumulator_rows = iv; break;
    case HwDramChannels: a.dram_channels = iv; break;
    default: break;
  }
}

double SearchSpace::read(const Design& design, std::size_t knob) const
{
  const Target& t = targets_[knob];
  if (t.stack >= 0) {
    if (static_cast<std::size_t>(t.stack) >= design.model.encoders.size())
      return std::nan("");
    const EncoderShape& s = design.model.encoders[static_cast<std::size_t>(t.stack)];
    switch (t.field) {
      case MLayers: return s.layers;
      case MHeads: return s.heads;
      case MKvHeads: return s.kv_heads;
      case MFfn: return s.ffn;
      case MEmbed: return s.embed;
      case MTokens: return s.tokens;
      default: return std::nan("");
    }
  }
  const AcceleratorConfig& a = design.accel;
  switch (t.field) {
    case HwClusters: return a.clusters;
    case HwPeWidth: return a.pe_width;
    case HwPeDepth: return a.pe_depth;
    case HwL2Kb: return a.l2_kb;
    case HwL2Bw: return a.l2_bw_words;
    case HwGlbMb: return a.glb_mb;
    case HwGlbBw: return a.glb_bw_words;
    case HwDramBw: return a.dram_bw_words;
    case HwFrequency: return a.frequency_mhz;
    case HwNode: return a.node_nm;
    case HwPrecision: return a.precision_bits;
    case HwDramType: {
      const auto& labels = knobs_[knob].labels;
      return static_cast<double>(std::find(labels.begin(), labels.end(), a.dram_type) - labels.begin());
    }
    case HwDramGb: return a.dram_gb;
    case HwAccumulatorRows: return a.accumulator_rows;
    case HwDramChannels: return a.dram_channels;
    case HwDataflow: {
      const auto& labels = knobs_[knob].labels;
      return static_cast<double>(std::find(labels.begin(), labels.end(), to_string(a.dataflow)) - labels.begin());
    }
    default: return std::nan("");
  }
}

Design SearchSpace::decode(const Genome& genome) const
{
  if (!valid_genome(genome))
    throw std::invalid_argument("SearchSpace::decode: genome does not fit the space");
  Design design = base_;
  for (std::size_t k = 0; k < knobs_.size(); ++k)
    apply(design, k, genome[k]);
  return design;
}

std::optional<Genome> SearchSpace::encode(const Design& design) const
{
  Genome genome(knobs_.size());
  for (std::size_t k = 0; k < knobs_.size(); ++k) {
    const double v = read(design, k);
    const auto& spec = knobs_[k];
    int index = -1;
    if (spec.categorical())
      index = v < spec.size() ? static_cast<int>(v) : -1;
    else
      for (int i = 0; i < spec.size(); ++i)
        if (spec.values[static_cast<std::size_t>(i)] == v)
          index = i;
    if (index < 0)
      return std::nullopt;
    genome[k] = index;
  }
  // The parts that are not knobs must match the base too.
  if (decode(genome) != design)
    return std::nullopt;
  return genome;
}

nlohmann::json SearchSpace::parameters_json(const Genome& genome) const
{
  nlohmann::json j = nlohmann::json::object();
  for (std::size_t k = 0; k < knobs_.size() && k < genome.size(); ++k) {
    const auto& spec = knobs_[k];
    const auto i = static_cast<std::size_t>(genome[k]);
    if (spec.categorical())
      j[spec.name] = spec.labels[i];
    else if (spec.values[i] == std::floor(spec.values[i]) && std::abs(spec.values[i]) < 9.0e15)
      j[spec.name] = static_cast<std::int64_t>(spec.values[i]);
    else
      j[spec.name] = spec.values[i];
  }
  return j;
}

SearchSpace SearchSpace::without_model_knobs() const
{
  std::vector<SearchKnob> kept;
  for (const auto& k : knobs_)
    if (k.is_hardware())
      kept.push_back(k);
  return SearchSpace(base_, std::move(kept));
}

SearchSpace SearchSpace::without_hardware_knobs(const AcceleratorConfig& fixed_accel) const
{
  std::vector<SearchKnob> kept;
  for (const auto& k : knobs_)
    if (!k.is_hardware())
      kept.push_back(k);
  Design base = base_;
  base.accel = fixed_accel;
  return SearchSpace(std::move(base), std::move(kept));
}

std::string design_key(const Design& design) { return model_key(design.model) + "#" + accelerator_key(design.accel); }

nlohmann::json design_to_json(const Design& design)
{
  return {{"model", to_json(design.model)}, {"hardware", to_json(design.accel)}};
}

}   // namespace cdse

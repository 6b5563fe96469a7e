#pragma once
// One free dimension of a search space: a named design parameter and the values it may take.
// Names are "<stack>.<field>" for model knobs (e.g. "text.layers", "vision.ffn") and
// "hw.<field>" for accelerator knobs (e.g. "hw.pe_width", "hw.node_nm", "hw.dram_type").
// Ordinal knobs hold ascending numbers; categorical knobs hold labels (values are their indices).
#include <string>
#include <vector>

namespace cdse {

struct SearchKnob {
  std::string name;
  std::vector<double> values;        // ordinal: ascending, distinct
  std::vector<std::string> labels;   // categorical: the choices (then values = 0, 1, ...)

  bool categorical() const { return !labels.empty(); }
  int size() const { return static_cast<int>(categorical() ? labels.size() : values.size()); }
  bool is_hardware() const { return name.rfind("hw.", 0) == 0; }
};

}   // namespace cdse

#pragma once
// A (possibly pruned) model: a preset plus the actual dimensions of each of its stacks.
#include <string>
#include <vector>

#include "core/workload/encoder_shape.h"

namespace cdse {

struct ModelConfig {
  std::string preset;                   // id of a ModelPreset, e.g. "clip-vit-b16"
  std::vector<EncoderShape> encoders;   // same order and names as the preset's encoders

  const EncoderShape* encoder(const std::string& name) const
  {
    for (const auto& e : encoders)
      if (e.name == name)
        return &e;
    return nullptr;
  }
  friend bool operator==(const ModelConfig&, const ModelConfig&) = default;
};

}   // namespace cdse

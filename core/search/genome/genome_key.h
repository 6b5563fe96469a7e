#pragma once
// A compact hashable key for a genome, for deduplication sets.
#include <string>

#include "core/search/genome/genome.h"

namespace cdse {

inline std::string genome_key(const Genome& genome)
{
  std::string key;
  key.reserve(genome.size() * 2);
  for (int g : genome) {
    // Knob indices are small; a varint keeps keys short and unambiguous.
    auto v = static_cast<unsigned>(g);
    do {
      key.push_back(static_cast<char>((v & 0x7f) | (v >= 0x80 ? 0x80 : 0)));
      v >>= 7;
    } while (v != 0);
  }
  return key;
}

}   // namespace cdse

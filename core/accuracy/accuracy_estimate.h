#pragma once
// An accuracy value with its uncertainty and where it came from. `available == false` means
// "no estimate" (never a made-up number).
#include <string>

namespace cdse {

struct AccuracyEstimate {
  bool available = false;
  double value = 0;   // fraction in [0, 1]
  double low = 0;     // lower end of the band (≈ P5 or −1σ as documented by the source)
  double high = 0;
  std::string source;   // "estimate:clip-retrieval", "published", "measured", "interpolated",
                        // "external", "none" (docs/models/accuracy.md)
  std::string metric;   // e.g. "MSCOCO zero-shot retrieval R@1 (mean of image and text)"
};

}   // namespace cdse

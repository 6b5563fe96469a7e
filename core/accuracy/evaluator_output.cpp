#include "core/accuracy/evaluator_output.h"

#include <cmath>

#include "core/accuracy/external_evaluator_error.h"
#include "core/io/json_fields.h"

namespace cdse {
namespace {

std::string last_non_empty_line(const std::string& text)
{
  std::size_t end = text.size();
  while (end > 0) {
    const std::size_t start = text.rfind('\n', end - 1);
    const std::size_t begin = start == std::string::npos ? 0 : start + 1;
    std::string line = text.substr(begin, end - begin);
    if (line.find_first_not_of(" \t\r") != std::string::npos)
      return line;
    if (start == std::string::npos)
      break;
    end = start;
  }
  return {};
}

}   // namespace

std::string shorten_for_message(const std::string& text, std::size_t max_chars)
{
  return text.size() <= max_chars ? text : text.substr(0, max_chars) + "...";
}

AccuracyEstimate parse_evaluator_output(const std::string& command_text, const std::string& stdout_text,
                                        const std::string& stderr_tail)
{
  const std::string line = last_non_empty_line(stdout_text);
  if (line.empty())
    throw ExternalEvaluatorError(command_text,
                                 "printed nothing on stdout (expected a JSON object "
                                 "with \"accuracy\" as its last line)",
                                 stderr_tail);
  json::Json result;
  try {
    result = json::Json::parse(line);
  } catch (const json::Json::exception&) {
    throw ExternalEvaluatorError(command_text, "last line of stdout is not JSON: '" + shorten_for_message(line) + "'",
                                 stderr_tail);
  }
  if (!result.is_object())
    throw ExternalEvaluatorError(command_text,
                                 "last line of stdout is not a JSON object: '" + shorten_for_message(line) + "'",
                                 stderr_tail);
  auto fraction = [&](const char* key, bool required) -> double {
    const auto it = result.find(key);
    if (it == result.end() || it->is_null()) {
      if (required)
        throw ExternalEvaluatorError(command_text,
                                     std::string("output has no \"") + key + "\": '" + shorten_for_message(line) + "'",
                                     stderr_tail);
      return std::nan("");
    }
    if (!it->is_number())
      throw ExternalEvaluatorError(command_text, std::string("\"") + key + "\" is not a number: " + json::describe(*it),
                                   stderr_tail);
    const double v = it->get<double>();
    if (!std::isfinite(v) || v < 0.0 || v > 1.0)
      throw ExternalEvaluatorError(command_text,
                                   std::string("\"") + key + "\" = " + json::describe(*it) + " is outside [0, 1]",
                                   stderr_tail);
    return v;
  };
  AccuracyEstimate out;
  out.available = true;
  out.source = "external";
  out.value = fraction("accuracy", true);
  const double low = fraction("low", false);
  const double high = fraction("high", false);
  out.low = std::isnan(low) ? out.value : low;
  out.high = std::isnan(high) ? out.value : high;
  if (out.low > out.value || out.high < out.value)
    throw ExternalEvaluatorError(command_text,
                                 "band [low, high] = [" + std::to_string(out.low) + ", " + std::to_string(out.high) +
                                     "] does not contain accuracy " + std::to_string(out.value),
                                 stderr_tail);
  if (const auto it = result.find("metric"); it != result.end() && it->is_string())
    out.metric = it->get<std::string>();
  return out;
}

}   // namespace cdse

#pragma once
// Reads what an accuracy evaluator printed: the last non-empty line of its stdout must be a JSON
// object {"accuracy": a, "low": l, "high": h, "metric": "..."} ("low"/"high"/"metric" optional,
// numbers in [0, 1], low <= a <= high). Shared by the local external evaluator and the SLURM
// backend, which reads the same protocol from a job's output file.
#include <string>

#include "core/accuracy/accuracy_estimate.h"

namespace cdse {

// Throws ExternalEvaluatorError(command_text, <what is wrong>, stderr_tail).
AccuracyEstimate parse_evaluator_output(const std::string& command_text, const std::string& stdout_text,
                                        const std::string& stderr_tail);

// The first max_chars characters of text, with "..." when cut (for error messages).
std::string shorten_for_message(const std::string& text, std::size_t max_chars = 200);

}   // namespace cdse

#pragma once
// The CLI's subcommands. Each returns the process exit status: 0 success, 1 runtime failure,
// 2 bad input (one line on stderr naming the field or flag).
#include <iosfwd>
#include <string>
#include <vector>

namespace cdse::cli {

using Args = std::vector<std::string>;

int run_evaluate(const Args& args, std::ostream& out, std::ostream& err);
int run_embodied(const Args& args, std::ostream& out, std::ostream& err);
int run_presets(const Args& args, std::ostream& out, std::ostream& err);
int run_scenarios(const Args& args, std::ostream& out, std::ostream& err);
int run_search(const Args& args, std::ostream& out, std::ostream& err);
int run_rescore(const Args& args, std::ostream& out, std::ostream& err);
// Reads design requests from stdin, one JSON object a line (see cmd_evaluate_stream.cpp).
int run_evaluate_stream(const Args& args, std::ostream& out, std::ostream& err);

int dispatch(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace cdse::cli

#pragma once
// An error in user-supplied input (a file, a JSON value, a command-line value). It names where the
// problem is (a JSON path such as "hardware.pe_width[2]", a CSV cell, a flag) and what is wrong, so
// the CLI can print one line and exit 2, and the GUI can show a dialog.
#include <stdexcept>
#include <string>

namespace cdse {

class InputError : public std::runtime_error {
public:
  InputError(std::string where, std::string problem)
      : std::runtime_error(where.empty() ? problem : where + ": " + problem), where_(std::move(where)),
        problem_(std::move(problem))
  {}

  // The JSON path, file name or flag that is wrong (may be empty for whole-document errors).
  const std::string& where() const noexcept { return where_; }
  // What is wrong, without the location.
  const std::string& problem() const noexcept { return problem_; }

private:
  std::string where_;
  std::string problem_;
};

}   // namespace cdse

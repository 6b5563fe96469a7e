#pragma once
// A failed run of the user's evaluator command (could not start, timed out, non-zero exit, output
// without a usable "accuracy"). Carries the command and the end of its stderr so the UI can show
// why a fine-tuning job failed.
#include <stdexcept>
#include <string>

namespace cdse {

class ExternalEvaluatorError : public std::runtime_error {
public:
  ExternalEvaluatorError(std::string command, std::string problem, std::string stderr_tail)
      : std::runtime_error(compose(command, problem, stderr_tail)), command_(std::move(command)),
        problem_(std::move(problem)), stderr_tail_(std::move(stderr_tail))
  {}

  const std::string& command() const noexcept { return command_; }
  const std::string& problem() const noexcept { return problem_; }
  const std::string& stderr_tail() const noexcept { return stderr_tail_; }

private:
  static std::string compose(const std::string& command, const std::string& problem, const std::string& stderr_tail)
  {
    std::string text = "accuracy evaluator '" + command + "': " + problem;
    if (!stderr_tail.empty())
      text += "\nstderr (end):\n" + stderr_tail;
    return text;
  }

  std::string command_;
  std::string problem_;
  std::string stderr_tail_;
};

}   // namespace cdse

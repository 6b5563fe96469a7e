#pragma once
// Thrown by an accuracy source whose evaluation was stopped by cancel_pending() (the user stopped
// the search, or the application is closing). It is not a result: the search leaves the design
// unevaluated instead of recording it as failed, so a resumed run evaluates it again.
#include <stdexcept>
#include <string>

namespace cdse {

class EvaluationCancelled : public std::runtime_error {
public:
  explicit EvaluationCancelled(const std::string& what) : std::runtime_error(what) {}
};

}   // namespace cdse

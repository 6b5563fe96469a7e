#pragma once
// Maps the steps of a save or load (encode, compress, write...) onto one 0..1 fraction and calls
// the user's SessionProgress only when the fraction moved by at least a percent, so a worker
// thread reporting every chunk costs a GUI at most ~100 queued updates per file.
#include <algorithm>

#include "core/session/session_file.h"

namespace cdse {

class SessionProgressMeter {
public:
  explicit SessionProgressMeter(const SessionProgress& progress) : progress_(progress) {}

  // The next reports (0..1 of the step) cover [begin, end] of the whole job.
  void step(double begin, double end)
  {
    begin_ = begin;
    end_ = end;
    report(0.0);
  }
  void report(double step_fraction)
  {
    if (!progress_)
      return;
    const double f = begin_ + (end_ - begin_) * std::clamp(step_fraction, 0.0, 1.0);
    if (f >= last_ + 0.01 || (f >= 1.0 && last_ < 1.0)) {
      last_ = f;
      progress_(f);
    }
  }
  void done() { step(1.0, 1.0); }

private:
  const SessionProgress& progress_;
  double begin_ = 0, end_ = 0;
  double last_ = -1.0;
};

}   // namespace cdse

#pragma once
// The exact front of the shown run's scenario as the plots draw it (issue 14): what state the
// reference is in, and when it is known, its designs under the current assumptions and limits and
// its hypervolume measured against the shown run's reference point. A value, built on the GUI
// thread (ExactReference::view), read by the plots on any thread.
#include <vector>

#include "ui/explorer/plot_point.h"

struct ExactFrontView {
  enum class State { None, Solving, Ready };
  State state = State::None;
  double solve_fraction = 0;      // 0–1 while Solving (1: the front's designs are being evaluated)
  std::vector<PlotPoint> front;   // Ready: feasible and non-dominated under the run's objectives
  // Ready: the front's hypervolume under the shown run's reference point, the run's "100 %".
  double hypervolume = 0;
};

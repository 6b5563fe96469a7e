#pragma once
// Hand-made plot points for the fronts tests (a design whose class and numbers the test chooses).
#include "ui/explorer/front_snapshot.h"

// A design of `carbon_kg` total, 40 % embodied and 60 % operational.
inline PlotPoint testPoint(std::size_t index, double accuracy, double latency_ms, double carbon_kg, bool feasible,
                           bool front)
{
  PlotPoint p;
  p.archive_index = index;
  p.accuracy = accuracy;
  p.latency_s = latency_ms / 1000.0;
  p.total_kg = carbon_kg;
  p.embodied_kg = carbon_kg * 0.4;
  p.operational_kg = carbon_kg * 0.6;
  p.feasible = feasible;
  p.on_front = front;
  return p;
}

#include "ui/plots/projection_frame.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

int colourBinOf(double value, double lo, double hi)
{
  constexpr int bins = plot_style::k_colour_bins;
  if (!std::isfinite(value))
    return bins;   // no value: its own grey bin
  if (!(hi > lo))
    return bins / 2;
  const int bin = static_cast<int>((value - lo) / (hi - lo) * bins);
  return std::clamp(bin, 0, bins - 1);
}

ProjectionFrame buildProjectionFrame(std::shared_ptr<const FrontSnapshot> snapshot, const ProjectionSpec& spec)
{
  constexpr int bins = plot_style::k_colour_bins;
  ProjectionFrame frame;
  frame.snapshot = std::move(snapshot);
  if (!frame.snapshot)
    return frame;
  frame.data = projectSnapshot(*frame.snapshot, spec);
  const ProjectionData& data = frame.data;

  // Count per bin first so every vector is allocated once.
  std::array<qsizetype, bins + 1> frontCount{};
  std::array<qsizetype, bins + 1> measuredCount{};
  std::size_t faintCount = 0;
  std::vector<std::uint8_t> binOf(data.points.size());
  for (std::size_t i = 0; i < data.points.size(); ++i) {
    const ProjectedPoint& p = data.points[i];
    binOf[i] = static_cast<std::uint8_t>(colourBinOf(p.colour, data.colour_min, data.colour_max));
    if (p.point_class == PointClass::Front)
      ++(p.measured ? measuredCount : frontCount)[binOf[i]];
    else
      ++faintCount;
  }
  for (std::size_t b = 0; b <= bins; ++b) {
    frame.front[b].reserve(frontCount[b]);
    frame.frontMeasured[b].reserve(measuredCount[b]);
  }
  frame.faint.reserve(faintCount);
  for (std::size_t i = 0; i < data.points.size(); ++i) {   // ascending x: each bin comes out sorted
    const ProjectedPoint& p = data.points[i];
    frame.allBounds.add(p.x, p.y);
    if (p.point_class == PointClass::Front)
      frame.frontBounds.add(p.x, p.y);
    switch (p.point_class) {
      case PointClass::Front:
        (p.measured ? frame.frontMeasured : frame.front)[binOf[i]].append(QCPGraphData(p.x, p.y));
        break;
      case PointClass::Dominated: frame.faint.push_back({p.x, p.y, binOf[i], false}); break;
      case PointClass::Infeasible: frame.faint.push_back({p.x, p.y, 0, true}); break;
    }
  }
  frame.staircase.reserve(static_cast<qsizetype>(data.staircase.size()));
  for (std::size_t i : data.staircase) {
    frame.staircase.append(QCPGraphData(data.points[i].x, data.points[i].y));
    frame.frontBounds.add(data.points[i].x, data.points[i].y);
  }
  // The exact front is in the bounds: where the run falls short of it is what the line shows.
  frame.exactStaircase.reserve(static_cast<qsizetype>(data.exact_staircase.size()));
  for (const auto& [x, y] : data.exact_staircase) {
    frame.exactStaircase.append(QCPGraphData(x, y));
    frame.frontBounds.add(x, y);
    frame.allBounds.add(x, y);
  }
  return frame;
}

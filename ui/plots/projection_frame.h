#pragma once
// Everything one projection plot needs from a snapshot, prepared off the GUI thread: the projected
// and sorted points, the front's points split by colour bin as ready-made graph data, the faint
// dominated/infeasible points, and the 2-D front's step line. Building one for 200,000 designs
// takes tens of milliseconds; handing it to the plot takes well under one (the graph data is
// implicitly shared, not copied), so the event loop only pays for the replot.
#include <QVector>

#include <algorithm>
#include <array>
#include <limits>
#include <memory>
#include <vector>

#include <qcustomplot.h>

#include "ui/explorer/front_snapshot.h"
#include "ui/plots/faint_points_layer.h"
#include "ui/plots/plot_quantity.h"
#include "ui/plots/plot_style.h"
#include "ui/plots/projection_data.h"

// The extent of some points in data units; empty until a point is added.
struct DataBounds {
  double xmin = std::numeric_limits<double>::infinity();
  double xmax = -std::numeric_limits<double>::infinity();
  double ymin = std::numeric_limits<double>::infinity();
  double ymax = -std::numeric_limits<double>::infinity();
  void add(double x, double y)
  {
    xmin = std::min(xmin, x);
    xmax = std::max(xmax, x);
    ymin = std::min(ymin, y);
    ymax = std::max(ymax, y);
  }
  void add(const DataBounds& other)
  {
    if (!other.empty()) {
      add(other.xmin, other.ymin);
      add(other.xmax, other.ymax);
    }
  }
  bool empty() const { return !(xmin <= xmax); }
};

struct ProjectionFrame {
  std::shared_ptr<const FrontSnapshot> snapshot;
  ProjectionData data;
  // One entry per colour bin of the front, plus the last for designs without a colour value;
  // each in ascending x.
  std::array<QVector<QCPGraphData>, plot_style::k_colour_bins + 1> front;
  // The same for front designs whose accuracy is measured or published (their own marker shape).
  std::array<QVector<QCPGraphData>, plot_style::k_colour_bins + 1> frontMeasured;
  std::vector<FaintPoint> faint;
  QVector<QCPGraphData> staircase;
  QVector<QCPGraphData> exactStaircase;   // the exact front's 2-D front, a reference line
  // What the view fits when it follows the data: the front with its step line, and every point.
  DataBounds frontBounds;
  DataBounds allBounds;
};

// A pure function of its arguments: safe to run on any thread while the snapshot is shared.
ProjectionFrame buildProjectionFrame(std::shared_ptr<const FrontSnapshot> snapshot, const ProjectionSpec& spec);

// The colour bin of `value` in [lo, hi]; the extra last bin for a value that is not a number.
int colourBinOf(double value, double lo, double hi);

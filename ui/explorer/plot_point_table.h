#pragma once
// The archive's designs as plot points, kept up to date as the archive changes instead of rebuilt
// for every snapshot: appending designs converts only the new ones, a re-score rewrites only
// the carbon and feasibility columns, and the front flags follow the archive's front (a few
// hundred designs). A snapshot then shares the table's chunks instead of reading every record's
// invariants again (~8 ms per snapshot at 100,000 designs).
#include <cstddef>
#include <vector>

#include "ui/explorer/front_snapshot.h"
#include "core/search/archive/archive.h"

// Design i of `archive` as the plots see it, scored as the archive is (on_front false).
PlotPoint plotPointOf(const cdse::Archive& archive, std::size_t i);

class PlotPointTable {
public:
  // Converts every design of `archive` (a new archive).
  void rebuild(const cdse::Archive& archive);
  // Converts the designs added to `archive` since the last call.
  void appendNew(const cdse::Archive& archive);
  // After archive.rescore() or set_constraints(): new carbon, feasibility and front; the
  // invariants are unchanged.
  void rescored(const cdse::Archive& archive);
  // A copy shares the storage; later changes here copy only the chunks they touch.
  const PlotPoints& points() const { return points_; }

private:
  void convert(const cdse::Archive& archive, std::size_t i);
  void writeScores(const cdse::Archive& archive, std::size_t i);
  void syncFront(const cdse::Archive& archive);

  PlotPoints points_;
  std::vector<std::size_t> flagged_;   // indices whose on_front is set
};

#include "ui/explorer/plot_point_table.h"

#include <limits>

namespace {
constexpr double k_nan = std::numeric_limits<double>::quiet_NaN();
}

void PlotPointTable::rebuild(const cdse::Archive& archive)
{
  points_.clear();
  flagged_.clear();
  appendNew(archive);
}

void PlotPointTable::appendNew(const cdse::Archive& archive)
{
  const std::size_t from = points_.size();
  points_.resize(archive.size());
  for (std::size_t i = from; i < archive.size(); ++i)
    convert(archive, i);
  syncFront(archive);
}

void PlotPointTable::rescored(const cdse::Archive& archive)
{
  for (std::size_t i = 0; i < points_.size(); ++i)
    writeScores(archive, i);
  syncFront(archive);
}

PlotPoint plotPointOf(const cdse::Archive& archive, std::size_t i)
{
  const auto& r = archive.record(i);
  const auto& v = r.invariants;
  const auto& c = archive.carbon(i);
  PlotPoint p;
  p.archive_index = i;
  p.failed = r.failed;
  p.accuracy = v.accuracy_available ? v.accuracy : k_nan;
  p.accuracy_source = v.accuracy_source;
  p.latency_s = v.latency_s;
  p.area_mm2 = v.area_mm2;
  p.energy_per_inference_j = v.energy_per_inference_j;
  p.total_kg = c.total_kg;
  p.embodied_kg = c.embodied_kg;
  p.operational_kg = c.operational_kg;
  p.feasible = archive.feasibility(i).feasible;
  p.on_front = false;
  return p;
}

void PlotPointTable::convert(const cdse::Archive& archive, std::size_t i)
{
  points_.mutableAt(i) = plotPointOf(archive, i);
}

void PlotPointTable::writeScores(const cdse::Archive& archive, std::size_t i)
{
  const auto& c = archive.carbon(i);
  PlotPoint& p = points_.mutableAt(i);
  p.total_kg = c.total_kg;
  p.embodied_kg = c.embodied_kg;
  p.operational_kg = c.operational_kg;
  p.feasible = archive.feasibility(i).feasible;
}

void PlotPointTable::syncFront(const cdse::Archive& archive)
{
  const std::vector<std::size_t>& front = archive.front();
  if (front == flagged_)
    return;   // most new designs do not change the front: nothing to copy
  for (std::size_t i : flagged_)
    points_.mutableAt(i).on_front = false;
  flagged_ = front;
  for (std::size_t i : flagged_)
    points_.mutableAt(i).on_front = true;
}

#include "ui/plots/plot_quantity.h"

#include <QCoreApplication>

namespace {

constexpr double k_percent_per_fraction = 100.0;
constexpr double k_ms_per_s = 1000.0;

template <typename Point>
double valueOf(PlotQuantity quantity, const Point& point)
{
  switch (quantity) {
    case PlotQuantity::Accuracy: return point.accuracy * k_percent_per_fraction;   // NaN stays NaN
    case PlotQuantity::Latency: return point.latency_s * k_ms_per_s;
    case PlotQuantity::TotalCarbon: return point.total_kg;
  }
  return 0;
}

}   // namespace

ProjectionSpec projectionSpec(int index)
{
  switch (index) {
    case 0: return {PlotQuantity::TotalCarbon, PlotQuantity::Accuracy, PlotQuantity::Latency};
    case 1: return {PlotQuantity::TotalCarbon, PlotQuantity::Latency, PlotQuantity::Accuracy};
    default: return {PlotQuantity::Latency, PlotQuantity::Accuracy, PlotQuantity::TotalCarbon};
  }
}

double plotValue(PlotQuantity quantity, const PlotPoint& point) { return valueOf(quantity, point); }
double plotValue(PlotQuantity quantity, const BaselinePoint& point) { return valueOf(quantity, point); }

bool higherIsBetter(PlotQuantity quantity) { return quantity == PlotQuantity::Accuracy; }

QString quantityAxisTitle(PlotQuantity quantity)
{
  switch (quantity) {
    case PlotQuantity::Accuracy: return QCoreApplication::translate("PlotQuantity", "Accuracy (%)");
    case PlotQuantity::Latency: return QCoreApplication::translate("PlotQuantity", "Latency (ms)");
    case PlotQuantity::TotalCarbon: return QCoreApplication::translate("PlotQuantity", "Total carbon (kg CO2e)");
  }
  return {};
}

QString quantityName(PlotQuantity quantity)
{
  switch (quantity) {
    case PlotQuantity::Accuracy: return QCoreApplication::translate("PlotQuantity", "accuracy");
    case PlotQuantity::Latency: return QCoreApplication::translate("PlotQuantity", "latency");
    case PlotQuantity::TotalCarbon: return QCoreApplication::translate("PlotQuantity", "total carbon");
  }
  return {};
}

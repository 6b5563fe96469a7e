#include "ui/report/report_summary.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

#include "core/carbon/carbon_equivalents.h"
#include "ui/report/report_format.h"

namespace report_summary {

namespace {

constexpr int k_equivalent_digits = 3;
constexpr double k_points_per_fraction = 100.0;

bool sameCarbon(double a_kg, double b_kg)
{
  return std::abs(a_kg - b_kg) <= k_same_carbon_fraction * std::max(std::abs(a_kg), std::abs(b_kg));
}

// ", at 1.7 points lower accuracy"; empty when either design has no accuracy estimate.
QString accuracyClause(const SelectedDesign& best, const SelectedDesign& other)
{
  if (!best.invariants.accuracy_available || !other.invariants.accuracy_available)
    return {};
  const double points = (best.invariants.accuracy - other.invariants.accuracy) * k_points_per_fraction;
  if (std::abs(points) < k_same_accuracy_points)
    return HtmlReport::tr(", at the same accuracy");
  if (points < 0)
    return HtmlReport::tr(", at %1 points lower accuracy").arg(report_format::percent(-points));
  return HtmlReport::tr(", at %1 points higher accuracy").arg(report_format::percent(points));
}

// "12.0 % less than Design #527, at …" or "as much as Design #527, at …".
QString comparison(const SelectedDesign& best, const SelectedDesign& other)
{
  const double b = best.carbon.total_kg, o = other.carbon.total_kg;
  QString text;
  if (sameCarbon(b, o) || !(o > 0))
    text = HtmlReport::tr("the same as %1").arg(other.label);
  else
    text =
        HtmlReport::tr("%1 % less than %2").arg(report_format::percent((o - b) / o * k_points_per_fraction), other.label);
  return text + accuracyClause(best, other);
}

}   // namespace

QString equivalentUnit(const std::string& id, const std::string& english)
{
  if (id == "car_km")
    return HtmlReport::tr("km driven by an average petrol car");
  if (id == "phone_charge")
    return HtmlReport::tr("smartphone charges");
  if (id == "tree_year")
    return HtmlReport::tr("years of an urban tree's uptake");
  return QString::fromStdString(english);
}

QString equivalentsText(double carbon_kg)
{
  QStringList parts;
  for (const auto& e : cdse::carbon_equivalents())
    parts << HtmlReport::tr("≈ %1 %2").arg(QLocale().toString(e.count(carbon_kg), 'g', k_equivalent_digits),
                                           equivalentUnit(e.id, e.unit));
  return parts.join(QStringLiteral(", "));
}

QStringList equivalentSources()
{
  QStringList sources;
  for (const auto& e : cdse::carbon_equivalents())
    sources << QStringLiteral("%1: %2").arg(equivalentUnit(e.id, e.unit), QString::fromStdString(e.source));
  return sources;
}

QStringList sentences(const std::vector<SelectedDesign>& designs, const cdse::CarbonSettings& settings, bool equivalents)
{
  std::vector<const SelectedDesign*> evaluated;
  for (const auto& d : designs)
    if (d.evaluated)
      evaluated.push_back(&d);
  if (evaluated.empty())
    return {};
  // The first of the lowest: ties keep the user's pin order.
  const SelectedDesign& best = **std::min_element(evaluated.begin(), evaluated.end(), [](auto* a, auto* b) {
    return a->carbon.total_kg < b->carbon.total_kg;
  });
  QString headline = HtmlReport::tr("%1 emits %2 kg CO₂e over %3 years")
                         .arg(best.label, report_format::kg(best.carbon.total_kg),
                              QLocale().toString(settings.lifetime_years, 'g', 4));
  if (equivalents)
    headline += HtmlReport::tr(" (%1)").arg(equivalentsText(best.carbon.total_kg));
  QStringList out;
  std::vector<const SelectedDesign*> others;
  for (const SelectedDesign* d : evaluated)
    if (d != &best)
      others.push_back(d);
  if (others.empty())
    out << headline + QLatin1Char('.');
  else
    out << HtmlReport::tr("%1, %2.").arg(headline, comparison(best, *others.front()));
  for (std::size_t i = 1; i < others.size(); ++i)
    out << HtmlReport::tr("It emits %1.").arg(comparison(best, *others[i]));
  const double embodiedShare = best.carbon.total_kg > 0 ? best.carbon.embodied_kg / best.carbon.total_kg : 0.0;
  out << HtmlReport::tr("Of %1's total, %2 % is embodied (making the chip, DRAM and package) and %3 % operational "
                        "(electricity in use).")
             .arg(best.label, report_format::percent(embodiedShare * k_points_per_fraction),
                  report_format::percent((1.0 - embodiedShare) * k_points_per_fraction));
  return out;
}

}   // namespace report_summary

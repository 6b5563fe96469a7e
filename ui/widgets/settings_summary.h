#pragma once
// Short descriptions of a set of carbon assumptions, for the A/B panel and captions: the values a
// reader needs to tell two sets apart (grid, lifetime, workload, duty cycle, fab, node, leakage).
#include <QString>
#include <QStringList>

#include "core/carbon/carbon_settings.h"

// "68 g/kWh (British Columbia) · 3 years · 0.317 inferences/s · duty 100 % · fab Taiwan"
QString settingsSummary(const cdse::CarbonSettings& settings);
// The summary's parts, one per assumption, in the same order.
QStringList settingsSummaryParts(const cdse::CarbonSettings& settings);
// The parts of `b` whose assumption differs from `a` (empty: the sets score every design alike).
QStringList settingsDifferences(const cdse::CarbonSettings& a, const cdse::CarbonSettings& b);

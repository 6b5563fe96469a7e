#pragma once
// Everything a drill-down or compare view needs about one design, as values: its label, the
// design itself (model + accelerator) and its simulator invariants, plus its carbon under the
// current assumptions. Built by ExplorerModel::designInfo; the views re-simulate nothing except
// the per-operator table of the single selected design (which the archive does not keep).
#include <QString>

#include <optional>
#include <string>

#include "core/carbon/carbon_breakdown.h"
#include "core/carbon/carbon_settings.h"
#include "core/carbon/design_invariants.h"
#include "ui/explorer/design_ref.h"
#include "core/evaluation/design.h"
#include "core/search/archive/search_constraints.h"

struct SelectedDesign {
  DesignRef ref;
  QString label;   // "Design #123" or the baseline's label
  cdse::Design design;
  bool evaluated = false;   // false: the simulator refused it; `error` says why
  QString error;
  cdse::DesignInvariants invariants;   // valid when evaluated
  cdse::CarbonBreakdown carbon;        // under `settings`
  cdse::CarbonSettings settings;       // the assumptions the carbon was scored with
  cdse::Feasibility feasibility;
  bool on_front = false;
};

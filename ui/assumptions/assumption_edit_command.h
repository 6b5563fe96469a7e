#pragma once
// One undoable step of the Assumptions panel: the complete assumptions (carbon settings and
// constraint limits) before and after. Steps of the same control merge while a slider is held
// (one drag is one step, however long) and within a short interval otherwise (holding an arrow
// key, turning the wheel over a focused control); a preset is one step. Undo and redo hand the
// state back to the panel, which shows it and announces it like a user edit, so the window
// re-scores the designs.
#include <QUndoCommand>

#include <chrono>

#include "core/carbon/carbon_settings.h"
#include "core/search/archive/search_constraints.h"

struct AssumptionState {
  cdse::CarbonSettings carbon;
  cdse::SearchConstraints constraints;
  friend bool operator==(const AssumptionState&, const AssumptionState&) = default;
};

class AssumptionsPanel;

class AssumptionEditCommand : public QUndoCommand {
public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::milliseconds k_merge_interval{600};

  // `control`: the widget edited (only compared, never dereferenced). `dragId`: nonzero while a
  // slider is held, the same for the whole drag.
  AssumptionEditCommand(AssumptionsPanel* panel, AssumptionState before, AssumptionState after, const void* control,
                        int dragId, const QString& text, Clock::time_point when = Clock::now());

  void undo() override;
  void redo() override;
  int id() const override { return 1; }
  bool mergeWith(const QUndoCommand* other) override;

private:
  AssumptionsPanel* panel_;
  AssumptionState before_, after_;
  const void* control_;
  int dragId_;
  Clock::time_point last_;
  bool pushed_ = false;   // the first redo() is the push: the edit is already shown
};

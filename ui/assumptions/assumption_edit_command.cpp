#include "ui/assumptions/assumption_edit_command.h"

#include "ui/assumptions/assumptions_panel.h"

AssumptionEditCommand::AssumptionEditCommand(AssumptionsPanel* panel, AssumptionState before, AssumptionState after,
                                             const void* control, int dragId, const QString& text, Clock::time_point when)
    : panel_(panel), before_(std::move(before)), after_(std::move(after)), control_(control), dragId_(dragId), last_(when)
{
  setText(text);
}

void AssumptionEditCommand::undo() { panel_->restoreState(before_); }

void AssumptionEditCommand::redo()
{
  if (pushed_)
    panel_->restoreState(after_);
  pushed_ = true;
}

bool AssumptionEditCommand::mergeWith(const QUndoCommand* other)
{
  const auto* next = static_cast<const AssumptionEditCommand*>(other);
  if (next->control_ != control_)
    return false;
  const bool sameDrag = dragId_ != 0 && next->dragId_ == dragId_;
  if (!sameDrag && next->last_ - last_ > k_merge_interval)
    return false;
  after_ = next->after_;
  dragId_ = next->dragId_;
  last_ = next->last_;
  setObsolete(after_ == before_);   // dragged back to where it started: no step at all
  return true;
}

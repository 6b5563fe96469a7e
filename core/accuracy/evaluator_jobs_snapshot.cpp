#include "core/accuracy/evaluator_jobs_snapshot.h"

namespace cdse {

bool evaluator_job_state_is_final(EvaluatorJobState state)
{
  return state == EvaluatorJobState::Done || state == EvaluatorJobState::Failed || state == EvaluatorJobState::Cancelled;
}

}   // namespace cdse

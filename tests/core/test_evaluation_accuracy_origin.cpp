// Where a design's accuracy came from, as each accuracy source reports it, reaches the design's
// invariants (make_design_invariants): the built-in estimate and a published checkpoint, a measured
// table's exact rows and interpolations, an external evaluator's output.
#include <gtest/gtest.h>

#include <string>

#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/accuracy/evaluator_output.h"
#include "core/accuracy/measured_accuracy_table.h"
#include "core/evaluation/make_design_invariants.h"
#include "core/io/input_error.h"
#include "core/workload/model_preset.h"

using namespace cdse;

namespace {

ModelConfig b16(int text_layers, int vision_layers)
{
  ModelConfig m = unpruned_config(model_preset("clip-vit-b16"));
  m.encoders[0].layers = text_layers;
  m.encoders[1].layers = vision_layers;
  return m;
}

DesignInvariants invariants_of(const AccuracyEstimate& accuracy)
{
  return make_design_invariants(PerformanceReport{}, accuracy, Workload{}, AcceleratorConfig{});
}

}   // namespace

TEST(EvaluationAccuracyOrigin, BuiltinEstimateAndPublishedCheckpoint)
{
  const BuiltinAccuracyEstimator builtin;
  const AccuracyEstimate clip = builtin.estimate(b16(8, 10));
  ASSERT_EQ(clip.source, "estimate:clip-retrieval");
  EXPECT_EQ(invariants_of(clip).accuracy_source, AccuracyOrigin::Estimate);

  const AccuracyEstimate bert = builtin.estimate(unpruned_config(model_preset("bert-base")));
  ASSERT_EQ(bert.source, "published");
  EXPECT_EQ(invariants_of(bert).accuracy_source, AccuracyOrigin::Published);

  ModelConfig pruned_bert = unpruned_config(model_preset("bert-base"));
  pruned_bert.encoders[0].layers = 6;   // no number for a pruned shape: no source either
  const DesignInvariants none = invariants_of(builtin.estimate(pruned_bert));
  EXPECT_FALSE(none.accuracy_available);
  EXPECT_EQ(none.accuracy_source, AccuracyOrigin::None);
}

TEST(EvaluationAccuracyOrigin, MeasuredTableRowsAndInterpolations)
{
  const std::string csv = "preset,text_layers,vision_layers,accuracy\n"
                          "clip-vit-b16,4,4,0.30\nclip-vit-b16,4,12,0.38\nclip-vit-b16,12,4,0.36\n"
                          "clip-vit-b16,12,12,0.48\n";
  const MeasuredAccuracyTable table(read_measured_accuracy_csv(csv, "acc.csv"), "acc.csv", nullptr);
  EXPECT_EQ(invariants_of(table.estimate(b16(12, 12))).accuracy_source, AccuracyOrigin::Measured);
  EXPECT_EQ(invariants_of(table.estimate(b16(8, 8))).accuracy_source, AccuracyOrigin::Interpolated);
}

TEST(EvaluationAccuracyOrigin, ExternalEvaluatorOutput)
{
  const AccuracyEstimate e = parse_evaluator_output("finetune.py", "{\"accuracy\": 0.41}\n", "");
  EXPECT_EQ(invariants_of(e).accuracy_source, AccuracyOrigin::External);
}

TEST(EvaluationAccuracyOrigin, UnknownSourceTextIsAnErrorNamingTheField)
{
  AccuracyEstimate e{true, 0.4, 0.39, 0.41, "guessed", ""};
  try {
    invariants_of(e);
    FAIL() << "an unknown source was accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(error.where(), "accuracy_source") << error.what();
    EXPECT_NE(std::string(error.what()).find("\"guessed\""), std::string::npos) << error.what();
  }
  e.source = "none";   // an accuracy that says it has none is a contradiction, not a silent "none"
  EXPECT_THROW(invariants_of(e), InputError);
  e.available = false;
  EXPECT_EQ(invariants_of(e).accuracy_source, AccuracyOrigin::None);
}

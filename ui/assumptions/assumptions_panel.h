#pragma once
// The what-if controls: carbon assumptions (grid intensity with region presets, lifetime,
// workload, duty cycle; fab, node, gas abatement, yield, packaging) and the constraint limits.
// Every edit emits the complete new settings at once; the window re-scores the stored designs
// (arithmetic, no simulation), so a dragged slider moves the fronts live. Every edit is also a
// step on undoStack() (a drag or a preset is one step); undo and redo re-emit like an edit.
#include <QMetaType>
#include <QVector>
#include <QWidget>

#include "ui/assumptions/assumption_edit_command.h"
#include "ui/assumptions/assumption_preset.h"
#include "core/carbon/carbon_settings.h"
#include "core/search/archive/search_constraints.h"

class OptionalLimitEdit;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QUndoStack;
class SliderSpinBox;

class AssumptionsPanel : public QWidget {
  Q_OBJECT
public:
  explicit AssumptionsPanel(QWidget* parent = nullptr);

  // Show these values (no signals) and start a new undo history. Fields without a control (DRAM
  // sizing, amortisation) are kept.
  void setSettings(const cdse::CarbonSettings& settings);
  void setConstraints(const cdse::SearchConstraints& constraints);
  cdse::CarbonSettings settings() const;
  cdse::SearchConstraints constraints() const;

  // Applies preset `index` of presets() as if the user picked it (emits settingsChanged).
  void applyPreset(int index);
  // Shows a whole set of assumptions (e.g. the A/B panel's A or B) as one undoable edit named
  // `editName`, and emits settingsChanged.
  void applySettings(const cdse::CarbonSettings& settings, const QString& editName);
  const QVector<AssumptionPreset>& presets() const { return presets_; }

  QUndoStack* undoStack() const { return undo_; }

signals:
  void settingsChanged(const cdse::CarbonSettings& settings);
  void constraintsChanged(const cdse::SearchConstraints& constraints);

protected:
  void changeEvent(QEvent* event) override;

private:
  friend class AssumptionEditCommand;
  void restoreState(const AssumptionState& state);   // undo/redo: show, then emit what changed
  void showConstraints(const cdse::SearchConstraints& constraints);
  void recordEdit(QWidget* control, const QString& name = {});   // name: the control's label
  QString controlName(QWidget* control) const;
  QWidget* buildOperationGroup();
  QWidget* buildManufacturingGroup();
  QWidget* buildConstraintsGroup();
  void fillComboBoxes();
  void retranslateUi();
  void loadPresets();
  void showValues(const cdse::CarbonSettings& s);
  void emitSettings(QWidget* control);
  void updateDerivedText();
  double workloadUnitPerSecond() const;

  cdse::CarbonSettings base_;   // the last settings shown; keeps the fields without controls
  QVector<AssumptionPreset> presets_;

  QLabel* presetLabel_ = nullptr;
  QComboBox* preset_ = nullptr;
  QGroupBox* operation_ = nullptr;
  QGroupBox* manufacturing_ = nullptr;
  QGroupBox* limits_ = nullptr;
  QFormLayout* operationForm_ = nullptr;
  QFormLayout* manufacturingForm_ = nullptr;
  QFormLayout* limitsForm_ = nullptr;

  QComboBox* gridRegion_ = nullptr;
  SliderSpinBox* gridIntensity_ = nullptr;
  SliderSpinBox* lifetime_ = nullptr;
  SliderSpinBox* workload_ = nullptr;
  QComboBox* workloadUnit_ = nullptr;
  SliderSpinBox* dutyCycle_ = nullptr;
  SliderSpinBox* idlePower_ = nullptr;
  QCheckBox* includeStatic_ = nullptr;
  QLabel* derived_ = nullptr;

  QComboBox* fabLocation_ = nullptr;
  QComboBox* node_ = nullptr;
  QComboBox* gasAbatement_ = nullptr;
  QComboBox* yieldModel_ = nullptr;
  SliderSpinBox* yield_ = nullptr;
  QCheckBox* includePackaging_ = nullptr;

  OptionalLimitEdit* maxLatency_ = nullptr;
  OptionalLimitEdit* maxArea_ = nullptr;
  OptionalLimitEdit* maxTops_ = nullptr;
  OptionalLimitEdit* minAccuracy_ = nullptr;
  OptionalLimitEdit* maxCarbon_ = nullptr;
  bool showing_ = false;   // true while setSettings fills the controls
  QUndoStack* undo_ = nullptr;
  AssumptionState recorded_;   // what the last undo step ends with
};

Q_DECLARE_METATYPE(cdse::CarbonSettings)
Q_DECLARE_METATYPE(cdse::SearchConstraints)

#pragma once
// Picks one assumption and the range to vary it over: the parameter (grid intensity, lifetime,
// inference rate, duty cycle), from, to and a log-scale switch, with each parameter's default range
// (grid 1–1000 g/kWh and rates 0.01–1000 /s on log scales, as they span orders of magnitude). With
// Parameters::All also the categorical ones (fab location, technology node): a menu of checkable
// categories replaces the range. Shared by the Sweep panel (one axis, all parameters) and the
// Regime Map panel (two numeric axes).
#include <QString>
#include <QWidget>

#include <string>
#include <vector>

#include "core/analysis/carbon_sweep.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QToolButton;

class SweepRangeEditor : public QWidget {
  Q_OBJECT
public:
  enum class Rows { One, Two };             // two: the parameter above its range, for narrow docks
  enum class Parameters { Numeric, All };   // All: the categorical parameters too
  explicit SweepRangeEditor(Rows rows, Parameters parameters = Parameters::Numeric, QWidget* parent = nullptr);

  void setTitle(const QString& title);                 // before the parameter ("Sweep:", "Across:")
  void setParameter(cdse::SweepParameter parameter);   // with its default range
  cdse::SweepParameter parameter() const;
  void setRange(double from, double to, bool logScale);
  // A categorical parameter: check only these category ids (empty: all of them).
  void setCategories(const std::vector<std::string>& ids);
  cdse::SweepRange range(int steps) const;

  // A plot axis for the parameter, with its unit ("Lifetime (years)"): the sweep's and the map's.
  static QString axisLabel(cdse::SweepParameter parameter);

signals:
  void changed();

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void rebuildCategories();
  void updateCategoryButton();

  Rows rows_;
  QLabel* title_;
  QComboBox* parameter_;
  QLabel* fromLabel_;
  QDoubleSpinBox* from_;
  QDoubleSpinBox* to_;
  QCheckBox* log_;
  QWidget* rangeWidgets_[4] = {};   // the numeric range's widgets, hidden for a category parameter
  QToolButton* categories_;
  QMenu* categoryMenu_;
};

#pragma once
// Picks one operational assumption and the range to vary it over: the parameter (grid intensity,
// lifetime, inference rate, duty cycle), from, to and a log-scale switch, with each parameter's
// default range (grid 1–1000 g/kWh and rates 0.01–1000 /s on log scales, as they span orders of
// magnitude). Shared by the Sweep panel (one axis) and the Regime Map panel (two).
#include <QString>
#include <QWidget>

#include "core/analysis/carbon_sweep.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;

class SweepRangeEditor : public QWidget {
  Q_OBJECT
public:
  enum class Rows { One, Two };   // two: the parameter above its range, for narrow docks
  explicit SweepRangeEditor(Rows rows, QWidget* parent = nullptr);

  void setTitle(const QString& title);                 // before the parameter ("Sweep:", "Across:")
  void setParameter(cdse::SweepParameter parameter);   // with its default range
  cdse::SweepParameter parameter() const;
  void setRange(double from, double to, bool logScale);
  cdse::SweepRange range(int steps) const;

  // A plot axis for the parameter, with its unit ("Lifetime (years)"): the sweep's and the map's.
  static QString axisLabel(cdse::SweepParameter parameter);

signals:
  void changed();

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();

  QLabel* title_;
  QComboBox* parameter_;
  QLabel* fromLabel_;
  QDoubleSpinBox* from_;
  QDoubleSpinBox* to_;
  QCheckBox* log_;
};

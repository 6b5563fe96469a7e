#pragma once
// A slider and a spin box editing one number together. The slider may be logarithmic (grid
// intensity and workload span decades); the spin box shows the exact value and accepts typing.
#include <QWidget>

class QDoubleSpinBox;
class QSlider;

class SliderSpinBox : public QWidget {
  Q_OBJECT
public:
  enum class Scale { Linear, Logarithmic };

  SliderSpinBox(double minimum, double maximum, int decimals, Scale scale, QWidget* parent = nullptr);

  double value() const;
  // Sets the value without emitting valueChanged (values outside the range are clamped).
  void setValue(double value);
  void setSuffix(const QString& suffix);
  void setRange(double minimum, double maximum);

  // Nonzero while the slider is held, and the same number for the whole drag (undo merges a
  // drag into one step).
  int dragId() const;

  QSlider* slider() const { return slider_; }
  QDoubleSpinBox* spinBox() const { return spin_; }

signals:
  void valueChanged(double value);   // from the user: dragging the slider or editing the spin box

private:
  int sliderPosition(double value) const;
  double valueAt(int position) const;

  QSlider* slider_;
  QDoubleSpinBox* spin_;
  Scale scale_;
  bool updating_ = false;
  int drags_ = 0;
};

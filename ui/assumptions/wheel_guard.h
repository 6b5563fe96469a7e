#pragma once
// Scrolling a panel full of sliders must not change them: the mouse wheel changes a slider, spin
// box or combo box only when that control has keyboard focus (click it first, or tab to it).
// Otherwise the wheel event goes to the enclosing scroll area, which scrolls the panel as the
// user meant. The controls get Qt::StrongFocus so the wheel alone never focuses them.
#include <QObject>

class QWidget;

class WheelGuard : public QObject {
  Q_OBJECT
public:
  // Guards every slider, spin box and combo box under `root` (call it once the controls exist;
  // the guard is a child of `root`).
  static void install(QWidget* root);

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  explicit WheelGuard(QWidget* root);
  void guard(QWidget* control);
};

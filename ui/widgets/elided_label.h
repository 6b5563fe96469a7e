#pragma once
// A one-line label that shrinks below its text: the text is elided ("…") to the width the layout
// gives it and the full text becomes the tooltip, so a long status line cannot force the window
// wider than the screen. text() stays the full text.
#include <QLabel>

class ElidedLabel : public QLabel {
  Q_OBJECT
public:
  explicit ElidedLabel(QWidget* parent = nullptr);

  void setText(const QString& text);   // hides QLabel::setText: keeps the tooltip in step
  void clear();
  bool isElided() const;
  QSize minimumSizeHint() const override;

protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

private:
  void updateToolTip();
};

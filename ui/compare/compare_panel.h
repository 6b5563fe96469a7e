#pragma once
// Side-by-side comparison of the pinned designs (up to four): a table of the headline numbers with
// the best value of each row in bold, and stacked bars of embodied vs operational carbon. The rows
// a comparison is about (total, embodied and operational carbon, accuracy, latency) come first and
// every row is one line high, so they are in view without scrolling even in a low bottom dock;
// long texts (model, accelerator) are shortened, whole in their tooltip.
#include <QWidget>

#include <vector>

#include "ui/explorer/selected_design.h"

class CompareBars;
class QCustomPlot;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QTableWidget;

class ComparePanel : public QWidget {
  Q_OBJECT
public:
  explicit ComparePanel(QWidget* parent = nullptr);

  void setDesigns(const std::vector<SelectedDesign>& designs);

  QTableWidget* table() const { return table_; }
  QCustomPlot* bars() const;
  // The row names shown first, in this order (translated).
  static QStringList keyRowNames();

signals:
  void unpinRequested(const DesignRef& ref);

protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  void retranslateUi();
  void rebuild();
  void fillTable();
  void fillUnpinButtons();
  void fitRowNames();
  void fitColumns();   // the designs share the width, down to a readable minimum

  std::vector<SelectedDesign> designs_;
  QLabel* hint_;
  QHBoxLayout* buttons_;
  QTableWidget* table_;
  CompareBars* bars_;
  QSplitter* splitter_;
  bool userSplit_ = false;   // the user moved the splitter: their widths are kept
};

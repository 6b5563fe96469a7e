#pragma once
// Side-by-side comparison of the pinned designs (up to four): a table of the headline numbers with
// the best value of each row in bold, and stacked bars of embodied vs operational carbon.
#include <QWidget>

#include <vector>

#include "explorer/selected_design.h"

class QCPBars;
class QCustomPlot;
class QHBoxLayout;
class QLabel;
class QTableWidget;

class ComparePanel : public QWidget {
  Q_OBJECT
public:
  explicit ComparePanel(QWidget* parent = nullptr);

  void setDesigns(const std::vector<SelectedDesign>& designs);

  QTableWidget* table() const { return table_; }
  QCustomPlot* bars() const { return plot_; }

signals:
  void unpinRequested(const DesignRef& ref);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void rebuild();
  void fillTable();
  void fillBars();
  void fillUnpinButtons();

  std::vector<SelectedDesign> designs_;
  QLabel* hint_;
  QHBoxLayout* buttons_;
  QTableWidget* table_;
  QCustomPlot* plot_;
  QCPBars* embodied_;
  QCPBars* operational_;
};

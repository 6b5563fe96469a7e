#pragma once
// File → Open Recent: the last few sessions and scenarios opened or saved, remembered in
// QSettings; entries whose file has gone are dropped when the menu opens.
#include <QMenu>
#include <QStringList>

class RecentFilesMenu : public QMenu {
  Q_OBJECT
public:
  static constexpr int k_max_entries = 8;
  explicit RecentFilesMenu(QWidget* parent = nullptr);

  void add(const QString& path);
  QStringList files() const;

signals:
  void fileChosen(const QString& path);

protected:
  void changeEvent(QEvent* event) override;

private:
  void rebuild();
  void store(const QStringList& files);
};

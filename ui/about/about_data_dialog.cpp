#include "ui/about/about_data_dialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <exception>

#include "core/io/data_sources.h"
#include "core/io/resources.h"

namespace {

constexpr std::string_view k_data_prefix = "data/";
constexpr int k_label_role = Qt::UserRole;     // the entry's JSON path and id, untranslated
constexpr int k_key_role = Qt::UserRole + 1;   // "source", "energy_source", ...

QString fromUtf8(const std::string& text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

}   // namespace

AboutDataDialog::AboutDataDialog(QWidget* parent)
    : QDialog(parent), tabs_(new QTabWidget(this)), tables_(new QTreeWidget(this)), references_(new QTextBrowser(this))
{
  setObjectName(QStringLiteral("aboutDataDialog"));
  tables_->setObjectName(QStringLiteral("aboutDataTables"));
  references_->setObjectName(QStringLiteral("aboutDataReferences"));

  tables_->setColumnCount(2);
  tables_->setWordWrap(true);
  tables_->setUniformRowHeights(false);
  tables_->header()->setSectionResizeMode(0, QHeaderView::Interactive);
  tables_->header()->resizeSection(0, 260);
  tables_->header()->setStretchLastSection(true);
  fillTables();

  // Links inside the bibliography (papers, repositories) open in the system browser.
  references_->setOpenExternalLinks(true);
  QFile file(QStringLiteral(":/docs/references.md"));
  if (file.open(QIODevice::ReadOnly | QIODevice::Text))
    references_->setMarkdown(QString::fromUtf8(file.readAll()));

  tabs_->addTab(tables_, QString());
  tabs_->addTab(references_, QString());

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(tabs_);
  layout->addWidget(buttons);
  resize(960, 640);
  retranslate();
}

void AboutDataDialog::fillTables()
{
  for (const std::string& path : cdse::embedded_resource_list(k_data_prefix)) {
    auto* table = new QTreeWidgetItem(tables_);
    table->setText(0, fromUtf8(path.substr(k_data_prefix.size())));
    try {
      const cdse::json::Json document = cdse::embedded_json(path);
      if (const auto* description = cdse::json::find(document, "description"); description && description->is_string()) {
        table->setText(1, fromUtf8(description->get<std::string>()));
        table->setToolTip(1, table->text(1));
      }
      for (const cdse::DataSource& source : cdse::collect_sources(document)) {
        auto* entry = new QTreeWidgetItem(table);
        entry->setData(0, k_label_role, fromUtf8(source.label));
        entry->setData(0, k_key_role, fromUtf8(source.key));
        entry->setText(1, fromUtf8(source.text));
        entry->setToolTip(1, entry->text(1));
      }
    } catch (const std::exception& e) {
      // A shipped table that does not parse is a build error; show it rather than hide the table.
      table->setText(1, tr("Cannot read this table: %1").arg(QString::fromUtf8(e.what())));
    }
  }
}

void AboutDataDialog::retranslate()
{
  setWindowTitle(tr("About Data and Sources"));
  tables_->setHeaderLabels({tr("Table / entry"), tr("Source")});
  tabs_->setTabText(0, tr("Data tables"));
  tabs_->setTabText(1, tr("References"));
  // An entry is named by its JSON path (and id); a source of the whole file by "whole table"; a
  // source with a specific key ("energy_source") shows the key too.
  for (int i = 0; i < tables_->topLevelItemCount(); ++i) {
    QTreeWidgetItem* table = tables_->topLevelItem(i);
    for (int j = 0; j < table->childCount(); ++j) {
      QTreeWidgetItem* entry = table->child(j);
      const QString path = entry->data(0, k_label_role).toString();
      const QString key = entry->data(0, k_key_role).toString();
      QString label = path.isEmpty() ? tr("whole table") : path;
      if (key != QLatin1String("source"))
        label += QStringLiteral(" · ") + key;
      entry->setText(0, label);
    }
  }
}

void AboutDataDialog::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QDialog::changeEvent(event);
}

QStringList AboutDataDialog::tableNames() const
{
  QStringList names;
  for (int i = 0; i < tables_->topLevelItemCount(); ++i)
    names << tables_->topLevelItem(i)->text(0);
  return names;
}

QString AboutDataDialog::referencesText() const { return references_->toPlainText(); }

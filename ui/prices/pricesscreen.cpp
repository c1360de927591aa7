#include "pricesscreen.h"

#include "priceitemdialog.h"
#include "pricetablemodel.h"
#include "services.h"
#include "session.h"
#include "widgets/documentsfolder.h"
#include "workflow/workflows.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace rc::ui {

PricesScreen::PricesScreen(Services &services, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
    , m_prices(services.prices)
{
    setObjectName(QStringLiteral("pricesScreen"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Price list"), this);
    title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600;"));
    layout->addWidget(title);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("priceSearchEdit"));
    m_search->setPlaceholderText(tr("Search code or name"));
    m_search->setClearButtonEnabled(true);
    m_inactive = new QCheckBox(tr("Show inactive"), this);
    m_inactive->setObjectName(QStringLiteral("showInactiveCheck"));
    m_inactive->setChecked(true);
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setObjectName(QStringLiteral("priceCountLabel"));
    filters->addWidget(m_search, 1);
    filters->addWidget(m_inactive);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_model = new PriceTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("pricesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&New item…"), this);
    m_add->setObjectName(QStringLiteral("addPriceButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editPriceButton"));
    m_import = new QPushButton(tr("&Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);

    m_message = new QLabel(this);

    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    // The window is built before anyone logs in: who may edit is read again at every
    // change of the session.
    const auto updateAccess = [this] {
        const bool may = m_session.can(Permission::ManageCenter);
        m_add->setEnabled(may);
        m_edit->setEnabled(may);
        m_import->setEnabled(may);
    };
    updateAccess();
    connect(&m_session, &Session::changed, this, updateAccess);

    connect(m_search, &QLineEdit::textChanged, this, &PricesScreen::reload);
    connect(m_inactive, &QCheckBox::toggled, this, &PricesScreen::reload);
    connect(m_add, &QPushButton::clicked, this, &PricesScreen::addItem);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            editItem(rows.first().row());
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_session.can(Permission::ManageCenter))
            editItem(index.row());
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Import price list"), documentsFolder(),
                                           tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export price list"), documentsFolder() + QStringLiteral("/price-list.csv"),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    reload();
}

void PricesScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void PricesScreen::reload()
{
    auto items = m_prices.list(m_search->text(), m_inactive->isChecked());
    if (!items) {
        showResult(false, items.error().message);
        return;
    }
    m_model->setItems(*items);
    m_count->setText(tr("%n item(s)", nullptr, static_cast<int>(items->size())));
}

void PricesScreen::showResult(bool ok, const QString &message)
{
    m_message->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                                : QStringLiteral("color: #b00020;"));
    m_message->setText(message);
}

void PricesScreen::addItem()
{
    openDialog(PriceItem {});
}

void PricesScreen::editItem(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    openDialog(m_model->itemAt(row));
}

void PricesScreen::openDialog(const PriceItem &item)
{
    if (!m_session.can(Permission::ManageCenter))
        return;
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new PriceItemDialog(item, this);
    auto *dialog = m_dialog;
    // OK saves; a refusal from the store (code taken, changed meanwhile) keeps it open.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto saved = m_services.workflows.admin.savePrice(m_session.userId(), dialog->item());
        if (!saved) {
            dialog->setError(saved.error().message);
            dialog->open();
            return;
        }
        showResult(true, tr("%1 saved.").arg(saved->code));
        reload();
        dialog->deleteLater();
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        dialog->deleteLater();
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    dialog->open();
}

bool PricesScreen::importFile(const QString &path)
{
    if (!m_session.can(Permission::ManageCenter))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showResult(false, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    auto summary = m_services.workflows.admin.importPrices(m_session.userId(), file.readAll());
    if (!summary) {
        showResult(false, summary.error().message);
        return false;
    }
    showResult(true, tr("Imported: %1 new, %2 changed, %3 unchanged.")
                         .arg(summary->added)
                         .arg(summary->updated)
                         .arg(summary->unchanged));
    reload();
    return true;
}

bool PricesScreen::exportFile(const QString &path)
{
    auto csv = m_prices.exportCsv();
    if (!csv) {
        showResult(false, csv.error().message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*csv) != csv->size() || !file.commit()) {
        showResult(false, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    showResult(true, tr("Price list exported to %1.").arg(path));
    return true;
}

} // namespace rc::ui

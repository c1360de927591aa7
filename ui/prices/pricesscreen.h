#pragma once

#include "store/pricelistrepository.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rc::ui {

class PriceItemDialog;
class PriceTableModel;
class Session;
struct Services;

// The parts and labour price list: search, add and edit items (prices, names, stock), import
// and export CSV. An import is all or nothing; a refused file's bad lines are listed here.
// Changing a price never touches quotes already written (they copied the price).
class PricesScreen : public QWidget
{
    Q_OBJECT

public:
    PricesScreen(Services &services, Session &session, QWidget *parent = nullptr);

    PriceTableModel *model() const { return m_model; }
    // The open item dialog, for tests; nullptr when none is open.
    PriceItemDialog *dialog() const { return m_dialog; }

public slots:
    void reload();
    // What the Import and Export buttons do after asking for a file.
    bool importFile(const QString &path);
    bool exportFile(const QString &path);
    void addItem();
    void editItem(int row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openDialog(const PriceItem &item);
    void showResult(bool ok, const QString &message);

    Services &m_services;
    Session &m_session;
    PriceListRepository &m_prices;
    PriceTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_inactive = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    PriceItemDialog *m_dialog = nullptr;
};

} // namespace rc::ui

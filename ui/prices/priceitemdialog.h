#pragma once

#include "tickets/priceitem.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rc::ui {

// Edits one price item: code, kind, names in Chinese and English, unit price (a decimal
// amount), stock on hand, active. OK checks the entries and stays open with a message when
// one is wrong. A widget like any other: tests fill it and press OK without exec().
class PriceItemDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PriceItemDialog(const PriceItem &item, QWidget *parent = nullptr);

    // The item as edited (id and version of the original kept).
    PriceItem item() const;
    void setError(const QString &message);

    void accept() override;

private:
    PriceItem m_item;
    QLineEdit *m_code = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_nameZh = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLineEdit *m_price = nullptr;
    QSpinBox *m_stock = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace rc::ui

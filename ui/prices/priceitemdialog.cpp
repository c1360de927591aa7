#include "priceitemdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rc::ui {

PriceItemDialog::PriceItemDialog(const PriceItem &item, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
{
    setObjectName(QStringLiteral("priceItemDialog"));
    setWindowTitle(item.id.isEmpty() ? tr("New price item") : tr("Price item %1").arg(item.code));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_code = new QLineEdit(item.code, this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setMaxLength(40);
    form->addRow(tr("&Code:"), m_code);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Part"), QStringLiteral("part"));
    m_kind->addItem(tr("Labour"), QStringLiteral("labour"));
    m_kind->setCurrentIndex(item.kind == QuoteLineKind::Labour ? 1 : 0);
    form->addRow(tr("&Kind:"), m_kind);
    m_nameZh = new QLineEdit(item.name, this);
    m_nameZh->setObjectName(QStringLiteral("nameZhEdit"));
    form->addRow(tr("Name (&Chinese):"), m_nameZh);
    m_nameEn = new QLineEdit(item.nameEn, this);
    m_nameEn->setObjectName(QStringLiteral("nameEnEdit"));
    form->addRow(tr("Name (&English):"), m_nameEn);
    m_price = new QLineEdit(item.id.isEmpty() ? QString() : item.unitPrice.toDecimalString(), this);
    m_price->setObjectName(QStringLiteral("priceEdit"));
    m_price->setPlaceholderText(QStringLiteral("0.00"));
    form->addRow(tr("Unit &price (%1):").arg(item.unitPrice.currency), m_price);
    m_stock = new QSpinBox(this);
    m_stock->setObjectName(QStringLiteral("stockSpin"));
    m_stock->setRange(0, 1000000);
    m_stock->setValue(item.stock);
    form->addRow(tr("In &stock:"), m_stock);
    m_active = new QCheckBox(tr("Offered on quotes"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(item.active);
    form->addRow(tr("&Active:"), m_active);

    m_error = new QLabel(this);

    m_error->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PriceItemDialog::reject);
}

PriceItem PriceItemDialog::item() const
{
    PriceItem p = m_item;
    p.code = m_code->text().trimmed();
    p.kind = m_kind->currentData().toString() == QLatin1String("labour") ? QuoteLineKind::Labour
                                                                         : QuoteLineKind::Part;
    p.name = m_nameZh->text().trimmed();
    p.nameEn = m_nameEn->text().trimmed();
    qint64 minor = -1;
    if (Money::parseDecimal(m_price->text().trimmed(), &minor))
        p.unitPrice.minor = minor;
    else
        p.unitPrice.minor = -1;
    p.stock = p.kind == QuoteLineKind::Labour ? 0 : m_stock->value();
    p.active = m_active->isChecked();
    return p;
}

void PriceItemDialog::setError(const QString &message)
{
    m_error->setText(message);
}

void PriceItemDialog::accept()
{
    const PriceItem p = item();
    if (p.code.isEmpty())
        return setError(tr("The code is missing."));
    if (p.name.isEmpty())
        return setError(tr("The Chinese name is missing."));
    if (p.unitPrice.minor < 0)
        return setError(tr("The price is an amount such as 12.50."));
    m_error->clear();
    QDialog::accept();
}

} // namespace rc::ui

#include "customerpicker.h"

#include "services.h"
#include "store/customerrepository.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QStandardItemModel>

namespace rc::ui {

CustomerPicker::CustomerPicker(Services &services, QWidget *parent)
    : QGroupBox(tr("Customer"), parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("customerBox"));
    auto *form = new QFormLayout(this);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("customerPhoneEdit"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phone->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[+0-9 \\-]{0,20}")), m_phone));
    m_phone->setPlaceholderText(tr("Mobile number, or its first or last digits"));
    form->addRow(tr("Phone:"), m_phone);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("customerNameEdit"));
    form->addRow(tr("Name:"), m_name);
    m_match = new QLabel(this);
    m_match->setObjectName(QStringLiteral("customerMatchLabel"));
    m_match->setWordWrap(true);
    m_match->setTextFormat(Qt::RichText);
    form->addRow(m_match);

    m_phoneCandidates = new QStandardItemModel(this);
    m_phoneCompleter = new QCompleter(m_phoneCandidates, this);
    m_phoneCompleter->setObjectName(QStringLiteral("customerCompleter"));
    m_phoneCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_phone->setCompleter(m_phoneCompleter);
    connect(m_phone, &QLineEdit::textEdited, this, &CustomerPicker::phoneEdited);
    connect(m_phoneCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.data(Qt::UserRole).toString()); });
    m_nameCandidates = new QStandardItemModel(this);
    m_nameCompleter = new QCompleter(m_nameCandidates, this);
    m_nameCompleter->setObjectName(QStringLiteral("customerNameCompleter"));
    m_nameCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_name->setCompleter(m_nameCompleter);
    connect(m_name, &QLineEdit::textEdited, this, &CustomerPicker::nameEdited);
    connect(m_nameCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.data(Qt::UserRole).toString()); });
}

QString CustomerPicker::digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QString CustomerPicker::phoneText() const
{
    return m_phone->text();
}

QString CustomerPicker::phoneDigits() const
{
    return digitsOf(m_phone->text());
}

QString CustomerPicker::nameText() const
{
    return m_name->text();
}

void CustomerPicker::clear()
{
    m_phone->clear();
    m_name->clear();
    m_match->clear();
    m_customerId.clear();
    m_phoneCandidates->clear();
    m_nameCandidates->clear();
}

void CustomerPicker::restore(const QString &phone, const QString &name, const QString &customerId)
{
    m_phone->setText(phone);
    if (!customerId.isEmpty())
        choose(customerId);
    if (m_customerId.isEmpty())
        m_name->setText(name);
}

void CustomerPicker::phoneEdited(const QString &text)
{
    const QString digits = digitsOf(text);
    m_customerId.clear();
    m_match->clear();
    if (digits.size() >= 11) {
        // A whole number: the customer with it is taken at once (the newest, when several).
        auto found = m_services.customers.byPhone(digits);
        if (found && !found->isEmpty()) {
            // Several customers with this number stay offered to pick another; one is
            // simply taken (no list left open over the form).
            offer(m_phoneCandidates, found->size() > 1 ? found.value() : QList<Customer> {}, false);
            if (found->size() == 1 && m_phoneCompleter->popup())
                m_phoneCompleter->popup()->hide();
            choose(found->first().id);
            emit edited();
            return;
        }
        m_match->setText(tr("A new customer will be registered."));
    }
    // As the clerk types: phones starting with the digits, or ending with them (the last
    // four the customer reads out), offered in the completer's list.
    auto suggested = m_services.customers.suggest(text);
    offer(m_phoneCandidates, suggested ? suggested.value() : QList<Customer> {}, false);
    if (m_phoneCandidates->rowCount() > 0)
        m_phoneCompleter->complete();
    else if (m_phoneCompleter->popup())
        m_phoneCompleter->popup()->hide();
    emit edited();
}

void CustomerPicker::nameEdited(const QString &text)
{
    // Typing another name means a new customer, even with a known phone.
    if (!m_customerId.isEmpty() && text != m_chosen.name) {
        m_customerId.clear();
        m_match->setText(tr("A new customer will be registered."));
    }
    // Customers with this name (any part of a Chinese name, word starts otherwise).
    QList<Customer> offered;
    if (m_customerId.isEmpty()) {
        auto suggested = m_services.customers.suggest(text);
        if (suggested)
            offered = suggested.value();
    }
    offer(m_nameCandidates, offered, true);
    if (m_nameCandidates->rowCount() > 0)
        m_nameCompleter->complete();
    else if (m_nameCompleter->popup())
        m_nameCompleter->popup()->hide();
    emit edited();
}

void CustomerPicker::offer(QStandardItemModel *model, const QList<Customer> &customers,
                           bool nameFirst)
{
    model->clear();
    for (const Customer &customer : customers) {
        // The completion (what lands in the field) comes first; choose() then puts the
        // customer's phone and name in their fields.
        auto *item = new QStandardItem(
            nameFirst ? QStringLiteral("%1    %2").arg(customer.name, customer.phone)
                      : QStringLiteral("%1    %2").arg(customer.phone, customer.name));
        item->setData(customer.id, Qt::UserRole);
        item->setEditable(false);
        model->appendRow(item);
    }
}

void CustomerPicker::choose(const QString &customerId)
{
    auto customer = m_services.customers.byId(customerId);
    if (!customer || !customer->has_value())
        return;
    m_chosen = customer->value();
    m_customerId = m_chosen.id;
    m_name->setText(m_chosen.name);
    if (digitsOf(m_phone->text()) != m_chosen.phone)
        m_phone->setText(m_chosen.phone);
    m_match->setText(QStringLiteral("<span style=\"color:#1e7b34\">%1</span>")
                         .arg(tr("Existing customer: %1").arg(m_chosen.name).toHtmlEscaped()));
    emit edited();
}

} // namespace rc::ui

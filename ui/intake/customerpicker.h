#pragma once

#include "tickets/customer.h"

#include <QGroupBox>

class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace rc::ui {

struct Services;

// The customer on the intake form (group "customerBox"): the phone, with the customers
// whose number starts or ends with what is typed offered as the clerk types (a whole number
// takes its customer at once), and the name, with customers of that name offered. Choosing
// one fills both fields; typing another name means a new customer.
class CustomerPicker : public QGroupBox
{
    Q_OBJECT

public:
    explicit CustomerPicker(Services &services, QWidget *parent = nullptr);

    // The existing customer chosen, else empty (a new customer is registered).
    QString customerId() const { return m_customerId; }
    QString phoneText() const;
    QString phoneDigits() const; // the digits of the phone field
    QString nameText() const;
    QLineEdit *phoneEdit() const { return m_phone; }

    void clear();
    // A kept draft: the customer chosen from the store, else the phone and name as typed.
    void restore(const QString &phone, const QString &name, const QString &customerId);

    static QString digitsOf(const QString &text);

signals:
    void edited();

private:
    void phoneEdited(const QString &text);
    void nameEdited(const QString &text);
    void choose(const QString &customerId);
    void offer(QStandardItemModel *model, const QList<Customer> &customers, bool nameFirst);

    Services &m_services;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_match = nullptr;
    QCompleter *m_phoneCompleter = nullptr;
    QStandardItemModel *m_phoneCandidates = nullptr;
    QCompleter *m_nameCompleter = nullptr;
    QStandardItemModel *m_nameCandidates = nullptr;
    QString m_customerId;
    Customer m_chosen;
};

} // namespace rc::ui

#pragma once

#include <QCoreApplication>
#include <QString>

class QComboBox;

namespace rc::ui {

// The words the workflow screens show for stored ids: payment methods, how a customer
// answered a quote. One place, so quote and pickup say the same thing.
class WorkflowLabels
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowLabels)

public:
    static QString paymentMethod(const QString &id); // cash | card | wechat | alipay | other
    static QString answerMethod(const QString &id); // in_person | phone | message
    static void fillPaymentMethods(QComboBox *combo);
    static void fillAnswerMethods(QComboBox *combo);
};

} // namespace rc::ui

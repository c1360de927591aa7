#include "paymentmethods.h"

#include <QComboBox>

namespace rc::ui {

QString WorkflowLabels::paymentMethod(const QString &id)
{
    if (id == QLatin1String("cash"))
        return tr("Cash");
    if (id == QLatin1String("card"))
        return tr("Bank card");
    if (id == QLatin1String("wechat"))
        return tr("WeChat Pay");
    if (id == QLatin1String("alipay"))
        return tr("Alipay");
    if (id == QLatin1String("mobile"))
        return tr("Mobile payment");
    if (id == QLatin1String("other"))
        return tr("Other");
    return id;
}

QString WorkflowLabels::answerMethod(const QString &id)
{
    if (id == QLatin1String("in_person"))
        return tr("At the counter");
    if (id == QLatin1String("phone"))
        return tr("By phone");
    if (id == QLatin1String("message"))
        return tr("By message");
    return id;
}

void WorkflowLabels::fillPaymentMethods(QComboBox *combo)
{
    const QStringList ids {QStringLiteral("cash"), QStringLiteral("wechat"),
                           QStringLiteral("alipay"), QStringLiteral("card"),
                           QStringLiteral("other")};
    for (const QString &id : ids)
        combo->addItem(paymentMethod(id), id);
}

void WorkflowLabels::fillAnswerMethods(QComboBox *combo)
{
    const QStringList ids {QStringLiteral("in_person"), QStringLiteral("phone"),
                           QStringLiteral("message")};
    for (const QString &id : ids)
        combo->addItem(answerMethod(id), id);
}

} // namespace rc::ui

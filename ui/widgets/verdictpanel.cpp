#include "verdictpanel.h"

#include "labels.h"
#include "warranty/verdict.h"

#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QString coloured(const QString &text, const char *colour)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(QLatin1String(colour), text.toHtmlEscaped());
}

QLabel *messageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

VerdictPanel::VerdictPanel(const QString &namePrefix, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_verdict = messageLabel(this, namePrefix + QStringLiteral("VerdictLabel"));
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_verdict->setFont(big);
    layout->addWidget(m_verdict);
    m_remedies = messageLabel(this, namePrefix + QStringLiteral("RemediesLabel"));
    layout->addWidget(m_remedies);
    m_end = messageLabel(this, namePrefix + QStringLiteral("EndLabel"));
    layout->addWidget(m_end);
    m_reasons = messageLabel(this, namePrefix + QStringLiteral("ReasonsLabel"));
    layout->addWidget(m_reasons);
    m_warnings = messageLabel(this, namePrefix + QStringLiteral("WarningsLabel"));
    layout->addWidget(m_warnings);
}

void VerdictPanel::setSummaryShown(bool shown)
{
    m_verdict->setVisible(shown);
    m_reasons->setVisible(shown);
}

void VerdictPanel::clear()
{
    m_verdict->clear();
    m_remedies->clear();
    m_end->clear();
    m_reasons->clear();
    m_warnings->clear();
}

void VerdictPanel::showProblem(const QString &message)
{
    clear();
    m_verdict->setText(coloured(message, "#b3261e"));
}

void VerdictPanel::showVerdict(const warranty::Verdict &v, bool evidenceMissing)
{
    const bool zh = chineseUi();
    m_verdict->setText(
        v.covered
            ? coloured(tr("Covered: %1").arg(Labels::basis(warranty::toName(v.basis))), "#1e7b34")
        : !evidenceMissing ? coloured(tr("Not covered: the repair is paid"), "#b3261e")
                           : coloured(tr("Not covered yet: warranty evidence missing"), "#b3261e"));
    QStringList remedies;
    for (warranty::Remedy remedy : v.remedies)
        remedies << Labels::remedy(warranty::toName(remedy));
    m_remedies->setText(
        remedies.isEmpty()
            ? QString()
            : tr("The customer may choose: %1").arg(remedies.join(tr(", "))).toHtmlEscaped());
    QStringList ends;
    if (v.warrantyEnd.isValid())
        ends << tr("Warranty until %1").arg(v.warrantyEnd.toString(Qt::ISODate));
    if (v.repairWarrantyEnd.isValid())
        ends << tr("Repair warranty until %1").arg(v.repairWarrantyEnd.toString(Qt::ISODate));
    m_end->setText(ends.join(QStringLiteral("<br>")));
    QStringList reasons;
    for (const warranty::VerdictReason &reason : v.reasons)
        reasons << QStringLiteral("<b>%1</b> %2")
                       .arg(reason.rule.toHtmlEscaped(),
                            (zh ? reason.zh : reason.en).toHtmlEscaped());
    m_reasons->setText(reasons.join(QStringLiteral("<br>")));
    QStringList warnings;
    for (const warranty::VerdictWarning &warning : v.warnings)
        warnings << coloured(QStringLiteral("⚠ ") + (zh ? warning.zh : warning.en), "#8a5300");
    m_warnings->setText(warnings.join(QStringLiteral("<br>")));
}

QString VerdictPanel::summary(const QJsonObject &verdict)
{
    if (verdict.isEmpty())
        return tr("No warranty verdict recorded.");
    const bool zh = chineseUi();
    const bool covered = verdict.value(QStringLiteral("covered")).toBool();
    QStringList reasons;
    const QJsonArray list = verdict.value(QStringLiteral("reasons")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject r = value.toObject();
        reasons << QStringLiteral("%1 (%2)").arg(
            r.value(zh ? QStringLiteral("zh") : QStringLiteral("en")).toString(),
            r.value(QStringLiteral("rule")).toString());
    }
    QString text = covered ? tr("Covered") : tr("Not covered");
    if (verdict.value(QStringLiteral("overridden")).toBool())
        text += tr(" (overridden by a manager)");
    if (!reasons.isEmpty())
        text += QStringLiteral(": ")
                + reasons.join(zh ? QStringLiteral("；") : QStringLiteral("; "));
    return text;
}

} // namespace rc::ui

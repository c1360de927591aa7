// The intake form as a draft: every field to JSON and back (DraftKeeper keeps it in the store).
#include "intakescreen.h"

#include "customerpicker.h"
#include "devicepanel.h"

#include "widgets/imeiedit.h"
#include "widgets/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace rc::ui {

namespace {

void selectData(QComboBox *combo, const QJsonValue &value)
{
    const int index = combo->findData(value.toString());
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

QJsonObject IntakeScreen::draftForm() const
{
    QJsonObject form;
    const auto text = [&form](const char *key, const QString &value) {
        if (!value.isEmpty())
            form.insert(QLatin1String(key), value);
    };
    const auto choice = [&form](const char *key, const QComboBox *combo) {
        if (combo->currentIndex() > 0)
            form.insert(QLatin1String(key), combo->currentData().toString());
    };
    text("imei", m_device->imeiText());
    text("imei2", m_device->imei2Text());
    if (m_device->brandEdited()) {
        form.insert(QStringLiteral("brand"), m_device->brand());
        form.insert(QStringLiteral("model"), m_device->model());
    }
    text("phone", m_customer->phoneText());
    text("name", m_customer->nameText());
    text("customer_id", m_customer->customerId());
    text("fault", m_fault->toPlainText());
    choice("fault_category", m_faultCategory);
    choice("component", m_component);
    choice("fault_code", m_faultCode);
    QJsonArray condition;
    for (const QString &key : Labels::conditionKeys()) {
        if (m_condition.value(key)->isChecked())
            condition.append(key);
    }
    if (!condition.isEmpty())
        form.insert(QStringLiteral("condition"), condition);
    text("condition_note", m_conditionNote->text());
    QJsonArray accessories;
    for (const QString &key : Labels::accessoryKeys()) {
        if (m_accessories.value(key)->isChecked())
            accessories.append(key);
    }
    if (!accessories.isEmpty())
        form.insert(QStringLiteral("accessories"), accessories);
    text("sale_date", m_saleDate->text());
    choice("proof", m_proof);
    choice("imei_matches", m_imeiMatches);
    text("factory_date", m_factoryDate->text());
    if (m_backupConsent->isChecked())
        form.insert(QStringLiteral("backup_consent"), true);
    choice("passcode", m_passcode);
    return form;
}

void IntakeScreen::restoreForm(const QJsonObject &form)
{
    clearFields();
    const auto value = [&form](const char *key) {
        return form.value(QLatin1String(key));
    };
    // The phone first: the TAC table and the device's history fill in as for a scan.
    const QString brand = value("brand").toString();
    const QString model = value("model").toString();
    const bool corrected = form.contains(QStringLiteral("brand"));
    m_device->restore(value("imei").toString(), value("imei2").toString(),
                      corrected ? &brand : nullptr, corrected ? &model : nullptr);
    // The customer chosen from the store, else as typed.
    m_customer->restore(value("phone").toString(), value("name").toString(),
                        value("customer_id").toString());
    m_fault->setPlainText(value("fault").toString());
    // The part fills its fault codes; a fault code sets the category, so the category last.
    selectData(m_component, value("component"));
    selectData(m_faultCode, value("fault_code"));
    selectData(m_faultCategory, value("fault_category"));
    for (const QJsonValue &key : value("condition").toArray()) {
        if (QCheckBox *check = m_condition.value(key.toString()))
            check->setChecked(true);
    }
    m_conditionNote->setText(value("condition_note").toString());
    for (const QJsonValue &key : value("accessories").toArray()) {
        if (QCheckBox *check = m_accessories.value(key.toString()))
            check->setChecked(true);
    }
    m_saleDate->setText(value("sale_date").toString());
    selectData(m_proof, value("proof"));
    selectData(m_imeiMatches, value("imei_matches"));
    m_factoryDate->setText(value("factory_date").toString());
    m_backupConsent->setChecked(value("backup_consent").toBool());
    selectData(m_passcode, value("passcode"));
    refreshWarranty();
    refreshSaveState();
}

QString IntakeScreen::describeDraft(const QJsonObject &form) const
{
    QStringList what;
    for (const char *key : {"name", "imei", "fault"}) {
        QString text = form.value(QLatin1String(key)).toString().simplified();
        if (text.size() > 40)
            text = text.left(39) + QChar(0x2026);
        if (!text.isEmpty())
            what << text;
    }
    return what.join(QStringLiteral(" · "));
}

} // namespace rc::ui

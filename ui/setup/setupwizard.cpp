#include "setupwizard.h"

#include "services.h"
#include "store/settingsrepository.h"
#include "store/userrepository.h"
#include "workflow/workflows.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <QWizardPage>

#include <functional>

namespace rc::ui {

namespace {

// A page whose Next/Finish button is enabled only when problem() is empty; the problem is
// shown under the fields so the clerk knows what is missing.
class CheckedPage : public QWizardPage
{
public:
    CheckedPage(std::function<QString()> problem, QWidget *parent)
        : QWizardPage(parent)
        , m_problem(std::move(problem))
    {
    }

    bool isComplete() const override
    {
        const QString problem = m_problem();
        if (m_hint)
            m_hint->setText(problem);
        return problem.isEmpty();
    }

    void watch(QLineEdit *edit)
    {
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }

    QLabel *m_hint = nullptr;

private:
    std::function<QString()> m_problem;
};

QLineEdit *addField(QFormLayout *form, const QString &label, const QString &objectName,
                    QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    form->addRow(label, edit);
    return edit;
}

QLabel *addHint(QVBoxLayout *layout, QWidget *parent, const QString &objectName)
{
    auto *hint = new QLabel(parent);
    hint->setTextFormat(Qt::PlainText);
    hint->setObjectName(objectName);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #8a5300;"));
    layout->addWidget(hint);
    return hint;
}

const QRegularExpression codePattern(QStringLiteral("[A-Z0-9]{2,8}"));
const QRegularExpression stationPattern(QStringLiteral("[0-9]{2}"));
// A manager's PIN: UserRepository::kMinManagerPinLength to 12 digits (the store checks again).
const QRegularExpression
    pinPattern(QStringLiteral("[0-9]{%1,12}").arg(UserRepository::kMinManagerPinLength));

} // namespace

SetupWizard::SetupWizard(Services &services, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up this counter"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(620, 480);

    // 1. The center and the station.
    auto *center = new CheckedPage(
        [this] {
            if (m_centerName->text().trimmed().isEmpty())
                return tr("Enter the center's name.");
            if (!codePattern.match(m_centerCode->text()).hasMatch())
                return tr("The center code is 2 to 8 capital letters or digits, as head office "
                          "assigned it.");
            if (m_centerAddress->text().trimmed().isEmpty())
                return tr("Enter the address: it is printed on every receipt.");
            if (m_centerPhone->text().trimmed().isEmpty())
                return tr("Enter the phone number customers call: it is printed on every "
                          "receipt.");
            if (!stationPattern.match(m_stationCode->text()).hasMatch())
                return tr("The station code is two digits, e.g. 01.");
            return QString();
        },
        this);
    center->setObjectName(QStringLiteral("setupCenterPage"));
    center->setTitle(tr("The service center"));
    center->setSubTitle(tr("Name, address and phone are printed on every receipt."));
    {
        auto *layout = new QVBoxLayout(center);
        auto *form = new QFormLayout;
        m_centerName = addField(form, tr("Center name:"), QStringLiteral("centerNameEdit"), center);
        m_centerCode = addField(form, tr("Center code:"), QStringLiteral("centerCodeEdit"), center);
        m_centerCode->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,8}")), m_centerCode));
        connect(m_centerCode, &QLineEdit::textEdited, m_centerCode, [this](const QString &text) {
            if (text != text.toUpper())
                m_centerCode->setText(text.toUpper());
        });
        m_centerAddress
            = addField(form, tr("Address:"), QStringLiteral("centerAddressEdit"), center);
        m_centerPhone = addField(form, tr("Phone:"), QStringLiteral("centerPhoneEdit"), center);
        m_stationCode
            = addField(form, tr("Station code:"), QStringLiteral("stationCodeEdit"), center);
        m_stationCode->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9]{0,2}")), m_stationCode));
        m_stationCode->setText(QStringLiteral("01"));
        layout->addLayout(form);
        layout->addStretch(1);
        center->m_hint = addHint(layout, center, QStringLiteral("setupCenterHint"));
        for (QLineEdit *edit :
             {m_centerName, m_centerCode, m_centerAddress, m_centerPhone, m_stationCode})
            center->watch(edit);
    }
    addPage(center);

    // 2. The first manager.
    auto *manager = new CheckedPage(
        [this] {
            if (m_managerUser->text().trimmed().isEmpty())
                return tr("Enter a user name for the manager.");
            if (m_managerName->text().trimmed().isEmpty())
                return tr("Enter the manager's name as receipts and the timeline show it.");
            if (!pinPattern.match(m_managerPin->text()).hasMatch())
                return tr("A manager's PIN is %1 to 12 digits.")
                    .arg(UserRepository::kMinManagerPinLength);
            if (m_managerPin->text() != m_managerPinAgain->text())
                return tr("The two PINs differ.");
            return QString();
        },
        this);
    manager->setObjectName(QStringLiteral("setupManagerPage"));
    manager->setTitle(tr("The first manager"));
    manager->setSubTitle(
        tr("The manager adds the other users, sets prices and may override a warranty "
           "verdict."));
    {
        auto *layout = new QVBoxLayout(manager);
        auto *form = new QFormLayout;
        m_managerUser
            = addField(form, tr("User name:"), QStringLiteral("managerUserEdit"), manager);
        m_managerName
            = addField(form, tr("Full name:"), QStringLiteral("managerNameEdit"), manager);
        m_managerPin
            = addField(form, tr("PIN (%1–12 digits):").arg(UserRepository::kMinManagerPinLength),
                       QStringLiteral("managerPinEdit"), manager);
        m_managerPinAgain
            = addField(form, tr("PIN again:"), QStringLiteral("managerPinAgainEdit"), manager);
        for (QLineEdit *pin : {m_managerPin, m_managerPinAgain}) {
            pin->setEchoMode(QLineEdit::Password);
            pin->setAttribute(Qt::WA_InputMethodEnabled, false);
            pin->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[0-9]{0,12}")), pin));
        }
        layout->addLayout(form);
        layout->addStretch(1);
        manager->m_hint = addHint(layout, manager, QStringLiteral("setupManagerHint"));
        for (QLineEdit *edit : {m_managerUser, m_managerName, m_managerPin, m_managerPinAgain})
            manager->watch(edit);
    }
    addPage(manager);

    // 3. The warranty policies.
    auto *policies = new QWizardPage(this);
    policies->setObjectName(QStringLiteral("setupPolicyPage"));
    policies->setTitle(tr("Warranty policies"));
    policies->setSubTitle(tr("The statutory policy decides the customer's rights; a brand "
                             "policy may add to them, never take away."));
    {
        auto *layout = new QVBoxLayout(policies);
        auto *form = new QFormLayout;
        m_statutory = new QComboBox(policies);
        m_statutory->setObjectName(QStringLiteral("statutoryPolicyCombo"));
        m_statutory->addItem(tr("China 三包 (cn-sanbao)"), QStringLiteral("cn-sanbao"));
        m_statutory->addItem(tr("EU legal guarantee (eu-2019-771)"), QStringLiteral("eu-2019-771"));
        form->addRow(tr("Statutory policy:"), m_statutory);
        m_brand = new QComboBox(policies);
        m_brand->setObjectName(QStringLiteral("brandPolicyCombo"));
        m_brand->addItem(tr("None"), QString());
        m_brand->addItem(tr("Example brand policy (cn-brand-example)"),
                         QStringLiteral("cn-brand-example"));
        form->addRow(tr("Brand policy:"), m_brand);
        layout->addLayout(form);
        layout->addStretch(1);
        m_error = new QLabel(policies);
        m_error->setTextFormat(Qt::PlainText);
        m_error->setObjectName(QStringLiteral("setupError"));
        m_error->setWordWrap(true);
        m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
        layout->addWidget(m_error);
    }
    addPage(policies);

    // A store that already has settings (restored, or seeded) pre-fills the form.
    auto stored = services.settings.all();
    if (stored) {
        const auto prefill = [&](QLineEdit *edit, const char *key) {
            const QString value = stored->value(QLatin1String(key));
            if (!value.isEmpty())
                edit->setText(value);
        };
        prefill(m_centerName, "center.name");
        prefill(m_centerCode, "center.code");
        prefill(m_centerAddress, "center.address");
        prefill(m_centerPhone, "center.phone");
        prefill(m_stationCode, "station.code");
        const int statutory
            = m_statutory->findData(stored->value(QStringLiteral("policy.statutory")));
        if (statutory >= 0)
            m_statutory->setCurrentIndex(statutory);
        const int brand = m_brand->findData(stored->value(QStringLiteral("policy.brand")));
        if (brand >= 0)
            m_brand->setCurrentIndex(brand);
    }
}

void SetupWizard::accept()
{
    const Status saved = save();
    if (!saved) {
        m_error->setText(saved.error().message);
        return;
    }
    QWizard::accept();
}

} // namespace rc::ui

namespace rc::ui {

bool SetupWizard::isNeeded(Services &services)
{
    // Nobody could log in without a user: the first run has not been completed.
    auto needed = services.workflows.admin.needsSetup();
    return needed && *needed;
}

Status SetupWizard::save()
{
    // The center and its first manager in one step of core (repairctl setup does the same).
    workflow::SetupRequest request;
    request.centerName = m_centerName->text().trimmed();
    request.centerCode = m_centerCode->text().trimmed().toUpper();
    request.centerAddress = m_centerAddress->text().trimmed();
    request.centerPhone = m_centerPhone->text().trimmed();
    request.stationCode = m_stationCode->text().trimmed();
    request.statutoryPolicy = m_statutory->currentData().toString();
    request.brandPolicy = m_brand->currentData().toString();
    request.managerUsername = m_managerUser->text().trimmed();
    request.managerName = m_managerName->text().trimmed();
    request.managerPin = m_managerPin->text();
    auto user = m_services.workflows.admin.setUp(request);
    if (!user)
        return user.error();
    m_createdUsername = user->username;
    return {};
}

} // namespace rc::ui

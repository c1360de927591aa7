#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rc::ui {

AboutDialog::AboutDialog(const QString &sqliteVersion, QWidget *parent)
    : QDialog(parent)
    , m_sqliteVersion(sqliteVersion)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Repair Counter"));
    resize(560, 480);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(tr("Repair Counter"), tr("Version %1").arg(QStringLiteral(RC_VERSION))),
        this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    layout->addWidget(title);

    auto *licences = new QTextBrowser(this);
    licences->setObjectName(QStringLiteral("licencesBrowser"));
    licences->setOpenExternalLinks(true);
    licences->setHtml(licencesHtml());
    layout->addWidget(licences, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::licencesHtml() const
{
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Third-party software and data"));
    html += QStringLiteral("<p><b>Qt %1</b><br/>%2</p>")
                .arg(QString::fromLatin1(qVersion()),
                     tr("The Qt Company Ltd and other contributors. Used under the GNU Lesser "
                        "General Public License version 3."));
    html += QStringLiteral("<p><b>SQLite %1</b><br/>%2</p>")
                .arg(m_sqliteVersion, tr("In the public domain."));
    html += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                .arg(tr("Osmocom TAC database"),
                     tr("Type allocation codes (TAC) to brand and model. © Harald Welte and "
                        "contributors, licensed under Creative Commons Attribution-ShareAlike "
                        "3.0 (CC BY-SA 3.0). The data is used to pre-fill brand and model and "
                        "never decides warranty eligibility."));
    return html;
}

} // namespace rc::ui

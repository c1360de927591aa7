#include "homescreen.h"

#include "store/database.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace rc::ui {

HomeScreen::HomeScreen(Database &database, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("homeScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);

    auto *title = new QLabel(QStringLiteral("<h1>%1</h1>").arg(tr("Repair Counter")), this);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    auto *path = new QLabel(database.path(), this);
    path->setObjectName(QStringLiteral("homeStorePath"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Store:"), path);
    form->addRow(tr("Schema version:"),
                 new QLabel(QString::number(database.schemaVersion()), this));
    form->addRow(tr("Size:"),
                 new QLabel(QLocale().formattedDataSize(QFileInfo(database.path()).size()), this));
    layout->addLayout(form);
    layout->addStretch(1);
}

} // namespace rc::ui

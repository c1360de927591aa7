#pragma once

#include <QWidget>

namespace rc {
class Database;
}

namespace rc::ui {

// The first screen: which store this counter works on and what it holds.
class HomeScreen : public QWidget
{
    Q_OBJECT

public:
    explicit HomeScreen(Database &database, QWidget *parent = nullptr);
};

} // namespace rc::ui

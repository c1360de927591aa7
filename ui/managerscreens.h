#pragma once

namespace rc::ui {

class MainWindow;
class Session;
struct Services;

// Adds the manager's desk to the window: users, price list, audit trail and reports for
// managers only; settings for everyone (read-only unless a manager is logged in).
void addManagerScreens(MainWindow &window, Services &services, Session &session);

} // namespace rc::ui

#pragma once

#include "cli.h"
#include "common/clock.h"
#include "identifiers/tacdatabase.h"
#include "store/database.h"
#include "tickets/user.h"
#include "warranty/warrantyengine.h"
#include "workflow/workflows.h"

#include <memory>
#include <optional>

namespace rc::cli {

// What a command that works on the store needs, built once per run like the GUI's main():
// the store, the clock, the warranty engine (built-in policies and the data folder's), the
// TAC table and the workflow layer over them, and for a writing command the signed-in user.
struct StoreContext
{
    std::unique_ptr<Database> db;
    SystemClock clock;
    warranty::WarrantyEngine engine;
    TacDatabase tacs;
    std::unique_ptr<workflow::Workflows> workflows;
    User user; // the acting user (writing commands)

    // Opens the store (--db …) and builds the layer; with signIn, signs the --user in. Returns
    // the exit code when something fails (the message is already on stderr).
    static std::optional<int> open(const QCommandLineParser &parser, const Invocation &invocation,
                                   bool createIfMissing, bool signIn,
                                   std::unique_ptr<StoreContext> *out);
    // The id of the ticket with this number; an exit code (negative, "no ticket …") when there
    // is none.
    std::optional<int> ticketId(const QString &number, QString *id);
};

} // namespace rc::cli

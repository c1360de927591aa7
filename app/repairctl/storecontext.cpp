#include "storecontext.h"

#include "store/ticketrepository.h"

#include <QCommandLineParser>

namespace rc::cli {

std::optional<int> StoreContext::open(const QCommandLineParser &parser,
                                      const Invocation &invocation, bool createIfMissing,
                                      bool signIn, std::unique_ptr<StoreContext> *out)
{
    auto context = std::make_unique<StoreContext>();
    auto store = Cli::openStore(parser, invocation, createIfMissing);
    if (!store)
        return Cli::fail(store.error().message, Negative);
    context->db = std::move(store).value();
    context->engine = warranty::WarrantyEngine(
        warranty::PolicySet::load({warranty::PolicySet::userPolicyFolder()}));
    context->workflows = std::make_unique<workflow::Workflows>(*context->db, context->clock,
                                                               context->engine, context->tacs);
    if (signIn) {
        if (auto exit = Cli::signIn(parser, *context->db, &context->user))
            return exit;
    }
    *out = std::move(context);
    return std::nullopt;
}

std::optional<int> StoreContext::ticketId(const QString &number, QString *id)
{
    auto found = TicketRepository(*db, clock).byNumber(number);
    if (!found)
        return Cli::fail(found.error().message, Negative);
    if (!found->has_value())
        return Cli::fail(Cli::tr("no ticket %1").arg(number), Negative);
    *id = (*found)->id;
    return std::nullopt;
}

} // namespace rc::cli

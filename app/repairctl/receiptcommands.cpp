#include "commands.h"

#include "print/paper.h"
#include "print/ticketpaper.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace rc::cli {

int runReceiptRender(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NUMBER"), Cli::tr("The ticket number."));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        Cli::tr("intake, quote, pickup, label, exchange (the exchange certificate), refund (the "
                "refund receipt), loan (the loan agreement) or loan-return (its return slip)."),
        QStringLiteral("KIND"), QStringLiteral("intake"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Cli::tr("thermal80 (80 mm roll) or a4; the label has its own 50 × 30 mm stock."),
        QStringLiteral("FORMAT"), QStringLiteral("thermal80"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        Cli::tr("The paper's language: zh_CN or en."),
                                        QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    const QCommandLineOption outOption(QStringLiteral("out"), Cli::tr("The PDF file to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption copyOption(
        QStringLiteral("copy"), Cli::tr("customer (phone masked) or shop (full phone number)."),
        QStringLiteral("COPY"), QStringLiteral("customer"));
    const QCommandLineOption reprintOption(QStringLiteral("reprint"),
                                           Cli::tr("Mark the paper as a reprint, with the time."));
    parser.addOptions({kindOption, formatOption, langOption, outOption, copyOption, reprintOption});
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Render a ticket's paper (intake receipt, quote, pickup "
                                       "receipt, device label, exchange certificate or refund "
                                       "receipt) to a PDF file.")))
        return *exit;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return Cli::usageError(Cli::tr("receipt render takes one ticket NUMBER"));
    const auto kind = print::kindFromName(parser.value(kindOption));
    if (!kind)
        return Cli::usageError(
            Cli::tr("--kind must be intake, quote, pickup, label, exchange, refund, loan or "
                    "loan-return"));
    const auto format = print::formatFromName(parser.value(formatOption));
    if (!format)
        return Cli::usageError(Cli::tr("--format must be thermal80 or a4"));
    const auto language = print::languageFromName(parser.value(langOption));
    if (!language)
        return Cli::usageError(Cli::tr("--lang must be zh_CN or en"));
    const QString copyName = parser.value(copyOption).toLower();
    if (copyName != QLatin1String("customer") && copyName != QLatin1String("shop"))
        return Cli::usageError(Cli::tr("--copy must be customer or shop"));
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return Cli::usageError(Cli::tr("--out FILE.pdf is required"));

    auto store = Cli::openStore(parser, invocation, false);
    if (!store)
        return Cli::fail(store.error().message, Negative);
    SystemClock clock;
    auto source = print::loadTicketPaperSource(**store, clock, positional.first());
    if (!source)
        return Cli::fail(source.error().message,
                         source.error().code == QLatin1String("NOT_FOUND") ? Negative : UsageError);

    // The remedy papers exist only for a ticket that remedy closed.
    if ((*kind == print::PaperKind::Exchange || *kind == print::PaperKind::Refund)
        && (!source->remedy
            || source->remedy->kind
                   != (*kind == print::PaperKind::Exchange ? QLatin1String("exchange")
                                                           : QLatin1String("refund"))))
        return Cli::fail(*kind == print::PaperKind::Exchange
                             ? Cli::tr("Ticket %1 was not closed by an exchange: it has no "
                                       "exchange certificate.")
                                   .arg(source->ticket.number)
                             : Cli::tr("Ticket %1 was not closed by a refund: it has no refund "
                                       "receipt.")
                                   .arg(source->ticket.number),
                         Negative);
    print::PaperData data
        = print::paperFromTicket(*source, clock.nowUtc(), parser.isSet(reprintOption));
    if (*kind == print::PaperKind::Loan || *kind == print::PaperKind::LoanReturn) {
        if (Status s = print::addLoanToPaper(data, **store, clock, source->ticket.id, *kind); !s)
            return Cli::fail(s.error().message,
                             s.error().code == QLatin1String("NOT_FOUND") ? Negative : UsageError);
    }
    const print::PaperOptions options {
        *kind, *format, *language,
        copyName == QLatin1String("shop") ? print::PaperCopy::Shop : print::PaperCopy::Customer};
    auto paper = print::Paper::build(data, options);
    if (!paper)
        return Cli::fail(paper.error().message, UsageError);
    if (auto written = paper->writePdf(out); !written)
        return Cli::fail(written.error().message, UsageError);

    const QSizeF size = paper->pageSize().size(QPageSize::Millimeter);
    Cli::printJson({
        {QStringLiteral("number"), data.ticketNumber},
        {QStringLiteral("kind"), print::kindName(*kind)},
        {QStringLiteral("format"), *kind == print::PaperKind::Label ? QStringLiteral("label50x30")
                                                                    : print::formatName(*format)},
        {QStringLiteral("lang"), print::languageName(*language)},
        {QStringLiteral("copy"), copyName},
        {QStringLiteral("reprint"), data.reprint},
        {QStringLiteral("pages"), paper->pageCount()},
        {QStringLiteral("width_mm"), qRound(size.width() * 10) / 10.0},
        {QStringLiteral("height_mm"), qRound(size.height() * 10) / 10.0},
        {QStringLiteral("out"), QFileInfo(out).absoluteFilePath()},
    });
    return Success;
}

} // namespace rc::cli

#pragma once

#include "common/result.h"
#include "print/paper.h"

#include <QMenu>

#include <functional>

class QPushButton;

namespace rc {
class Clock;
namespace workflow {
class Records;
}
} // namespace rc

namespace rc::print {

class PrintActions;

// The menu every paper button offers: Preview…, Print…, Save as PDF…. The paper is built
// when an entry is chosen (read from the store then, so it is current); a paper that cannot
// be built is reported through failed(). The entries are named <prefix>PreviewAction,
// <prefix>PrintAction and <prefix>PdfAction.
class PaperMenu : public QMenu
{
    Q_OBJECT

public:
    using Source = std::function<Result<Paper>()>;

    PaperMenu(PrintActions *print, Source source, const QString &prefix, QWidget *parent);

    // Puts a new PaperMenu on this button (the button opens it when clicked).
    static PaperMenu *attach(QPushButton *button, PrintActions *print, Source source,
                             const QString &prefix);

    Result<Paper> paper() const;
    // What the PDF entry writes after asking where.
    Status exportPdf(const QString &path);

signals:
    void failed(const QString &message);

private:
    PrintActions *m_print;
    Source m_source;
};

// The paper of the ticket with this number as this workstation prints it, in the paper
// language of the settings or else the interface's. reprint: marked as a reprint.
// Read as the ticket's dossier (core/workflow/records.h).
Result<Paper> ticketPaper(const PrintActions &print, const workflow::Records &records,
                          const Clock &clock, const QString &number, PaperKind kind,
                          bool reprint = false);

} // namespace rc::print

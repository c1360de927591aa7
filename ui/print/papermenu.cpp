#include "papermenu.h"

#include "printactions.h"
#include "ticketpaper.h"
#include "workflow/records.h"

#include <QLocale>
#include <QPushButton>

namespace rc::print {

PaperMenu::PaperMenu(PrintActions *print, Source source, const QString &prefix, QWidget *parent)
    : QMenu(parent)
    , m_print(print)
    , m_source(std::move(source))
{
    setObjectName(prefix + QStringLiteral("Menu"));
    QAction *preview = addAction(tr("Preview…"), this, [this] {
        if (auto built = paper())
            m_print->preview(built.value());
    });
    preview->setObjectName(prefix + QStringLiteral("PreviewAction"));
    QAction *printNow = addAction(tr("Print…"), this, [this] {
        if (auto built = paper())
            m_print->printWithDialog(built.value());
    });
    printNow->setObjectName(prefix + QStringLiteral("PrintAction"));
    QAction *pdf = addAction(tr("Save as PDF…"), this, [this] {
        if (auto built = paper())
            m_print->exportPdfWithDialog(built.value());
    });
    pdf->setObjectName(prefix + QStringLiteral("PdfAction"));
}

PaperMenu *PaperMenu::attach(QPushButton *button, PrintActions *print, Source source,
                             const QString &prefix)
{
    auto *menu = new PaperMenu(print, std::move(source), prefix, button);
    button->setMenu(menu);
    return menu;
}

Result<Paper> PaperMenu::paper() const
{
    auto built = m_source();
    if (!built)
        emit const_cast<PaperMenu *>(this)->failed(built.error().message);
    return built;
}

Status PaperMenu::exportPdf(const QString &path)
{
    auto built = paper();
    if (!built)
        return built.error();
    return m_print->exportPdf(built.value(), path);
}

Result<Paper> ticketPaper(const PrintActions &print, const workflow::Records &records,
                          const Clock &clock, const QString &number, PaperKind kind, bool reprint)
{
    auto source = records.dossierByNumber(number);
    if (!source)
        return source.error();
    return print.paperFor(paperFromTicket(source.value(), clock.nowUtc(), reprint), kind,
                          QLocale().language() == QLocale::Chinese ? PaperLanguage::Chinese
                                                                   : PaperLanguage::English);
}

} // namespace rc::print

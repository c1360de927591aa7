#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;

namespace rc::warranty {
struct Verdict;
}

namespace rc::ui {

// A warranty verdict as the counter shows it (the intake form, the diagnosis screen): covered
// or not and on which basis, the remedies the customer may choose, the dates it ends, the
// rules that decided it (rule IDs of ../shared/domain.md) and the warnings. The labels are
// named after `namePrefix` ("warranty": warrantyVerdictLabel, warrantyRemediesLabel,
// warrantyEndLabel, warrantyReasonsLabel, warrantyWarningsLabel) so that tests find them.
class VerdictPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VerdictPanel(const QString &namePrefix, QWidget *parent = nullptr);

    // evidenceMissing: some warranty evidence is still unanswered (the headline says so
    // rather than "the repair is paid").
    void showVerdict(const warranty::Verdict &verdict, bool evidenceMissing);
    // Why there is no verdict (shown in red in place of the headline).
    void showProblem(const QString &message);
    void clear();
    // Without the headline and the reasons: for a screen that shows them in a line of its
    // own (summary()).
    void setSummaryShown(bool shown);

    // A stored verdict (the verdict JSON) as one line: covered or not, overridden, and the
    // reasons with their rule IDs.
    static QString summary(const QJsonObject &verdict);

private:
    QLabel *m_verdict = nullptr;
    QLabel *m_remedies = nullptr;
    QLabel *m_end = nullptr;
    QLabel *m_reasons = nullptr;
    QLabel *m_warnings = nullptr;
};

} // namespace rc::ui

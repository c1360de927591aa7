#pragma once

#include "common/result.h"
#include "verdict.h"
#include "warrantytypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace rc::warranty {

enum class PolicyLayer { Statutory, Brand, RepairWarranty };

// One policy file of resources/policies/ (or of the data folder's policies/): the parameters
// of a layer and the sentences of its rules. The rule logic is code (WarrantyEngine); a
// statutory policy names the logic it uses with rule_set (cn-sanbao or eu-2019-771). The
// format is documented in docs/warranty.md.
struct Policy
{
    struct Term
    {
        int months = 0;
        QString rule; // brand policies: the rule ID the term reports (BR-1, …)
    };

    QString id; // equals the file's base name
    PolicyLayer layer = PolicyLayer::Statutory;
    QString ruleSet; // statutory: "cn-sanbao" | "eu-2019-771"
    Sentence name;
    QString source; // the regulation or document it encodes
    QString fileName; // where it was loaded from
    std::array<std::optional<Term>, ComponentCount> components; // by Component; none = no term

    // cn-sanbao
    int refundDays = 7;
    int exchangeDays = 15;
    int factoryDateOffsetDays = 90;
    int repairsBeforeExchange = 2;
    int accessoryExchangesBeforeRefund = 2;
    int loanerAfterDays = 7;
    int partsDelayExchangeDays = 60;
    int repairerDelayExchangeDays = 30;
    // eu-2019-771
    int burdenOfProofMonths = 12;
    int repairExtensionMonths = 12;
    QDate repairExtensionSalesFrom;
    // repair warranty
    int days = 90;
    int minimumDays = 30;

    QHash<QString, Sentence> reasons; // "CN-04", "CN-13:refund", … → sentence templates
    QList<Sentence> exchangeChecks; // brand: conditions the clerk confirms before an exchange

    const std::optional<Term> &term(Component component) const
    {
        return components[static_cast<std::size_t>(component)];
    }

    // Parses and validates one policy file. An error's code is "POLICY_INVALID" and its
    // message names the file, the field and the problem:
    // "cn-sanbao.json: components.battery.months: must be a whole number from 1 to 240".
    static Result<Policy> fromJson(const QByteArray &json, const QString &fileName);
};

// The policies the engine may use: the built-in ones (compiled in from resources/policies/)
// and those of extra folders, read in order. An extra folder may add or replace brand
// policies and the repair-warranty parameters; built-in statutory policies cannot be
// replaced from outside. A bad file is skipped and reported in problems(); the rest load.
class PolicySet
{
    Q_DECLARE_TR_FUNCTIONS(PolicySet)

public:
    PolicySet() = default;

    // The built-in policies only.
    static PolicySet builtin();
    // The built-in policies, then every *.json of each folder (missing folders are fine).
    static PolicySet load(const QStringList &extraFolders);
    // <data directory>/policies: where a manager or HQ drops brand policies.
    static QString userPolicyFolder();

    const Policy *find(const QString &id) const;
    const Policy *repairWarranty() const { return find(QStringLiteral("repair-warranty")); }
    QStringList ids(PolicyLayer layer) const;
    QList<Error> problems() const { return m_problems; }

    // Adds or replaces a policy (used by load(); tests use it for hand-made policies).
    void insert(Policy policy);

private:
    void loadFolder(const QString &folder, bool builtinFolder);

    QHash<QString, std::shared_ptr<const Policy>> m_policies;
    QList<Error> m_problems;
};

} // namespace rc::warranty

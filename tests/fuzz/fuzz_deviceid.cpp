// Fuzzes DeviceId::parse with arbitrary text (as UTF-8 and as raw UTF-16) and checks what
// it promises: a valid IMEI has a correct check digit, an IMEISV derives one, nothing that
// parses is longer than an identifier can be, and toJson never fails.
#include "identifiers/checkdigit.h"
#include "identifiers/deviceid.h"
#include "identifiers/tacdatabase.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void check(const QString &text, const rc::TacDatabase &tacs)
{
    rc::DeviceId id = rc::DeviceId::parse(text);
    require(id.raw() == text);
    require(id.normalized().size() <= 40);
    if (id.isValid()) {
        require(id.error() == rc::DeviceIdError::None);
        switch (id.kind()) {
        case rc::DeviceIdKind::Imei:
        case rc::DeviceIdKind::ImeiSv: {
            const QString imei = id.imei();
            require(imei.size() == 15);
            require(rc::imeiCheckDigit(QStringView(imei).first(14)) == imei.back().digitValue());
            require(id.tac() == imei.left(8));
            require(id.kind() == rc::DeviceIdKind::Imei || id.svn().size() == 2);
            break;
        }
        case rc::DeviceIdKind::Meid:
            require(id.meid().size() == 14);
            require(id.esn().size() == 8);
            break;
        case rc::DeviceIdKind::Esn:
            require(id.esn().size() == 8);
            break;
        case rc::DeviceIdKind::Unknown:
            require(false);
        }
        id.lookUpTac(tacs);
    } else {
        require(!rc::DeviceId::errorCode(id.error()).isEmpty());
        require(!id.errorMessage().isEmpty());
    }
    rc::IntakeContext context;
    context.otherImei = text.left(20);
    context.typedBrand = text.right(8);
    id.applyIntakeContext(context);
    (void)id.toJson();
    // Parsing what it normalized to gives the same answer.
    if (id.isValid())
        require(rc::DeviceId::parse(id.normalized()).isValid());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const rc::TacDatabase tacs;
    if (size > 4096)
        return 0;
    const char *bytes = reinterpret_cast<const char *>(data);
    check(QString::fromUtf8(bytes, static_cast<qsizetype>(size)), tacs);
    check(QString(reinterpret_cast<const QChar *>(data), static_cast<qsizetype>(size / 2)), tacs);
    return 0;
}

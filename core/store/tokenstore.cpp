#include "tokenstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef RC_HAVE_QTKEYCHAIN
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#endif

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rc {

namespace {

const QString kService = QStringLiteral("repair-counter");

QString configuredBackend()
{
    return qEnvironmentVariable("RC_TOKEN_STORE").trimmed().toLower();
}

QString tokenFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("repair-counter/tokens"));
}

// Each folder on the way made 0700 when this code creates it; the last one always 0700.
bool makePrivateFolder(const QString &folder)
{
    if (!QFileInfo(folder).isDir()) {
        QDir().mkpath(QFileInfo(folder).absolutePath());
        ::mkdir(QFile::encodeName(folder).constData(), 0700);
    }
    return QFileInfo(folder).isDir() && ::chmod(QFile::encodeName(folder).constData(), 0700) == 0;
}

#ifdef RC_HAVE_QTKEYCHAIN
struct KeychainAnswer
{
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QString value;
};

KeychainAnswer runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    // The keychain answers over D-Bus; meanwhile no click or key reaches the program (the
    // caller may be inside a store transaction).
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    KeychainAnswer answer {job.error(), job.errorString(), {}};
    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(&job))
        answer.value = read->textData();
    return answer;
}
#endif

} // namespace

TokenStore::TokenStore(const QString &storePath)
    : m_storePath(QFileInfo(storePath).absoluteFilePath())
    , m_key(QString::fromLatin1(
          QCryptographicHash::hash(m_storePath.toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(24)))
    , m_backend(Backend::File)
{
    const QString chosen = configuredBackend();
    if (chosen == QLatin1String("keychain"))
        m_backend = Backend::Keychain;
    else if (chosen != QLatin1String("file") && keychainBuilt()
             && !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        m_backend = Backend::Keychain;
}

bool TokenStore::keychainBuilt()
{
#ifdef RC_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

QString TokenStore::filePath() const
{
    return QDir(tokenFolder()).filePath(m_key + QStringLiteral(".token"));
}

QString TokenStore::location() const
{
    if (m_backend == Backend::Keychain)
        return tr("the system keychain (service %1, entry %2)").arg(kService, m_storePath);
    return filePath();
}

Result<QString> TokenStore::readFile() const
{
    QFile file(filePath());
    if (!file.exists())
        return QString();
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("TOKEN_STORE"),
                      tr("Cannot read the HQ token from %1.").arg(filePath())};
    return QString::fromUtf8(file.readAll()).trimmed();
}

Status TokenStore::writeFile(const QString &token) const
{
    const QString path = filePath();
    if (token.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error {QStringLiteral("TOKEN_STORE"), tr("Cannot delete %1.").arg(path)};
        return {};
    }
    if (!makePrivateFolder(tokenFolder()))
        return Error {QStringLiteral("TOKEN_STORE"),
                      tr("Cannot create the folder %1 for the HQ token.").arg(tokenFolder())};
    // Written under a temporary name created 0600, then renamed: never readable by others,
    // never half written.
    const QString part = path + QStringLiteral(".part");
    const QByteArray native = QFile::encodeName(part);
    ::unlink(native.constData());
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error {QStringLiteral("TOKEN_STORE"),
                      tr("Cannot write the HQ token to %1.").arg(path)};
    const QByteArray bytes = token.toUtf8();
    bool ok = ::fchmod(fd, 0600) == 0;
    ok = ok && ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
    ok = ok && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || ::rename(native.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(native.constData());
        return Error {QStringLiteral("TOKEN_STORE"),
                      tr("Cannot write the HQ token to %1.").arg(path)};
    }
    return {};
}

Result<QString> TokenStore::read() const
{
#ifdef RC_HAVE_QTKEYCHAIN
    if (m_backend == Backend::Keychain) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(m_storePath);
        const KeychainAnswer answer = runJob(job);
        if (answer.error == QKeychain::NoError)
            return answer.value;
        if (answer.error != QKeychain::EntryNotFound
            && configuredBackend() == QLatin1String("keychain"))
            return Error {
                QStringLiteral("TOKEN_STORE"),
                tr("The system keychain did not give the HQ token: %1").arg(answer.message)};
        // Not there (or no keychain after all): a token saved to the file earlier.
    }
#endif
    return readFile();
}

Status TokenStore::write(const QString &token) const
{
#ifdef RC_HAVE_QTKEYCHAIN
    if (m_backend == Backend::Keychain) {
        KeychainAnswer answer;
        if (token.isEmpty()) {
            QKeychain::DeletePasswordJob job(kService);
            job.setKey(m_storePath);
            answer = runJob(job);
            if (answer.error == QKeychain::EntryNotFound)
                answer.error = QKeychain::NoError;
        } else {
            QKeychain::WritePasswordJob job(kService);
            job.setKey(m_storePath);
            job.setTextData(token);
            answer = runJob(job);
        }
        if (answer.error == QKeychain::NoError)
            return writeFile(QString()); // no older copy left in the file
        if (configuredBackend() == QLatin1String("keychain"))
            return Error {
                QStringLiteral("TOKEN_STORE"),
                tr("The system keychain did not keep the HQ token: %1").arg(answer.message)};
        // No keychain service answering: the owner-only file.
    }
#endif
    return writeFile(token);
}

} // namespace rc

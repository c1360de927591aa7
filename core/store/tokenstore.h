#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace rc {

// Where a store's HQ token lives: never in the store (nor, so, in its backups or outbox).
//
// The OS keychain (Secret Service through qtkeychain) where one answers, else a file readable
// only by its owner: $XDG_CONFIG_HOME/repair-counter/tokens/<key>.token (0600, folders 0700;
// XDG_CONFIG_HOME defaults to ~/.config). The token belongs to one store, keyed by the store
// file's absolute path: a store moved elsewhere needs its token set again.
//
// RC_TOKEN_STORE chooses the backend: "file" (headless machines, tests), "keychain" (fail
// when the keychain does not answer), unset or "auto" (the keychain when this build has it and
// a D-Bus session is there, else the file; a token found in either is read).
class TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(TokenStore)

public:
    enum class Backend { Keychain, File };

    explicit TokenStore(const QString &storePath);

    // The token, empty when none is set.
    Result<QString> read() const;
    // Saves token (an empty one removes it).
    Status write(const QString &token) const;
    Status remove() const { return write(QString()); }

    Backend backend() const { return m_backend; }
    // For messages and the README: the keychain entry or the file.
    QString location() const;
    // The file the file backend uses for this store.
    QString filePath() const;

    // Whether this build can talk to a keychain.
    static bool keychainBuilt();

private:
    Result<QString> readFile() const;
    Status writeFile(const QString &token) const;
    QString m_storePath;
    QString m_key;
    Backend m_backend;
};

} // namespace rc

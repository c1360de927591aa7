#pragma once

// What the kernel says about file locks (/proc/locks), for the tests of the store's locks.

#include <QFile>
#include <QString>
#include <QStringList>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace rc::test {

// The /proc/locks form of a file's identity: "MAJOR:MINOR:INODE" (hex, hex, decimal); empty
// when the file does not exist.
inline QString lockKey(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QStringLiteral("%1:%2:%3")
        .arg(major(st.st_dev), 2, 16, QLatin1Char('0'))
        .arg(minor(st.st_dev), 2, 16, QLatin1Char('0'))
        .arg(static_cast<qulonglong>(st.st_ino));
}

// The locks held on one file, e.g. "OFDLCK ADVISORY READ -1 fe:00:123 128 128".
inline QStringList locksOn(const QString &path)
{
    const QString key = lockKey(path);
    QFile file(QStringLiteral("/proc/locks"));
    if (key.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    QStringList found;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        QStringList fields = QString::fromLatin1(line).simplified().split(QLatin1Char(' '));
        // "N: TYPE ADVISORY KIND PID DEV:INODE START END"; a blocked request has "->" first.
        if (fields.size() > 1 && fields.at(1) == QLatin1String("->"))
            continue;
        if (fields.size() >= 6 && fields.at(5) == key)
            found.append(fields.mid(1).join(QLatin1Char(' ')));
    }
    return found;
}

} // namespace rc::test

#pragma once

#include <QProcess>
#include <QString>

namespace rc::test {

// A real second program holding the store's write lock, as an upgrade or a seed would: the
// sqlite3 shell in BEGIN IMMEDIATE until release() (or the end of the scope) commits.
class StoreLock
{
public:
    // Returns once the lock is held (false if the shell could not take it).
    bool hold(const QString &store)
    {
        m_shell.start(QStringLiteral("sqlite3"), {store});
        if (!m_shell.waitForStarted())
            return false;
        m_shell.write("BEGIN IMMEDIATE;\nUPDATE settings SET value = value WHERE 0;\n"
                      ".print held\n");
        return m_shell.waitForReadyRead(10000) && m_shell.readAllStandardOutput().contains("held");
    }
    void release()
    {
        if (m_shell.state() == QProcess::NotRunning)
            return;
        m_shell.write("COMMIT;\n.quit\n");
        m_shell.closeWriteChannel();
        m_shell.waitForFinished(10000);
    }
    ~StoreLock() { release(); }

private:
    QProcess m_shell;
};

} // namespace rc::test

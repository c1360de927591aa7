#pragma once

#include <QMap>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rc::ui {

class Session;
struct Services;

// The center's settings in one form. What the whole center shares lives in the store's
// settings table (the keys of docs/architecture.md, plus backup.keep_days, sync.*, ui.lock_minutes)
// and is audited when changed; what belongs to this workstation (printers, paper formats and
// language, the interface language) lives in QSettings under the keys the printing code
// reads. Printers are chosen from the installed ones (or the system default, or "PDF only");
// the backup folder (store key backup.folder) must exist and be writable. Everyone may look; only a
// manager may change (the form is read-only otherwise).
class SettingsScreen : public QWidget
{
    Q_OBJECT

public:
    SettingsScreen(Services &services, Session &session, QWidget *parent = nullptr);

    // The store keys the form edits.
    static QStringList storeKeys();
    // Checks the form; the first problem as a sentence, empty when all is well.
    QString validate() const;

    // Test seams: the installed printers (default: QPrinterInfo) and the folder dialog.
    void setPrinterNames(std::function<QStringList()> names)
    {
        m_printerNames = std::move(names);
        reload();
    }
    void setFolderChooser(std::function<QString(const QString &start)> chooser)
    {
        m_folderChooser = std::move(chooser);
    }

public slots:
    void reload();
    bool save();

signals:
    // The interface language was changed in the form ("" follows the system).
    void languageChangeRequested(const QString &language);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateAccess();
    void fillPrinters(QComboBox *combo) const;
    QString defaultBackupFolder() const;
    QMap<QString, QString> storeValues() const;
    void showResult(bool ok, const QString &message);

    Services &m_services;
    Session &m_session;
    QLineEdit *m_centerCode = nullptr;
    QLineEdit *m_centerName = nullptr;
    QLineEdit *m_centerAddress = nullptr;
    QLineEdit *m_centerPhone = nullptr;
    QLineEdit *m_stationCode = nullptr;
    QComboBox *m_statutory = nullptr;
    QComboBox *m_brand = nullptr;
    QSpinBox *m_repairWarrantyDays = nullptr;
    QSpinBox *m_uncollectedDays = nullptr;
    QSpinBox *m_lockMinutes = nullptr;
    QLineEdit *m_diagnosisFee = nullptr;
    QCheckBox *m_waiveDiagnosisFee = nullptr;
    QMap<QString, QComboBox *> m_printers; // paper kind → printer name
    QMap<QString, QComboBox *> m_formats; // paper kind → thermal80 | a4
    QComboBox *m_paperLanguage = nullptr;
    QLineEdit *m_backupFolder = nullptr; // empty: "backups" beside the store
    QPushButton *m_chooseBackupFolder = nullptr;
    std::function<QStringList()> m_printerNames;
    std::function<QString(const QString &)> m_folderChooser;
    QSpinBox *m_backupKeepDays = nullptr;
    QLineEdit *m_hqUrl = nullptr;
    QLineEdit *m_hqToken = nullptr;
    QSpinBox *m_syncInterval = nullptr;
    QLineEdit *m_hqCaFile = nullptr; // empty: the system's trusted CAs
    QCheckBox *m_allowHttpLan = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_readOnly = nullptr;
    QLabel *m_message = nullptr;
    QString m_loadedLanguage;
    QMap<QString, QString> m_loaded; // the form as read, to save only what was changed
};

} // namespace rc::ui

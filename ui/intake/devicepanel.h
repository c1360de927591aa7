#pragma once

#include "identifiers/deviceid.h"
#include "sync/devicehistoryclient.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace rc::ui {

class ImeiEdit;
struct Services;

// The phone on the intake form (group "deviceBox"): the IMEI field, which takes scanner
// bursts and typing and validates as it changes, the second IMEI of a dual-SIM phone, brand
// and model from the TAC (learned TACs first) that the clerk may correct, the phone's
// earlier visits and the repeat-repair warning (RW-1). The TAC table, the store and the
// history are asked once the IMEI is whole and the keys have stopped, never per key.
class DevicePanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit DevicePanel(Services &services, QWidget *parent = nullptr);

    QString imeiText() const;
    QString imei2Text() const;
    QString brand() const; // trimmed
    QString model() const;
    const DeviceId &id1() const { return m_id1; }
    const DeviceId &id2() const { return m_id2; }
    // The clerk typed the brand or model (a correction the store learns).
    bool brandEdited() const { return m_brandEdited; }
    ImeiEdit *imeiEdit() const { return m_imei; }

    // Everything empty, no lookup pending.
    void clear();
    // A kept draft: the IMEI (looked up at once), the second IMEI, and the brand and model
    // when they were corrected.
    void restore(const QString &imei, const QString &imei2, const QString *brand,
                 const QString *model);
    // A lookup waiting for the end of a scan is done now.
    void flushLookUp();
    // Head office's answer about the phone (issue 19): its tickets at other centers are
    // listed under this store's own; an answer about another IMEI is ignored.
    void showHeadOfficeTickets(const QString &imei, const QList<sync::HqDeviceTicket> &tickets);

signals:
    // A field changed (what Save needs may have changed).
    void edited();
    // The IMEI was looked up (or dropped): the verdict depends on the phone's history.
    void lookedUp();
    // Enter or Tab on a valid first IMEI: the form moves on.
    void imeiCommitted();

private:
    void imeiChanged();
    void imei2Changed();
    void brandModelEdited();
    void lookUpDevice();
    void lookUpHistory(const QString &imei);
    void showImeiState(const DeviceId &id, QLabel *label, bool second);

    Services &m_services;
    QTimer *m_lookUpDelay = nullptr;
    ImeiEdit *m_imei = nullptr;
    QLabel *m_imeiMessage = nullptr;
    QPushButton *m_imeiSuggestion = nullptr;
    ImeiEdit *m_imei2 = nullptr;
    QLabel *m_imei2Message = nullptr;
    QLineEdit *m_brand = nullptr;
    QLineEdit *m_model = nullptr;
    QLabel *m_history = nullptr;
    QString m_localHistory; // the history label's text from this store
    QString m_historyImei; // the IMEI it is about
    QStringList m_localNumbers; // this store's ticket numbers of the phone
    QLabel *m_repeatWarning = nullptr;
    DeviceId m_id1;
    DeviceId m_id2;
    QString m_tacBrand; // what the TAC table said, to notice a correction
    QString m_tacModel;
    bool m_brandEdited = false;
};

} // namespace rc::ui

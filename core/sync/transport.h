#pragma once

#include "common/result.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace rc::sync {

// How a counter talks to head office, for every request that carries the HQ token (the
// engine's batches, intake's history lookup): the same checks before a request leaves, so
// that a hand-edited store is refused as the Settings screen refuses it.
//
// - https:// to any HQ. Plain http:// only to loopback, or, with sync.allow_http_lan = 1 (a
//   hub on the center's own network), to a private-range IP address (10/8, 172.16/12,
//   192.168/16, fc00::/7) written as an address, never a name that could resolve elsewhere.
// - sync.ca_file: a PEM file of CA certificates trusted in addition to the system's, for an
//   HQ with a private CA.
// - Redirects are never followed: the token goes to the address the manager set and nowhere
//   else; a 3xx is an error that names where HQ pointed.
class Transport
{
    Q_DECLARE_TR_FUNCTIONS(Transport)

public:
    // The problem with sending the token to url, empty when it may go there.
    static QString urlProblem(const QUrl &url, bool allowHttpLan);
    // The CA certificates in a PEM file, or why it cannot be used (unreadable, no certificate).
    static Result<QList<QSslCertificate>> caCertificates(const QString &path);
    // The problem with these settings' address and CA file, empty when requests may be sent.
    static QString settingsProblem(const SyncSettings &settings);
    // A request to url with the token, HTTP/1.1, no redirects followed, and the CA file's
    // certificates trusted; an error (settingsProblem) when it must not be sent.
    static Result<QNetworkRequest> request(const SyncSettings &settings, const QUrl &url);
    // HQ's base address with path appended (kBatchesPath, a device history path).
    static QUrl endpoint(const QUrl &hq, const QString &path);
    // The sentence for a 3xx answer; location is its Location header.
    static QString redirectMessage(int status, const QByteArray &location);
    static bool isRedirect(int status) { return status >= 300 && status < 400; }
};

} // namespace rc::sync

#include "transport.h"

#include "addresses.h"

#include <QFile>
#include <QSslConfiguration>

namespace rc::sync {

QString Transport::urlProblem(const QUrl &url, bool allowHttpLan)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The HQ address is a web address such as https://hq.example.com.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme != QLatin1String("http"))
        return tr("The HQ address is a web address such as https://hq.example.com.");
    if (isLoopbackHost(url.host()))
        return {};
    if (allowHttpLan && isPrivateAddress(url.host()))
        return {};
    if (allowHttpLan)
        return tr("Plain http:// is refused for %1: with sync.allow_http_lan it is allowed only "
                  "to a private address of this network (10.x, 172.16-31.x, 192.168.x), "
                  "written as an address. Use https:// for head office.")
            .arg(url.host());
    return tr("Plain http:// is refused for %1: the token and the tickets would cross the "
              "network unencrypted. Use https:// (or, for a hub on this center's own network, "
              "set sync.allow_http_lan to 1).")
        .arg(url.host());
}

Result<QList<QSslCertificate>> Transport::caCertificates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("CA_FILE"),
                      tr("The CA file %1 cannot be read: %2").arg(path, file.errorString())};
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromData(file.read(1024 * 1024), QSsl::Pem);
    if (certificates.isEmpty())
        return Error {
            QStringLiteral("CA_FILE"),
            tr("The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).").arg(path)};
    return certificates;
}

QString Transport::settingsProblem(const SyncSettings &settings)
{
    if (const QString problem = urlProblem(settings.hqUrl, settings.allowHttpLan);
        !problem.isEmpty())
        return problem;
    if (!settings.caFile.isEmpty()) {
        if (auto certificates = caCertificates(settings.caFile); !certificates)
            return certificates.error().message;
    }
    return {};
}

Result<QNetworkRequest> Transport::request(const SyncSettings &settings, const QUrl &url)
{
    if (const QString problem = urlProblem(settings.hqUrl, settings.allowHttpLan);
        !problem.isEmpty())
        return Error {QStringLiteral("TRANSPORT_REFUSED"), problem};
    // The request's own URL is built from hqUrl, but check it too: nothing else may get
    // the token.
    if (url.scheme() != settings.hqUrl.scheme() || url.host() != settings.hqUrl.host()
        || url.port() != settings.hqUrl.port())
        return Error {QStringLiteral("TRANSPORT_REFUSED"),
                      tr("The request for %1 does not go to the HQ address %2.")
                          .arg(url.toString(), settings.hqUrl.toString())};
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + settings.token.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 with keep-alive: one request at a time needs nothing more, and it avoids
    // the h2c upgrade dance on plain-text loopback.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (url.scheme() == QLatin1String("https") && !settings.caFile.isEmpty()) {
        auto certificates = caCertificates(settings.caFile);
        if (!certificates)
            return Error {QStringLiteral("TRANSPORT_REFUSED"), certificates.error().message};
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(*certificates);
        request.setSslConfiguration(tls);
    }
    return request;
}

QUrl Transport::endpoint(const QUrl &hq, const QString &path)
{
    QUrl url = hq;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QString Transport::redirectMessage(int status, const QByteArray &location)
{
    return tr("HQ answered %1, a redirect to %2: redirects are not followed (the token goes "
              "only to the address set). Set the HQ address to the final one.")
        .arg(status)
        .arg(location.isEmpty() ? tr("nowhere") : QString::fromUtf8(location.left(200)));
}

} // namespace rc::sync

// The request-head parser of repair-hq's server (hq/http/requestparser.h): what it takes,
// what it refuses and with which status, and that a head arriving a byte at a time reads
// the same as one arriving whole.
#include "http/requestparser.h"

#include <QTest>

using namespace rc::hq::http;

class TestRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void byteAtATime();
    void incompleteUntilBlankLine();
    void refusedEarly();
};

void TestRequestParser::accepted_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<qint64>("contentLength");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<bool>("expectContinue");

    QTest::newRow("client's POST")
        << QByteArray("POST /v1/batches HTTP/1.1\r\nHost: 127.0.0.1:8420\r\nContent-Type: "
                      "application/json\r\nAuthorization: Bearer rc_x\r\nContent-Length: 42\r\n"
                      "Connection: Keep-Alive\r\n\r\n")
        << QByteArray("POST") << QByteArray("/v1/batches") << QByteArray() << qint64(42) << true
        << false;
    QTest::newRow("query") << QByteArray("GET /v1/stats?center=SH-01 HTTP/1.1\r\n\r\n")
                           << QByteArray("GET") << QByteArray("/v1/stats")
                           << QByteArray("center=SH-01") << qint64(0) << true << false;
    QTest::newRow("close") << QByteArray("GET / HTTP/1.1\r\nConnection: foo, close\r\n\r\n")
                           << QByteArray("GET") << QByteArray("/") << QByteArray() << qint64(0)
                           << false << false;
    QTest::newRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << QByteArray("GET")
                              << QByteArray("/") << QByteArray() << qint64(0) << false << false;
    QTest::newRow("HTTP/1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << QByteArray("GET")
        << QByteArray("/") << QByteArray() << qint64(0) << true << false;
    QTest::newRow("expect") << QByteArray("PUT /x HTTP/1.1\r\nExpect: 100-Continue\r\n"
                                          "Content-Length: 5\r\n\r\n")
                            << QByteArray("PUT") << QByteArray("/x") << QByteArray() << qint64(5)
                            << true << true;
    QTest::newRow("same length twice")
        << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 7\r\ncontent-length: 7\r\n\r\n")
        << QByteArray("POST") << QByteArray("/x") << QByteArray() << qint64(7) << true << false;
    QTest::newRow("blank lines first")
        << QByteArray("\r\n\r\nGET /healthz HTTP/1.1\r\n\r\n") << QByteArray("GET")
        << QByteArray("/healthz") << QByteArray() << qint64(0) << true << false;
    QTest::newRow("opaque bytes in a value")
        << QByteArray("GET / HTTP/1.1\r\nX-Name: \xe7\xbb\xb4\xe4\xbf\xae\r\n\r\n")
        << QByteArray("GET") << QByteArray("/") << QByteArray() << qint64(0) << true << false;
}

void TestRequestParser::accepted()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(qint64, contentLength);
    QFETCH(bool, keepAlive);
    QFETCH(bool, expectContinue);
    const QByteArray withBody = head + "BODY";
    Request request;
    const HeadResult result = parseRequestHead(withBody.constData(), withBody.size(), {}, &request);
    QCOMPARE(result.state, HeadResult::State::Complete);
    QCOMPARE(result.headBytes, head.size());
    QCOMPARE(request.methodText, method);
    QCOMPARE(request.path, path);
    QCOMPARE(request.query, query);
    QCOMPARE(request.contentLength, contentLength);
    QCOMPARE(request.keepAlive, keepAlive);
    QCOMPARE(request.expectContinue, expectContinue);
}

void TestRequestParser::refused_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");

    QTest::newRow("no target") << QByteArray("GET HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("absolute form") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("asterisk") << QByteArray("OPTIONS * HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\n\r\n") << 400;
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("HTTP/0.9") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("method with slash") << QByteArray("G/T / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n") << 400;
    QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n\tc\r\n\r\n") << 400;
    QTest::newRow("control in value") << QByteArray("GET / HTTP/1.1\r\nA: b\x01\r\n\r\n") << 400;
    QTest::newRow("DEL in value") << QByteArray("GET / HTTP/1.1\r\nA: b\x7f\r\n\r\n") << 400;
    QTest::newRow("negative length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("length with space")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1 2\r\n\r\n") << 400;
    QTest::newRow("huge length") << QByteArray(
        "POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n")
                                 << 400;
    QTest::newRow("two lengths") << QByteArray(
        "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
                                 << 400;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                             << 411;
    QTest::newRow("length and chunked")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
        << 411;
    QTest::newRow("other expectation")
        << QByteArray("GET / HTTP/1.1\r\nExpect: foo\r\n\r\n") << 417;
    QTest::newRow("long target") << ("GET /" + QByteArray(5000, 'a') + " HTTP/1.1\r\n\r\n") << 414;
    QByteArray many("GET / HTTP/1.1\r\n");
    for (int i = 0; i < 70; ++i)
        many += "X-" + QByteArray::number(i) + ": y\r\n";
    QTest::newRow("too many fields") << (many + "\r\n") << 431;
}

void TestRequestParser::refused()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    Request request;
    const HeadResult result = parseRequestHead(head.constData(), head.size(), {}, &request);
    QCOMPARE(result.state, HeadResult::State::Bad);
    QCOMPARE(result.status, status);
    QVERIFY(!result.code.isEmpty());
}

void TestRequestParser::byteAtATime()
{
    const QByteArray head("POST /v1/batches HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer rc_t\r\n"
                          "Content-Length: 12\r\n\r\n");
    Request whole;
    const HeadResult expected = parseRequestHead(head.constData(), head.size(), {}, &whole);
    QCOMPARE(expected.state, HeadResult::State::Complete);
    QByteArray arrived;
    qsizetype checked = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        arrived += head.at(i);
        Request request;
        const HeadResult result
            = parseRequestHead(arrived.constData(), arrived.size(), {}, &request, checked);
        if (i + 1 < head.size()) {
            QCOMPARE(result.state, HeadResult::State::Incomplete);
            QVERIFY(result.checked <= arrived.size());
            checked = result.checked;
        } else {
            QCOMPARE(result.state, HeadResult::State::Complete);
            QCOMPARE(result.headBytes, expected.headBytes);
            QCOMPARE(request.headers, whole.headers);
            QCOMPARE(request.header("authorization"), QByteArray("Bearer rc_t"));
        }
    }
}

void TestRequestParser::incompleteUntilBlankLine()
{
    const QByteArray partial("GET /healthz HTTP/1.1\r\nHost: h\r\n");
    Request request;
    QCOMPARE(parseRequestHead(partial.constData(), partial.size(), {}, &request).state,
             HeadResult::State::Incomplete);
}

void TestRequestParser::refusedEarly()
{
    // Bytes that can never become a head are refused before the blank line arrives, and a
    // head longer than the limit as soon as it is.
    Request request;
    const QByteArray nul = QByteArray("GET / HTTP/1.1\r\nA: ") + '\0';
    QCOMPARE(parseRequestHead(nul.constData(), nul.size(), {}, &request).state,
             HeadResult::State::Bad);
    const QByteArray bareLf("GET / HTTP/1.1\nA: b");
    QCOMPARE(parseRequestHead(bareLf.constData(), bareLf.size(), {}, &request).state,
             HeadResult::State::Bad);
    ParseLimits limits;
    limits.maxHeadBytes = 100;
    const QByteArray endless = "GET / HTTP/1.1\r\nA: " + QByteArray(200, 'a');
    const HeadResult result
        = parseRequestHead(endless.constData(), endless.size(), limits, &request);
    QCOMPARE(result.state, HeadResult::State::Bad);
    QCOMPARE(result.status, 431);
}

QTEST_GUILESS_MAIN(TestRequestParser)
#include "tst_requestparser.moc"

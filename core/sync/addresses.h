#pragma once

#include <QString>

namespace rc::sync {

// Where plain http:// may go (docs/sync-protocol.md, transport): the rules a counter and a
// hub's upstream share.

// "localhost", or a loopback address (127.0.0.0/8, ::1).
bool isLoopbackHost(const QString &host);
// A private address of the local network written as an address (10.x, 172.16-31.x,
// 192.168.x, fc00::/7); never a name, which could resolve elsewhere.
bool isPrivateAddress(const QString &host);

} // namespace rc::sync

#!/usr/bin/env python3
"""A peer that redirects every request, and the target it points to.

Prints the redirector's port on the first line of standard output, then "HIT <method> <path>
<authorization>" for every request the target receives. A counter that follows the redirect
shows up here, with the token it sent along.
"""
import http.server
import sys
import threading


class Target(http.server.BaseHTTPRequestHandler):
    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        print("HIT", self.command, self.path, self.headers.get("Authorization", "-"), flush=True)
        body = b'{"results":[]}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = answer
    do_POST = answer

    def log_message(self, *args):
        pass


def redirector(target_port):
    class Redirect(http.server.BaseHTTPRequestHandler):
        def answer(self):
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            self.send_response(int(sys.argv[1]) if len(sys.argv) > 1 else 307)
            self.send_header("Location", "http://127.0.0.1:%d%s" % (target_port, self.path))
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = answer
        do_POST = answer

        def log_message(self, *args):
            pass

    return Redirect


def main():
    target = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Target)
    threading.Thread(target=target.serve_forever, daemon=True).start()
    front = http.server.ThreadingHTTPServer(("127.0.0.1", 0), redirector(target.server_address[1]))
    print(front.server_address[1], flush=True)
    front.serve_forever()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A peer that is not head office: what a wrong URL or a proxy in front of HQ answers.

Usage: misconfigured_peer.py MODE
  html400   400 with an HTML page (a proxy that does not like the request)
  413       413 with an HTML page (a proxy's body limit)
  404       404 with an HTML page (a wrong URL)
  html403   403 with an HTML page (a firewall or proxy refusing access)
  html200   200 with an HTML page (a captive portal)
Listens on 127.0.0.1, an ephemeral port, and prints the port on its first line.
"""
import http.server
import sys

PAGES = {
    "html400": (400, "<html><head><title>400 Bad Request</title></head>"
                     "<body><center><h1>400 Bad Request</h1></center></body></html>"),
    "413": (413, "<html><head><title>413 Request Entity Too Large</title></head>"
                 "<body><center><h1>413 Request Entity Too Large</h1></center></body></html>"),
    "404": (404, "<html><head><title>404 Not Found</title></head>"
                 "<body><center><h1>404 Not Found</h1></center></body></html>"),
    "html403": (403, "<html><head><title>403 Forbidden</title></head>"
                     "<body><center><h1>403 Forbidden</h1></center></body></html>"),
    "html200": (200, "<html><head><title>Sign in to the guest network</title></head>"
                     "<body><form>Accept the terms</form></body></html>"),
}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        status, page = PAGES[sys.argv[1]]
        body = page.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST

    def log_message(self, *args):
        pass


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in PAGES:
        sys.stderr.write(__doc__)
        return 2
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())

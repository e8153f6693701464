#!/usr/bin/env python3
"""Serves www/ on localhost with the Content-Security-Policy the widget must live under.

Usage: python3 tools/serve.py [FOLDER]   (port from $PORT, default 8080)
"""
import http.server
import os
import sys

CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
       "img-src 'self' data: blob:; connect-src 'self'")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript",
                      ".json": "application/json", ".svg": "image/svg+xml"}

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):
        if os.environ.get("PLEDGEVIZ_QUIET") != "1":
            super().log_message(format, *args)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "www")
    port = int(os.environ.get("PORT", "8080"))
    handler = lambda *args, **kwargs: Handler(*args, directory=folder, **kwargs)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(f"pledgeviz: serving {os.path.abspath(folder)} at http://localhost:{port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()

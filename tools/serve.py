#!/usr/bin/env python3
"""Serves www/ on localhost with the Content-Security-Policy the widget must live under.

Usage: python3 tools/serve.py [FOLDER]   (port from $PORT, default 8080)
  $CONNECT_SRC   extra origins the page may fetch data from (added to connect-src)
  $CORS=1        also answer other origins' requests (for serving datasets to them)
  $MOUNTS        extra folders at URL prefixes, e.g. "/bench/=tools/bench /vendor/=node_modules/x"
                 (space-separated PREFIX=FOLDER; tools/bench.mjs serves its pages this way,
                 so they are never part of the published www/)
"""
import http.server
import os
import sys

CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
       "img-src 'self' data: blob:; connect-src 'self'")
EXTRA_CONNECT = os.environ.get("CONNECT_SRC", "").strip()
if EXTRA_CONNECT:
    CSP = f"{CSP} {EXTRA_CONNECT}"
# Longest prefix first, so "/bench/chart.js/" wins over "/bench/".
MOUNTS = sorted((tuple(entry.split("=", 1)) for entry in os.environ.get("MOUNTS", "").split() if "=" in entry),
                key=lambda mount: -len(mount[0]))


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript",
                      ".json": "application/json", ".svg": "image/svg+xml"}

    def translate_path(self, path):
        for prefix, folder in MOUNTS:
            if path.startswith(prefix):
                served = self.directory
                self.directory = os.path.abspath(folder)
                try:
                    return super().translate_path("/" + path[len(prefix):])
                finally:
                    self.directory = served
        return super().translate_path(path)

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        if os.environ.get("CORS") == "1":
            self.send_header("Access-Control-Allow-Origin", "*")
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

"""Serves a built site on 127.0.0.1 the way Netlify serves it to a browser, for Lighthouse: text
compressed (gzip here; Netlify also offers Brotli) and the [[headers]] rules of netlify.toml (the
CSP, the year-long cache of fingerprinted assets). Usage: serve-like-netlify.py PORT DIR NETLIFY_TOML"""
import fnmatch
import gzip
import http.server
import os
import sys
import tomllib

COMPRESS = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")
RULES = []


class Handler(http.server.SimpleHTTPRequestHandler):
    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if not path.endswith(COMPRESS) or "gzip" not in self.headers.get("Accept-Encoding", "") or not os.path.isfile(path):
            return super().send_head()
        with open(path, "rb") as f:
            body = gzip.compress(f.read(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)

    def end_headers(self):
        for rule in RULES:
            if fnmatch.fnmatch(self.path.split("?")[0], rule["for"]):
                for name, value in rule["values"].items():
                    self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args):
        pass


class _Body:
    def __init__(self, data):
        self.data = data

    def read(self, *args):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


if __name__ == "__main__":
    with open(sys.argv[3], "rb") as f:
        RULES.extend(tomllib.load(f).get("headers", []))
    os.chdir(sys.argv[2])
    http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()

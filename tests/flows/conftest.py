"""A real HTTP server on 127.0.0.1 for the fetch, page and feed tests: serves
tests/fixtures/web/ plus routes that misbehave on purpose (redirect loops,
redirects to file://, 503s, oversized and slow bodies)."""
from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

WEB = Path(__file__).resolve().parents[1] / "fixtures" / "web"
TYPES = {".html": "text/html; charset=utf-8", ".rss": "application/rss+xml", ".atom": "application/atom+xml",
         ".xml": "application/xml"}


class WebServer:
    def __init__(self, httpd: ThreadingHTTPServer) -> None:
        self.httpd = httpd
        self.base = f"http://127.0.0.1:{httpd.server_address[1]}"
        self.hits: Counter[str] = Counter()  # path with query -> requests
        self.user_agents: list[str] = []
        self.extra: dict[str, bytes] = {}  # path -> body, for documents a test writes on the fly

    def url(self, path: str) -> str:
        return self.base + path


class _Handler(BaseHTTPRequestHandler):
    server_version = "fixture"

    def log_message(self, *args) -> None:  # keep pytest output clean
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/plain", headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        web: WebServer = self.server.web
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        web.hits[self.path] += 1
        web.user_agents.append(self.headers.get("User-Agent", ""))
        n = web.hits[self.path]
        if path == "/redirect":  # ?to=URL
            return self._send(302, headers={"Location": query["to"][0]})
        if path == "/loop-a":
            return self._send(302, headers={"Location": "/loop-b"})
        if path == "/loop-b":
            return self._send(301, headers={"Location": "/loop-a"})
        if path.startswith("/chain/"):  # /chain/N redirects N times, then the article
            left = int(path.rsplit("/", 1)[1])
            return self._send(302, headers={"Location": f"/chain/{left - 1}" if left else "/article.html"})
        if path == "/flaky":  # ?fail=K: K answers 503, then the article
            if n <= int(query.get("fail", ["1"])[0]):
                return self._send(503, b"busy", headers={"Retry-After": "0"})
            return self._serve_file("article.html")
        if path == "/always-503":
            return self._send(503, b"down")
        if path == "/too-many":
            return self._send(429, b"slow down", headers={"Retry-After": "7"})
        if path == "/big":  # ?mb=N streamed without Content-Length
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65530 + b"</p>"
            try:
                for _ in range(int(query.get("mb", ["11"])[0]) * 16):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
            return
        if path == "/big-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
            self.wfile.write(b"<p>only the start</p>")
            self.close_connection = True
            return
        if path == "/gzip-bomb":
            body = gzip.compress(b"\0" * (30 * 1024 * 1024), compresslevel=9)
            return self._send(200, body, "text/html", {"Content-Encoding": "gzip"})
        if path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.flush()
            time.sleep(float(query.get("s", ["2"])[0]))
            return
        if path in web.extra:
            return self._send(200, web.extra[path], "application/xml")
        name = path.lstrip("/")
        if name and (WEB / name).is_file():
            return self._serve_file(name)
        return self._send(404, b"not found")

    def _serve_file(self, name: str) -> None:
        body = (WEB / name).read_bytes().replace(b"http://BASE", self.server.web.base.encode())
        self._send(200, body, TYPES.get(Path(name).suffix, "application/octet-stream"))


@pytest.fixture
def web_server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    httpd.web = WebServer(httpd)
    t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    try:
        yield httpd.web
    finally:
        httpd.shutdown()
        httpd.server_close()

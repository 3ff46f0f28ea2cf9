"""A stand-in Hugging Face Hub on loopback: what ``HfApi.create_repo`` and ``upload_folder`` call.

It keeps repos in memory (``repos[(type, id)] = {path: bytes}``) and answers the endpoints of a
commit: ``/api/repos/create``, ``/api/validate-yaml`` (a README's metadata),
``/api/{type}s/{id}/preupload/{rev}`` (every file "regular": the
content travels base64 in the commit, no LFS) and ``/api/{type}s/{id}/commit/{rev}`` (NDJSON).
Point ``HF_ENDPOINT`` at ``server.url``.  Unknown routes answer 404 and are recorded in ``misses``.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Handler(BaseHTTPRequestHandler):
    hub: FakeHub

    def log_message(self, *args):
        pass

    def _send(self, obj, status: int = 200) -> None:
        body = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _body(self) -> bytes:
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def do_GET(self):
        self.hub.misses.append(("GET", self.path))
        self._send({"error": "not found"}, 404)

    def do_POST(self):
        hub, path, body = self.hub, self.path.split("?")[0], self._body()
        hub.requests.append(("POST", path, self.headers.get("Authorization")))
        if path == "/api/repos/create":
            req = json.loads(body)
            kind = req.get("type") or "model"
            repo = f"{req['organization']}/{req['name']}" if req.get("organization") else req["name"]
            hub.repos.setdefault((kind, repo), {})
            hub.private[(kind, repo)] = req.get("visibility", "private" if req.get("private") else None) == "private"
            prefix = "" if kind == "model" else f"{kind}s/"
            self._send({"url": f"{hub.url}/{prefix}{repo}", "name": repo})
            return
        if path == "/api/validate-yaml":  # the client checks a README's metadata before committing it
            hub.validated.append(json.loads(body))
            self._send({"errors": [], "warnings": []})
            return
        m = re.fullmatch(r"/api/(models|datasets|spaces)/(.+)/(preupload|commit)/([^/]+)", path)
        if not m:
            hub.misses.append(("POST", path))
            self._send({"error": "not found"}, 404)
            return
        kind, repo, action = m.group(1)[:-1], m.group(2), m.group(3)
        if (kind, repo) not in hub.repos:
            self._send({"error": "Repository not found"}, 404)
            return
        if action == "preupload":
            files = json.loads(body)["files"]
            self._send({"files": [{"path": f["path"], "uploadMode": "regular", "shouldIgnore": False} for f in files]})
            return
        store = hub.repos[(kind, repo)]
        for line in body.decode().splitlines():
            item = json.loads(line)
            if item["key"] == "file":
                value = item["value"]
                store[value["path"]] = (
                    base64.b64decode(value["content"])
                    if value.get("encoding") == "base64"
                    else value["content"].encode()
                )
            elif item["key"] == "header":
                hub.commits.append((kind, repo, item["value"].get("summary")))
        oid = f"{len(hub.commits):040x}"
        self._send({"commitUrl": f"{hub.url}/{repo}/commit/{oid}", "commitOid": oid, "pullRequestUrl": None})


class FakeHub:
    def __init__(self):
        self.repos: dict[tuple[str, str], dict[str, bytes]] = {}
        self.private: dict[tuple[str, str], bool] = {}
        self.commits: list[tuple[str, str, str]] = []
        self.requests: list = []
        self.misses: list = []
        self.validated: list = []
        handler = type("Handler", (_Handler,), {"hub": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

"""A stand-in Hugging Face Hub on loopback: what ``HfApi.create_repo`` and ``upload_folder`` call.

It keeps repos in memory (``repos[(type, id)] = {path: bytes}``) and answers the endpoints of a
commit: ``/api/repos/create``, ``/api/validate-yaml`` (a README's metadata),
``/api/{type}s/{id}/preupload/{rev}`` (every file "regular": the
content travels base64 in the commit, no LFS) and ``/api/{type}s/{id}/commit/{rev}`` (NDJSON).
Point ``HF_ENDPOINT`` at ``server.url``.  Unknown routes answer 404 and are recorded in ``misses``.

It also serves models to download, as the hub does for a base model (``add_model``): their info
(``/api/models/{id}[/revision/{rev}]``, public even when gated) and files
(``/{id}/resolve/{rev}/{file}``).  A gated model's files need a token in ``granted``: none
answers 401, another token 403, both with ``X-Error-Code: GatedRepo`` like the real hub.
"""

from __future__ import annotations

import base64
import hashlib
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

    def _error(self, status: int, code: str, message: str, head: bool = False) -> None:
        body = b"" if head else json.dumps({"error": message}).encode()
        self.send_response(status)
        self.send_header("X-Error-Code", code)
        self.send_header("X-Error-Message", message)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _model(self, repo: str, revision: str, head: bool = False):
        """The model ``repo`` at ``revision`` (main or its commit), or None after answering the hub's 404."""
        model = self.hub.models.get(repo)
        if model is None:
            self._error(404, "RepoNotFound", f"Repository {repo} not found", head)
            return None
        if revision not in ("main", model["sha"]):
            self._error(404, "RevisionNotFound", f"Invalid rev id: {revision}", head)
            return None
        return model

    def _serve(self, head: bool) -> None:
        hub, path = self.hub, self.path.split("?")[0]
        hub.requests.append(("HEAD" if head else "GET", path, self.headers.get("Authorization")))
        m = re.fullmatch(r"/api/models/([^/]+/[^/]+)(?:/revision/([^/]+))?", path)
        if m and not head:
            model = self._model(m.group(1), m.group(2) or "main")
            if model is not None:
                files = [{"rfilename": f} for f in model["files"]]
                self._send({"id": m.group(1), "sha": model["sha"], "gated": model["gated"], "siblings": files})
            return
        m = re.fullmatch(r"/([^/]+/[^/]+)/resolve/([^/]+)/(.+)", path)
        model = self._model(m.group(1), m.group(2), head) if m else None
        if model is None:
            if not m:
                hub.misses.append(("HEAD" if head else "GET", self.path))
                self._error(404, "EntryNotFound", "not found", head)
            return
        token = (self.headers.get("Authorization") or "").removeprefix("Bearer ").strip()
        if model["gated"] and token not in hub.granted:
            status = 403 if token else 401
            self._error(status, "GatedRepo", f"Access to model {m.group(1)} is restricted", head)
            return
        data = model["files"].get(m.group(3))
        if data is None:
            self._error(404, "EntryNotFound", f"{m.group(3)} not found", head)
            return
        self.send_response(200)
        self.send_header("X-Repo-Commit", model["sha"])
        self.send_header("ETag", f'"{hashlib.sha256(data).hexdigest()}"')
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def do_GET(self):
        self._serve(head=False)

    def do_HEAD(self):
        self._serve(head=True)

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
        self.models: dict[str, dict] = {}  # hub id -> {"sha", "gated", "files": {name: bytes}}
        self.granted: set[str] = set()  # tokens that may read gated models
        handler = type("Handler", (_Handler,), {"hub": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def add_model(self, repo: str, files: dict[str, bytes], *, gated: bool = False) -> str:
        """Serve ``files`` as model ``repo``; returns its commit."""
        sha = hashlib.sha1(repo.encode() + b"".join(sorted(files.values()))).hexdigest()
        self.models[repo] = {"sha": sha, "gated": "manual" if gated else False, "files": dict(files)}
        return sha

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def hub_online(mp) -> None:
    """Undo the test session's offline default (``CODEM_OFFLINE=1``, which also sets ``HF_HUB_OFFLINE``) with
    ``mp`` (a ``pytest.MonkeyPatch``), so a stand-in hub can be reached; restored when ``mp`` undoes."""
    import huggingface_hub.constants as constants

    from codem_core.config import get_settings

    for var in ("CODEM_OFFLINE", "HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
        mp.setenv(var, "0")
    mp.setattr(constants, "HF_HUB_OFFLINE", False)
    get_settings.cache_clear()

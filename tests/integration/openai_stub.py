"""A stand-in OpenAI-compatible model server, like vLLM's: it serves one model under its *served name* and
answers 404 to a request for any other (a local folder path, say).  Every request's model goes to --log.

    python tests/integration/openai_stub.py --port 8000 --name codem-go --log asked.jsonl
"""

from __future__ import annotations

import argparse
import json
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ANSWER = "    return 0\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--name", required=True)
    ap.add_argument("--log", required=True)
    a = ap.parse_args()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _send(self, obj: dict, status: int = 200) -> None:
            body = json.dumps(obj).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            if self.path.rstrip("/") == "/v1/models":
                self._send({"object": "list", "data": [{"id": a.name, "object": "model", "owned_by": "stub"}]})
            else:
                self._send({"error": {"message": "not found"}}, 404)

        def do_POST(self):
            req = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
            with open(a.log, "a") as f:
                f.write(json.dumps({"path": self.path, "model": req.get("model")}) + "\n")
            if req.get("model") != a.name:
                msg = f"The model `{req.get('model')}` does not exist."
                self._send({"error": {"message": msg, "type": "NotFoundError", "code": 404}}, 404)
                return
            n = int(req.get("n") or 1)
            choices = [{"index": i, "text": ANSWER, "finish_reason": "stop", "logprobs": None} for i in range(n)]
            usage = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
            self._send(
                {
                    "id": "cmpl-stub",
                    "object": "text_completion",
                    "created": int(time.time()),
                    "model": a.name,
                    "choices": choices,
                    "usage": usage,
                }
            )

    ThreadingHTTPServer(("127.0.0.1", a.port), Handler).serve_forever()


if __name__ == "__main__":
    main()

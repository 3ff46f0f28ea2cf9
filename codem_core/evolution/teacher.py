"""The teacher: an async client for any OpenAI-compatible chat endpoint (OpenAI, vLLM,
llama.cpp server, Ollama), with bounded concurrency, retries and a response cache.

- Concurrency: one ``asyncio.Semaphore`` bounds requests in flight (held per attempt, not
  during back-off sleeps).
- Retries (tenacity, one policy for every request, pre-flight included: ``_retrying``): 429,
  408/409, 5xx, timeouts, dropped connections and malformed bodies are retried with
  exponential back-off and full jitter, or after the server's ``Retry-After`` when it sends
  one (capped), up to ``max_attempts``; the SDK's own retry is off so the ledger sees every
  attempt. Bad key (401/403) and other 4xx fail at once. Errors say what happened in plain
  words (``what_happened``).
- Answers that cannot be kept (docs/text.md): a complete answer whose text holds a lone
  surrogate, or whose body nests deeper than Python parses, is final, not a fault: it is
  cached like any answer (so a rerun sends nothing) and its ``Completion.unusable`` says why;
  the stage eliminates that pair by reason.
- Cache: a response is looked up by content (see ``cache.py``) before any request; identical
  requests in flight at once are sent once. A fully cached run never contacts the teacher.
- Preflight: before the first real request, ``GET /models`` checks the teacher is reachable,
  takes the key and serves the model, so bad settings fail with one line before any work.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import openai
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from ..errors import CodemError
from ..io import replace_unencodable, unencodable
from .cache import ResponseCache, cache_key
from .ledger import Ledger


class TeacherError(CodemError):
    """The teacher cannot be used (unreachable, bad key, unknown model, gave up)."""


class TeacherGaveUp(TeacherError):
    """A request still failed after the last retry (transient; a later rerun may succeed)."""


class MalformedResponse(Exception):
    """A 2xx response whose body is not a usable chat completion."""


@dataclass(frozen=True)
class TeacherConfig:
    base_url: str
    model: str
    api_key: str = "sk-no-key-required"
    concurrency: int = 4
    timeout: float = 120.0  # seconds per attempt
    max_attempts: int = 8
    backoff_initial: float = 0.5
    backoff_max: float = 30.0
    max_retry_after: float = 60.0
    preflight_timeout: float = 10.0

    def public(self) -> dict:
        return {
            "base_url": self.base_url,
            "model": self.model,
            "concurrency": self.concurrency,
            "timeout": self.timeout,
            "max_attempts": self.max_attempts,
        }


@dataclass
class Completion:
    content: str
    finish_reason: str | None
    prompt_tokens: int
    completion_tokens: int
    cached: bool
    key: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    usage_reported: bool = False  # the server sent a usage block (completion_tokens is real)
    unusable: str | None = None  # why this answer cannot be kept (docs/text.md), or None


def is_truncated(reply: Completion | dict | None, max_tokens: int) -> bool:
    """The teacher stopped at the token limit, so the text is cut off.

    ``finish_reason == "length"`` says so (OpenAI, vLLM, llama.cpp); the response cache keeps
    the field, so a cached reply is judged the same way and a rerun sends nothing. A reply
    without a finish_reason (a server that sends none, or a cache entry written without the
    field: codem has stored it since its first release, a hand-made or foreign cache may not)
    counts as cut off when the server reported a usage block whose completion used every
    allowed token; with neither, it is taken as complete (nothing says otherwise).
    """
    if reply is None:
        return False
    if isinstance(reply, dict):
        usage = reply.get("usage") or {}
        finish, tokens = reply.get("finish_reason"), usage.get("completion_tokens") or 0
        reported = bool(usage.get("reported"))
    else:
        finish, tokens, reported = reply.finish_reason, reply.completion_tokens, reply.usage_reported
    if finish is not None:
        return finish == "length"
    return reported and tokens >= max_tokens


def retry_reason(exc: BaseException) -> str | None:
    """The ledger's name for a retryable failure, or None when it must not be retried."""
    if isinstance(exc, openai.APITimeoutError):
        return "timeout"
    if isinstance(exc, openai.APIConnectionError):
        return "connection"
    if isinstance(exc, (MalformedResponse, openai.APIResponseValidationError, json.JSONDecodeError)):
        return "malformed"
    if isinstance(exc, openai.APIStatusError):
        code = exc.status_code
        if code == 429:
            return "429"
        if code >= 500:
            return "5xx"
        if code in (408, 409):
            return f"http_{code}"
    return None


def retry_after_seconds(exc: BaseException) -> float | None:
    """Seconds from a ``Retry-After`` (or ``retry-after-ms``) header, if the error carries one."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        if parsed is None:
            return None
        return max(0.0, parsed.timestamp() - time.time())


def what_happened(exc: BaseException, timeout: float) -> str:
    """What a failed teacher request ran into, in plain words ("did not answer within 10 s")."""
    reason = retry_reason(exc)
    if reason == "timeout":
        return f"did not answer within {timeout:g} s"
    if reason == "connection":
        cause = _cause(exc).rstrip(".")
        return f"is unreachable: {cause}" if cause != type(exc).__name__ else "is unreachable"
    if reason == "malformed":
        return "answered with a malformed body"
    if isinstance(exc, openai.APIStatusError):
        kind = {429: " (rate limited)", 408: " (request timeout)", 409: " (conflict)"}.get(exc.status_code, "")
        if exc.status_code >= 500:
            kind = " (server error)"
        return f"answered HTTP {exc.status_code}{kind}"
    return f"failed: {type(exc).__name__}: {_one_line(exc)}"


class _Wait:
    """Retry-After when the server sends it, else exponential back-off with full jitter."""

    def __init__(self, initial: float, maximum: float, max_retry_after: float):
        self.initial, self.maximum, self.max_retry_after = initial, maximum, max_retry_after

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        ra = retry_after_seconds(exc) if exc is not None else None
        if ra is not None:
            return min(ra, self.max_retry_after)
        ceiling = min(self.maximum, self.initial * (2 ** (state.attempt_number - 1)))
        return random.uniform(ceiling / 2, ceiling)


class Teacher:
    def __init__(self, config: TeacherConfig, cache: ResponseCache, ledger: Ledger):
        self.config = config
        self.cache = cache
        self.ledger = ledger
        self._client: openai.AsyncOpenAI | None = None
        self._sem: asyncio.Semaphore | None = None
        self._inflight: dict[str, asyncio.Future] = {}
        self._preflight_lock: asyncio.Lock | None = None
        self._preflight_done = False

    # -- plumbing -----------------------------------------------------------------------
    def _ensure(self) -> openai.AsyncOpenAI:
        if self._client is None:
            self._client = openai.AsyncOpenAI(
                base_url=self.config.base_url,
                api_key=self.config.api_key or "sk-no-key-required",
                max_retries=0,
                timeout=self.config.timeout,
            )
            self._sem = asyncio.Semaphore(max(1, self.config.concurrency))
            self._preflight_lock = asyncio.Lock()
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None

    def key(self, messages: list[dict], params: dict, template_hash: str) -> str:
        return cache_key(self.config.model, params, messages, template_hash)

    def cached(self, messages: list[dict], params: dict, template_hash: str) -> dict | None:
        return self.cache.get(self.key(messages, params, template_hash))

    def _retrying(self, on_retry: Callable[[BaseException], None] | None = None) -> AsyncRetrying:
        """The retry policy of every teacher request (module doc); ``on_retry`` sees each retried failure."""
        cfg = self.config

        def before_sleep(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            if on_retry is not None and exc is not None:
                on_retry(exc)

        return AsyncRetrying(
            stop=stop_after_attempt(cfg.max_attempts),
            wait=_Wait(cfg.backoff_initial, cfg.backoff_max, cfg.max_retry_after),
            retry=retry_if_exception(lambda e: retry_reason(e) is not None),
            before_sleep=before_sleep,
            reraise=True,
        )

    # -- preflight ----------------------------------------------------------------------
    async def preflight(self) -> None:
        """Check reachability, key and model once (retried like any request); raise TeacherError with one line."""
        client = self._ensure()
        assert self._preflight_lock is not None
        async with self._preflight_lock:
            if self._preflight_done:
                return
            url, cfg = self.config.base_url, self.config
            retrying = self._retrying()
            try:
                async for attempt in retrying:
                    with attempt:
                        served = await self._served_models(client)
            except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
                raise TeacherError(f"teacher at {url} rejected the API key (HTTP {exc.status_code})") from None
            except Exception as exc:
                attempts = retrying.statistics.get("attempt_number", 1)
                plural = "s" if attempts != 1 else ""
                raise TeacherError(
                    f"the teacher at {url} {what_happened(exc, cfg.preflight_timeout)} "
                    f"({attempts} attempt{plural} to list its models)"
                ) from None
            if served and self.config.model not in served:
                raise TeacherError(
                    f"teacher at {url} does not serve model {self.config.model!r} (serves: {', '.join(served[:5])})"
                )
            self._preflight_done = True

    async def _served_models(self, client: openai.AsyncOpenAI) -> list[str]:
        """Model ids from ``GET /models`` ([] for a server without that route)."""
        try:
            page = await client.models.list(timeout=self.config.preflight_timeout)
        except openai.NotFoundError:
            return []  # server without /models: nothing to check
        except RecursionError:  # a body nested deeper than Python parses: not a model list
            raise MalformedResponse("the model list nests too deeply") from None
        data = getattr(page, "data", None)
        return [m.id for m in data if isinstance(getattr(m, "id", None), str)] if isinstance(data, list) else []

    # -- requests -----------------------------------------------------------------------
    async def complete(self, stage: str, messages: list[dict], params: dict, template_hash: str) -> Completion:
        """One chat completion, from the cache when possible; retried per the module doc."""
        key = self.key(messages, params, template_hash)
        model = self.config.model
        entry = self.cache.get(key)
        if entry is not None:
            self.ledger.cache_hit(model, stage)
            return completion_of(entry, key, cached=True)
        pending = self._inflight.get(key)
        if pending is not None:  # the same request is already on its way
            entry = await asyncio.shield(pending)
            self.ledger.cache_hit(model, stage)
            return completion_of(entry, key, cached=True)
        loop = asyncio.get_running_loop()
        fut: asyncio.Future = loop.create_future()
        self._inflight[key] = fut
        try:
            entry = await self._fetch(stage, key, messages, params)
            fut.set_result(entry)
        except BaseException as exc:
            fut.set_exception(exc)
            fut.exception()  # mark retrieved: waiters get it, nobody else must
            raise
        finally:
            self._inflight.pop(key, None)
        return completion_of(entry, key, cached=False)

    async def _fetch(self, stage: str, key: str, messages: list[dict], params: dict) -> dict:
        client = self._ensure()
        await self.preflight()
        model, cfg = self.config.model, self.config
        assert self._sem is not None
        retrying = self._retrying(lambda exc: self.ledger.retry(model, stage, retry_reason(exc) or "other"))
        try:
            async for attempt in retrying:
                with attempt:
                    async with self._sem:
                        self.ledger.attempt(model, stage)
                        answer = await self._ask(client, messages, params)
        except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
            self.ledger.failure(model, stage)
            raise TeacherError(f"teacher at {cfg.base_url} rejected the API key (HTTP {exc.status_code})") from None
        except Exception as exc:
            self.ledger.failure(model, stage)
            if retry_reason(exc) is None:
                raise TeacherError(f"teacher request failed: {type(exc).__name__}: {_one_line(exc)}") from None
            attempts = retrying.statistics.get("attempt_number", cfg.max_attempts)
            raise TeacherGaveUp(
                f"teacher request failed after {attempts} attempts: the teacher at {cfg.base_url} "
                f"{what_happened(exc, cfg.timeout)}; completed responses are cached, rerun to resume"
            ) from None
        prompt_chars = sum(len(m.get("content") or "") for m in messages)
        entry = {"model": model, "params": params, "messages": messages, **answer, "created": time.time()}
        self.cache.put(key, entry)  # an unusable answer too: it is final, and a rerun must not pay for it again
        usage = answer["usage"]
        self.ledger.response(
            model, stage, usage["prompt_tokens"], usage["completion_tokens"], prompt_chars, len(messages)
        )
        return entry

    async def _ask(self, client: openai.AsyncOpenAI, messages: list[dict], params: dict) -> dict:
        """One attempt: the answer's cache fields, or an exception that ``retry_reason`` classifies."""
        try:
            resp = await client.chat.completions.create(model=self.config.model, messages=messages, **params)
        except RecursionError:
            # the whole body arrived but nests deeper than Python parses: a final answer, not a fault
            return {
                "content": "",
                "finish_reason": None,
                "usage": _usage(None),
                "unusable": "its body nests JSON deeper than Python can parse",
            }
        return _parse(resp)


def _parse(resp: Any) -> dict:
    """content, finish_reason and usage of a chat completion; MalformedResponse when it has no text.

    The SDK builds its objects without validation, so any field may hold anything a server sent.
    """
    choices = getattr(resp, "choices", None)
    if not choices or not isinstance(choices, list):
        raise MalformedResponse("no choices in the response")
    message = getattr(choices[0], "message", None)
    content = getattr(message, "content", None)
    if not isinstance(content, str):
        raise MalformedResponse("the first choice has no text content")
    finish = getattr(choices[0], "finish_reason", None)
    # finish_reason only steers cleaning: keep a short, writable string
    finish = replace_unencodable(finish[:40]) if isinstance(finish, str) else None
    return {"content": content, "finish_reason": finish, "usage": _usage(getattr(resp, "usage", None))}


def _usage(usage: Any) -> dict:
    def count(name: str) -> int:  # a server may send anything here: a count, or 0
        value = getattr(usage, name, None) if usage is not None else None
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1e15
        return int(value) if ok else 0

    return {
        "prompt_tokens": count("prompt_tokens"),
        "completion_tokens": count("completion_tokens"),
        "reported": usage is not None,
    }


def completion_of(entry: dict, key: str, cached: bool) -> Completion:
    usage = entry.get("usage") or {}
    content = entry["content"]
    return Completion(
        content=content,
        finish_reason=entry.get("finish_reason"),
        prompt_tokens=int(usage.get("prompt_tokens", 0)),
        completion_tokens=int(usage.get("completion_tokens", 0)),
        cached=cached,
        key=key,
        usage_reported=bool(usage.get("reported")),
        # judged again on every read, so entries cached before a rule existed are judged the same way
        unusable=entry.get("unusable") if isinstance(entry.get("unusable"), str) else _unusable_text(content),
    )


def _unusable_text(content: str) -> str | None:
    why = unencodable(content)
    return f"its text holds {why}" if why else None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]


def _cause(exc: BaseException) -> str:
    cause = exc.__cause__ or exc.__context__
    while cause is not None and (cause.__cause__ or cause.__context__) is not None and not str(cause):
        cause = cause.__cause__ or cause.__context__
    return _one_line(cause) if cause is not None and str(cause) else type(exc).__name__

"""The teacher's ``GET /models`` pre-flight under every fault the chat requests survive.

What a user relies on: a fault that goes away (a reset, a hang past the timeout, a 5xx, a 429,
a malformed body) costs a retry, as it does for a chat request; a fault that stays ends the
run before any chat request with one line saying what happened and how often it was tried.
Against the scripted stub server (no model): seconds.
"""

from __future__ import annotations

import asyncio
import tempfile

import pytest

from codem_core.evolution.cache import ResponseCache
from codem_core.evolution.ledger import Ledger
from codem_core.evolution.local_teacher import free_port
from codem_core.evolution.teacher import Teacher, TeacherConfig, TeacherError
from tests.integration.teacher_server import ScriptedTeacher, plain_answer

FAULTS = {
    "reset": "is unreachable: Server disconnected without sending a response",
    "hang": "did not answer within 0.5 s",
    "500": "answered HTTP 500 (server error)",
    "429": "answered HTTP 429 (rate limited)",
    "malformed": "answered with a malformed body",
}


def preflight(url: str, attempts: int = 3) -> str:
    """``ok``, or the pre-flight's error message."""
    config = TeacherConfig(
        base_url=url,
        model="scripted",
        max_attempts=attempts,
        preflight_timeout=0.5,
        backoff_initial=0.01,
        backoff_max=0.02,
        max_retry_after=0.05,
    )

    async def run() -> str:
        teacher = Teacher(config, ResponseCache(tempfile.mkdtemp(prefix="codem-preflight-")), Ledger())
        try:
            await teacher.preflight()
            return "ok"
        except TeacherError as exc:
            return str(exc)
        finally:
            await teacher.aclose()

    return asyncio.run(run())


@pytest.mark.parametrize("kind", FAULTS)
def test_a_passing_fault_costs_one_retry(kind):
    with ScriptedTeacher(plain_answer, models_faults={1: kind}, hang_seconds=1, retry_after=0.01) as server:
        assert preflight(server.base_url) == "ok"
        assert server.models_requests == 2 and server.injected == {f"models-{kind}": 1}


@pytest.mark.parametrize("kind", FAULTS)
def test_a_lasting_fault_is_one_plain_line_after_the_last_attempt(kind):
    with ScriptedTeacher(
        plain_answer, models_faults={i: kind for i in range(1, 10)}, hang_seconds=1, retry_after=0.01
    ) as server:
        message = preflight(server.base_url)
        assert server.models_requests == 3 and server.chat_requests == 0
    assert message == f"the teacher at {server.base_url} {FAULTS[kind]} (3 attempts to list its models)"


def test_nothing_listening_is_retried_too_and_says_so():
    url = f"http://127.0.0.1:{free_port()}/v1"
    expected = f"the teacher at {url} is unreachable: All connection attempts failed (2 attempts to list its models)"
    assert preflight(url, attempts=2) == expected

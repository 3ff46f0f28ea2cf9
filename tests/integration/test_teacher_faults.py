"""Fault injection between codem and the real teacher: 429 with Retry-After, 500, a hang past
the client timeout, a dropped connection and a malformed body. The run completes, the ledger
counts exactly the injected retries, and no row is lost or duplicated."""

from __future__ import annotations

import dataclasses

import pytest

from codem_core.evolution.run import run_evolve
from tests.integration.evolve_helpers import cache_entries, options, read_rows
from tests.integration.teacher_server import LEDGER_REASON, requires_local_teacher

pytestmark = [pytest.mark.slow, requires_local_teacher]


def test_faults_are_retried_and_counted(proxy_factory, tmp_path):
    faults = {1: "429", 2: "500", 3: "hang", 4: "drop", 5: "malformed"}
    proxy = proxy_factory(faults=faults, retry_after=1.5, hang_seconds=60)
    n = 2
    cache, out = tmp_path / "cache", tmp_path / "out"
    # concurrency 1: the single-slot server answers one request at a time, so normally only the
    # injected hang exceeds the per-attempt timeout; on a loaded machine a real answer may too,
    # and then the proxy saw it forwarded without the client taking the response.
    report = run_evolve(options(proxy.base_url, out, cache, languages="python", n=n, concurrency=1, timeout=15))
    led = report["ledger"]
    assert dict(proxy.injected) == {kind: 1 for kind in faults.values()}
    slow_real = proxy.forwarded - led["responses"]
    expected = {LEDGER_REASON[k]: 1 for k in faults.values()}
    expected["timeout"] += slow_real
    assert led["retries"] == expected
    assert led["requests"] == proxy.chat_requests == led["responses"] + led["retries_total"]
    assert led["responses"] == cache_entries(cache)
    # Retry-After honoured: the request answered 429 came back no sooner than 1.5 s later
    t429, body429, _ = next(a for a in proxy.arrivals if a[2] == "429")
    again = [t for t, body, _ in proxy.arrivals if body == body429 and t > t429]
    assert again and again[0] - t429 >= 1.5
    # no row lost or duplicated
    rows = read_rows(out / "python.jsonl") + read_rows(out / "eliminated.jsonl")
    assert len(rows) == n and len({r["id"] for r in rows}) == n
    assert len({r["seed_id"] for r in rows}) == n
    assert report["corpora"]["python"]["adds_up"]


def test_gives_up_with_one_line_when_the_teacher_keeps_failing(proxy_factory, tmp_path):
    from codem_core.evolution.teacher import TeacherGaveUp

    proxy = proxy_factory(faults={i: "500" for i in range(1, 50)})
    opts = options(proxy.base_url, tmp_path / "out", tmp_path / "cache", languages="python", n=1, concurrency=1)
    opts.teacher = dataclasses.replace(opts.teacher, max_attempts=3, backoff_initial=0.05)
    with pytest.raises(TeacherGaveUp, match="after 3 attempts") as err:
        run_evolve(opts)
    assert "\n" not in str(err.value)
    assert proxy.chat_requests == 3 and proxy.forwarded == 0
    assert not (tmp_path / "out").exists() and cache_entries(tmp_path / "cache") == 0

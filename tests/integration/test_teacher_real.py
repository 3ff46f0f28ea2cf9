"""The data-evolution stage against the real embedded teacher (llama.cpp + SmolLM2-135M).

All 9 corpora with small N, counts that add up, a rerun that sends zero requests, dry-run
figures against what the run then spends, a killed run that resumes, fail-fast bad input. (The
pipeline's evolve stage, which runs this code as a Prefect task, is tests/integration/test_full_matrix.py.)
"""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest

from codem_core.evolution.cleaning import DEDUP_REASONS, ELIMINATION_REASONS
from codem_core.evolution.corpus import ROW_FIELDS
from codem_core.evolution.mixed import shares
from codem_core.evolution.run import dry_run, run_evolve
from codem_core.evolution.templates import load_templates
from codem_core.languages import TRAIN_LANGUAGES
from tests.integration.evolve_helpers import REPO, cache_entries, cli_args, options, read_rows, run_cli
from tests.integration.teacher_server import requires_local_teacher

pytestmark = [pytest.mark.slow, requires_local_teacher]
N = 2  # seeds per language: 8 languages x 2 seeds x 2 requests = 32 teacher requests


@pytest.fixture(scope="module")
def full_run(tmp_path_factory, local_teacher):
    from tests.integration.teacher_server import FaultProxy

    root = tmp_path_factory.mktemp("evolve-all")
    cache, out = root / "cache", root / "out"
    upstream = local_teacher.base_url[: -len("/v1")]
    with FaultProxy(upstream) as proxy:
        t0 = time.monotonic()
        # generous timeout: 4 requests queue at a one-slot server; this test is not about timeouts
        report = run_evolve(options(proxy.base_url, out, cache, languages="all", n=N, concurrency=4, timeout=300))
        wall = time.monotonic() - t0
        counted = proxy.requests, proxy.chat_requests
    return {
        "root": root,
        "cache": cache,
        "out": out,
        "report": report,
        "proxy_requests": counted,
        "wall": wall,
        "upstream": upstream,
    }


def test_all_nine_corpora_with_counts_that_add_up(full_run):
    out, report = full_run["out"], full_run["report"]
    corpora = [*TRAIN_LANGUAGES, "mixed"]
    assert sorted(p.stem for p in out.glob("*.jsonl")) == sorted([*corpora, "eliminated"])
    assert (out / "report.md").is_file() and (out / "report.json").is_file()
    templates = load_templates()
    eliminated = read_rows(out / "eliminated.jsonl")
    for lang in TRAIN_LANGUAGES:
        c = report["corpora"][lang]
        assert c["seeds"] == N
        assert set(c["removed"]) == {*ELIMINATION_REASONS, *DEDUP_REASONS, "contaminated"}
        assert c["kept"] + sum(c["removed"].values()) == c["seeds"] and c["adds_up"]
        rows = read_rows(out / f"{lang}.jsonl")
        assert len(rows) == c["kept"] == report["corpus_sizes"][lang]
        dropped = [r for r in eliminated if r["language"] == lang]
        assert len(dropped) == sum(c["removed"].values())
        assert len({r["id"] for r in rows + dropped}) == N  # nothing lost, nothing twice
        kind = "breadth" if lang == "html" else "depth"
        for r in rows + dropped:
            assert set(ROW_FIELDS) <= set(r)
            assert r["language"] == lang and r["evolution"] == kind and r["teacher"] == "smollm2-135m-instruct"
            assert r["template_hash"] == templates[kind].hash and r["answer_template_hash"] == templates["answer"].hash
        for r in rows:
            assert r["instruction"].strip() and r["response"].strip()
    mixed = read_rows(out / "mixed.jsonl")
    want = shares(N, list(TRAIN_LANGUAGES))
    drawn = report["mixed"]["per_language"]
    assert len(mixed) == report["mixed"]["total"] == sum(v["drawn"] for v in drawn.values())
    for lang in TRAIN_LANGUAGES:
        assert drawn[lang]["share"] == want[lang]
        assert drawn[lang]["drawn"] == min(want[lang], report["corpora"][lang]["kept"])
    assert set(report["decontamination"]["languages_used"]) >= {"python", "javascript", "cpp", "java", "go"}


def test_ledger_matches_what_the_server_saw(full_run):
    led = full_run["report"]["ledger"]
    total, chat = full_run["proxy_requests"]
    assert led["requests"] == chat == led["responses"] + led["retries_total"]
    assert led["responses"] == cache_entries(full_run["cache"]) <= 2 * N * len(TRAIN_LANGUAGES)
    assert total == chat + 1  # + one GET /models preflight
    assert set(led["retries"]) <= {"timeout"}  # no fault injected: at most a slow answer on a loaded machine
    assert led["prompt_tokens"] > 0 and led["completion_tokens"] > 0


def test_datasets_on_disk(full_run):
    import datasets

    for name in [*TRAIN_LANGUAGES, "mixed"]:
        ds = datasets.load_from_disk(str(full_run["out"] / "datasets" / name))
        assert len(ds) == full_run["report"]["corpus_sizes"][name]
        assert set(ROW_FIELDS) <= set(ds.column_names)


def test_rerun_sends_zero_requests_and_writes_the_same_corpora(full_run, tmp_path):
    from tests.integration.teacher_server import FaultProxy

    before = {p.name: p.read_bytes() for p in full_run["out"].glob("*.jsonl")}
    with FaultProxy(full_run["upstream"]) as proxy:
        report = run_evolve(
            options(proxy.base_url, full_run["out"], full_run["cache"], languages="all", n=N, concurrency=4)
        )
        assert proxy.requests == 0  # not even the preflight
    assert report["ledger"]["requests"] == 0
    assert report["ledger"]["cache_hits"] == full_run["report"]["ledger"]["responses"]
    after = {p.name: p.read_bytes() for p in full_run["out"].glob("*.jsonl")}
    assert after == before
    # a fully cached run needs no teacher at all
    dead = options("http://127.0.0.1:9/v1", tmp_path / "o", full_run["cache"], languages="all", n=N)
    assert run_evolve(dead)["ledger"]["requests"] == 0


def test_dry_run_after_a_full_run_plans_nothing(full_run):
    est = dry_run(options("http://127.0.0.1:9/v1", None, full_run["cache"], languages="all", n=N))
    assert est["total"]["requests"] == 0
    assert est["total"]["cached"] == full_run["report"]["ledger"]["responses"]


def test_dry_run_matches_the_real_run(local_teacher, proxy_factory, tmp_path):
    cache = tmp_path / "cache"
    proxy = proxy_factory()
    # calibrate on one run, then predict a run over different seeds
    run_evolve(options(proxy.base_url, tmp_path / "a", cache, languages="python", n=2, seed=1))
    est = dry_run(options(proxy.base_url, None, cache, languages="python", n=3, seed=2))
    proxy.reset_counts()
    report = run_evolve(options(proxy.base_url, tmp_path / "b", cache, languages="python", n=3, seed=2))
    led = report["ledger"]
    assert proxy.chat_requests == led["requests"]
    # the dry run plans an answer for every evolution; an evolution that comes back empty or cut off at
    # its token limit gets none (cleaning.py), and which ones will cannot be known beforehand
    unanswered = {
        r["seed_id"]
        for r in read_rows(tmp_path / "b" / "eliminated.jsonl")
        if r["reason"] in ("empty_evolution", "truncated_evolution")
    }
    planned = [r for r in est["requests"] if not (r["stage"] == "answer" and r["seed_id"] in unanswered)]
    # responses, not attempts: a request retried after a timeout on a loaded machine is one planned request
    assert est["total"]["requests"] == len(est["requests"]) and len(planned) == led["responses"]
    predicted = sum(r["prompt_tokens"] + r["completion_tokens"] for r in planned)
    spent = led["prompt_tokens"] + led["completion_tokens"]
    err = abs(predicted - spent) / spent
    print(f"dry-run tokens {predicted} vs spent {spent}: error {err:.1%}")
    assert err <= 0.10


def test_killed_run_resumes_with_only_unfinished_requests(proxy_factory, tmp_path):
    proxy = proxy_factory()
    cache, out = tmp_path / "cache", tmp_path / "out"
    args = cli_args(proxy.base_url, out, cache, languages="python", n=4, extra=["--concurrency", "1"])
    proc = subprocess.Popen(
        args,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        deadline = time.monotonic() + 300
        while cache_entries(cache) < 3 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    done = cache_entries(cache)
    assert 3 <= done < 8, done
    assert not out.exists()  # killed: nothing partial in --out
    proxy.reset_counts()
    report = run_evolve(options(proxy.base_url, out, cache, languages="python", n=4))
    led = report["ledger"]
    assert led["cache_hits"] == done
    assert led["requests"] == proxy.chat_requests == cache_entries(cache) - done
    assert report["corpora"]["python"]["adds_up"] and report["corpora"]["python"]["seeds"] == 4


def test_bad_input_fails_fast_with_one_line(proxy_factory, tmp_path):
    from codem_core.evolution.local_teacher import free_port

    cases = []
    bad_seeds = tmp_path / "seeds.json"
    bad_seeds.write_text('[{"instruction": "Write a Python function", "input": ""}, {"instr')
    keyed = proxy_factory(require_key="right-key")
    cases.append(
        (
            "unknown language",
            cli_args(keyed.base_url, tmp_path / "o1", tmp_path / "c1", languages="python,cobol"),
            "unknown language",
        )
    )
    cases.append(
        (
            "malformed seeds",
            cli_args(
                keyed.base_url,
                tmp_path / "o2",
                tmp_path / "c2",
                extra=["--seeds", str(bad_seeds), "--api-key", "right-key"],
            ),
            "malformed JSON",
        )
    )
    dead = f"http://127.0.0.1:{free_port()}/v1"
    # the pre-flight retries a refused connection like any request (--max-attempts): 2 keep this fast
    cases.append(
        (
            "unreachable",
            cli_args(dead, tmp_path / "o3", tmp_path / "c3", extra=["--max-attempts", "2"]),
            "is unreachable",
        )
    )
    cases.append(
        (
            "bad key",
            cli_args(keyed.base_url, tmp_path / "o4", tmp_path / "c4", extra=["--api-key", "wrong-key"]),
            "rejected the API key",
        )
    )
    for name, args, needle in cases:
        t0 = time.monotonic()
        res = run_cli(args, timeout=120)
        took = time.monotonic() - t0
        err_lines = [line for line in res.stderr.splitlines() if line.strip()]
        assert res.returncode != 0, name
        assert len(err_lines) == 1 and err_lines[0].startswith("error: ") and needle in err_lines[0], (name, res.stderr)
        assert took < 60, (name, took)
    for i in range(1, 5):
        assert not (tmp_path / f"o{i}").exists()  # nothing written
        assert cache_entries(tmp_path / f"c{i}") == 0
    assert keyed.chat_requests == 0

"""Hostile text, pinned (issue 17): a teacher or a samples file sending what JSON allows and UTF-8
does not (a lone surrogate), or nesting deeper than Python recurses, ended runs in tracebacks
that every rerun repeated; the teacher's ``GET /models`` pre-flight gave up on the first
connection reset. Each test fails on the code before 99fadcb (checked by running it there) and
passes since: the text policy of docs/text.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from codem_core.benchmarks import load_problems
from codem_core.errors import DataError
from codem_core.evolution.pipeline import GenerationParams
from codem_core.evolution.run import EvolveOptions, run_evolve
from codem_core.evolution.teacher import TeacherConfig, TeacherError
from codem_core.execution.cache import ENGINE_VERSION, verdict_key
from codem_core.execution.engine import ExecutionEngine
from codem_core.execution.evaluate import evaluate_samples
from codem_core.io import read_jsonl
from tests.integration.teacher_server import ScriptedTeacher, chat_body, plain_answer, write_seeds

REPO = Path(__file__).resolve().parents[2]
SURROGATE = "\ud83d"  # the first half of 😀's UTF-16 pair, alone
HOSTILE_SEED = "Write a Python function that reverses the words of a sentence."


def _evolve_options(url: str, out: Path, cache: Path, seeds: Path, **teacher) -> EvolveOptions:
    return EvolveOptions(
        languages=["python"],
        per_language=3,
        out=out,
        seeds_source=str(seeds),
        cache_dir=cache,
        progress=False,
        teacher=TeacherConfig(
            base_url=url, model="scripted", concurrency=2, timeout=10, backoff_initial=0.05, backoff_max=0.2, **teacher
        ),
        params=GenerationParams(64, 64, 0.7, 0.2),
        decontaminate=False,
        mixed=False,
    )


def _surrogate_for_one_seed(body: dict) -> str:
    """Answers every prompt well, except the evolution of HOSTILE_SEED: a lone surrogate, every time."""
    if HOSTILE_SEED in body["messages"][-1]["content"] and "Prompt Rewriter" in body["messages"][-1]["content"]:
        return f"Write a Python function {SURROGATE} that reverses words"
    return plain_answer(body)


def _codem(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "CODEM_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "codem_core.cli", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=180
    )


def test_a_teacher_answering_a_lone_surrogate_loses_one_seed_not_the_run(tmp_path):
    """``codem evolve`` crashed with a 70-line traceback while caching an answer holding a lone
    surrogate, so the answer was never cached and every rerun paid for it and crashed again.
    Now the pair is eliminated as ``unusable_answer`` (counted in the report), the answer is
    cached, and the rerun sends no request at all."""
    seeds = write_seeds(tmp_path / "seeds.jsonl", [HOSTILE_SEED])
    out, cache = tmp_path / "out", tmp_path / "cache"
    args = [
        "evolve",
        "-l",
        "python",
        "-n",
        "3",
        "--seeds",
        str(seeds),
        "--out",
        str(out),
        "--cache-dir",
        str(cache),
        "--teacher-model",
        "scripted",
        "--no-decontaminate",
        "--no-mixed",
        "--json",
    ]
    with ScriptedTeacher(_surrogate_for_one_seed) as teacher:
        first = _codem(*args, "--teacher-url", teacher.base_url, home=tmp_path / "home")
        assert first.returncode == 0, first.stderr[-3000:]
        asked = teacher.chat_requests
        teacher.reset_counts()
        rerun = _codem(*args, "--teacher-url", teacher.base_url, home=tmp_path / "home")
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        assert teacher.requests == 0  # not one chat request, not even the GET /models pre-flight
    assert asked == 5  # 3 evolutions + 2 answers: the unusable evolution is never sent to be answered
    report = json.loads((out / "report.json").read_text())
    corpus = report["corpora"]["python"]
    assert corpus["removed"]["unusable_answer"] == 1 and corpus["adds_up"] and report["ledger"]["requests"] == 0
    eliminated = [r for r in read_jsonl(out / "eliminated.jsonl") if r["reason"] == "unusable_answer"]
    assert len(eliminated) == 1 and "\ufffd" in eliminated[0]["instruction"] and "surrogate" in eliminated[0]["detail"]
    assert "unusable_answer" in (out / "report.md").read_text()


def test_a_teacher_body_nested_too_deep_is_an_answer_not_a_crash(tmp_path):
    """A 2xx body nesting JSON deeper than Python parses raised RecursionError inside the SDK, which
    ended the run as a TeacherError on every rerun. Now it is a final, cached, eliminated answer."""
    deep = chat_body("fine")[:-1].encode() + b', "x": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"

    def answer(body: dict) -> str | bytes:
        return deep if HOSTILE_SEED in body["messages"][-1]["content"] else plain_answer(body)

    seeds = write_seeds(tmp_path / "seeds.jsonl", [HOSTILE_SEED])
    with ScriptedTeacher(answer) as teacher:
        opts = _evolve_options(teacher.base_url, tmp_path / "out", tmp_path / "cache", seeds)
        report = run_evolve(opts)
        teacher.reset_counts()
        again = run_evolve(opts)
        assert teacher.requests == 0
    assert report["corpora"]["python"]["removed"]["unusable_answer"] == 1
    assert again["corpora"] == report["corpora"]


@pytest.fixture()
def samples_dir(tmp_path, data_dir):
    good = load_problems("python", data_dir)[0]
    return tmp_path, {"task_id": good.task_id, "completion": good.canonical_solution}


def test_any_program_text_hashes_for_the_verdict_cache():
    """Hashing a completion that holds a lone surrogate for the verdict cache raised
    UnicodeEncodeError; valid text must keep its old key (no cache is invalidated)."""
    assert verdict_key("python", f"x = '{SURROGATE}'", "fp", ()) != verdict_key("python", "x = '\ufffd'", "fp", ())
    source = "print('é 😀 \u2028 \x00')"
    fields = {"engine": ENGINE_VERSION, "language": "python", "source": source, "toolchain": "fp", "limits": repr(())}
    old_key = hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    assert verdict_key("python", source, "fp", ()) == old_key


def test_a_lone_surrogate_in_a_completion_is_one_line_and_exit_2(samples_dir):
    """``codem evaluate`` crashed with a traceback while hashing such a program for the verdict
    cache. Now the row is rejected like any bad row: ``file:line``, exit 2, nothing run or written."""
    tmp, good = samples_dir
    samples = tmp / "samples.jsonl"
    bad = {**good, "completion": good["completion"] + f"    # {SURROGATE}\n"}
    samples.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n")  # json.dumps escapes it: valid JSON
    res = _codem("evaluate", "--samples", str(samples), "--out", str(tmp / "r.jsonl"), home=tmp / "home")
    lines = res.stderr.strip().splitlines()
    assert res.returncode == 2 and "Traceback" not in res.stderr and len(lines) == 1, res.stderr[-3000:]
    assert f"{samples}:2: field 'completion' holds a lone UTF-16 surrogate" in lines[0]
    assert not (tmp / "r.jsonl").exists() and not (tmp / "home" / "verdicts").exists()


@pytest.mark.parametrize("case", ["surrogate-in-extra-field", "nested-too-deep"])
def test_a_row_that_cannot_be_written_back_fails_before_any_program_runs(samples_dir, case):
    """A lone surrogate in any extra field let every program run, then crashed writing the
    results (no results file, and every rerun the same); a deeply nested row gave RecursionError.
    Now both are the one-line ``file:line`` error of any bad row, before any program runs."""
    tmp, good = samples_dir
    samples = tmp / "samples.jsonl"
    if case == "surrogate-in-extra-field":
        bad = json.dumps({**good, "meta": {"note": f"made by {SURROGATE}"}})
        expected = f"{samples}:2: field 'meta.note' holds a lone UTF-16 surrogate"
    else:
        bad = json.dumps(good)[:-1] + ', "meta": ' + "[" * 100_000 + "]" * 100_000 + "}"
        expected = f"{samples}:2: JSON nested deeper than 100 levels"
    samples.write_text(json.dumps(good) + "\n" + bad + "\n")
    engine = ExecutionEngine(cache=tmp / "verdicts", workers=1)
    with pytest.raises(DataError) as err:
        evaluate_samples(samples, tmp / "r.jsonl", engine=engine)
    assert str(err.value).startswith(expected), str(err.value)
    assert engine.stats.programs == 0 and not (tmp / "verdicts").exists() and not (tmp / "r.jsonl").exists()


def test_the_preflight_retries_a_reset_and_a_hang_like_any_request(tmp_path):
    """``GET /models`` gave up on the first connection reset (and hang), while chat requests
    retried the same faults. Now it uses the chat requests' retry policy."""
    seeds = write_seeds(tmp_path / "seeds.jsonl", [])
    with ScriptedTeacher(plain_answer, models_faults={1: "reset", 2: "hang"}, hang_seconds=5) as teacher:
        opts = _evolve_options(teacher.base_url, tmp_path / "out", tmp_path / "cache", seeds, preflight_timeout=1.0)
        report = run_evolve(opts)
        assert teacher.models_requests == 3 and dict(teacher.injected) == {"models-reset": 1, "models-hang": 1}
    assert report["corpora"]["python"]["kept"] == 3


def test_the_preflight_says_what_happened_in_plain_words(tmp_path):
    """A hanging teacher's pre-flight error quoted an internal string ("Cancelled via cancel scope
    ...") after one attempt. Now it is retried and says that the teacher did not answer."""
    seeds = write_seeds(tmp_path / "seeds.jsonl", [])
    always = {i: "hang" for i in range(1, 20)}
    with ScriptedTeacher(plain_answer, models_faults=always, hang_seconds=5) as teacher:
        opts = _evolve_options(
            teacher.base_url, tmp_path / "out", tmp_path / "cache", seeds, preflight_timeout=0.5, max_attempts=2
        )
        with pytest.raises(TeacherError) as err:
            run_evolve(opts)
        assert teacher.models_requests == 2 and teacher.chat_requests == 0
    msg = str(err.value)
    assert msg == f"the teacher at {teacher.base_url} did not answer within 0.5 s (2 attempts to list its models)", msg
    assert not (tmp_path / "out").exists()


def test_generated_text_with_a_lone_surrogate_is_kept_as_replacement_characters(tmp_path):
    """A model behind the OpenAI-compatible API answering a lone surrogate crashed ``codem
    generate`` while appending the row to its resume file. Now the reply's lone surrogates
    become U+FFFD (docs/text.md) and the sample is kept and written."""
    from codem_core.benchmarks import load_problems as problems_of
    from codem_core.inference.backends import OpenAIBackend
    from codem_core.inference.generate import generate_samples

    problems = problems_of("python")[:2]
    with ScriptedTeacher(lambda body: f"    return {SURROGATE!s}1\n") as server:
        backend = OpenAIBackend(server.base_url, "scripted", api="chat", concurrency=2, max_new_tokens=16)
        rows = generate_samples(problems, backend, out=tmp_path / "s.jsonl", log=lambda _: None)
    assert [r["task_id"] for r in read_jsonl(tmp_path / "s.jsonl")] == [p.task_id for p in problems]
    assert all("\ufffd" in r["raw_reply"] and SURROGATE not in r["raw_reply"] for r in rows)

"""``codem generate --backend openai`` from the command line against a real OpenAI-compatible
server on 127.0.0.1: llama.cpp's server (the embedded teacher) serving SmolLM2-135M-Instruct,
as vLLM serves a fine-tuned model in production.

Checks the rows are what ``codem evaluate`` reads (its own reader and problem resolution), the
replies are the server's greedy output with the per-language stop rules applied, a rerun over
the finished file sends nothing, and an unreachable endpoint fails with one line, a non-zero
exit and no file written (neither the samples, nor the resume file, nor the meta file).
About 40-60 s on 2 cores, most of it the server's start-up and warm-up and the CLI's imports.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from codem_core.evolution.local_teacher import LOCAL_MODEL_ALIAS, free_port
from tests.integration.teacher_server import requires_local_teacher
from tests.integration.tiny_models import child_env

REPO = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, requires_local_teacher]

LANGS = "python,java,go"
LIMIT = 1
MAX_NEW = 48


def _cli(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "codem_core.cli", *args],
        cwd=REPO,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(scope="module")
def proxy(local_teacher):
    """A counting pass-through proxy in front of the server (no faults injected)."""
    from tests.integration.teacher_server import FaultProxy

    with FaultProxy(local_teacher.base_url[: -len("/v1")]) as p:
        yield p


def _generate(base_url: str, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return _cli(
        "generate",
        "--backend",
        "openai",
        "--base-url",
        base_url,
        "--languages",
        LANGS,
        "--limit",
        str(LIMIT),
        "--max-new-tokens",
        str(MAX_NEW),
        "--concurrency",
        "4",
        "--out",
        str(out),
        *extra,
    )


@pytest.fixture(scope="module")
def generated(tmp_path_factory, proxy):
    out = tmp_path_factory.mktemp("openai-generate") / "samples.jsonl"
    proxy.reset_counts()
    r = _generate(proxy.base_url, out)
    return out, r, proxy.other_requests


def test_cli_rows_are_what_evaluate_reads(generated, data_dir):
    from codem_core.benchmarks import load_problems
    from codem_core.execution.evaluate import read_samples, resolve_problems

    out, r, requests = generated
    assert r.returncode == 0, r.stderr[-3000:]
    assert requests == 1 + 3 * LIMIT  # the model listing, then one completion request per problem
    assert f"wrote {3 * LIMIT} samples to {out}" in r.stdout
    rows = read_samples(out)  # codem evaluate's own reader: string task_id and completion on every row
    assert [row["task_id"] for row in rows] == [
        f"{lang}/{i}" for lang in ("Python", "Java", "Go") for i in range(LIMIT)
    ]
    problems = resolve_problems(rows, data_dir)  # every task_id names a registered problem
    assert [p.task_id for p in problems] == [row["task_id"] for row in rows]
    for row in rows:
        assert row["model"] == LOCAL_MODEL_ALIAS  # the first (only) model the server lists
        assert 0 < row["new_tokens"] <= MAX_NEW  # counted by the server (usage.completion_tokens)
        assert row["finish"] in ("stop", "eos", "length")
        # SmolLM2-135M often opens a new "### " block at once: an empty reply is a real answer here
        assert isinstance(row["raw_reply"], str) and isinstance(row["reply"], str)
        assert row["raw_reply"].startswith(row["reply"])  # the reply is the raw reply cut at the stop rule
        assert "\n### " not in row["reply"]  # the Alpaca frame never leaks into a reply
        assert isinstance(row["completion"], str) and isinstance(row["imports"], list)
    lang_of = {
        p.task_id: p.language for lang in ("python", "java", "go") for p in load_problems(lang, data_dir)[:LIMIT]
    }
    assert all(row["language"] == lang_of[row["task_id"]] for row in rows)
    meta = json.loads(Path(f"{out}.meta.json").read_text())
    assert meta["backend"] == "openai" and meta["model"] == LOCAL_MODEL_ALIAS and meta["problems"] == 3 * LIMIT
    assert meta["details"]["base_url"].startswith("http://127.0.0.1:") and meta["details"]["api"] == "completions"
    assert meta["decoding"] == "greedy" and meta["new_tokens_now"] == sum(row["new_tokens"] for row in rows)
    assert not Path(f"{out}.partial.jsonl").exists()


def test_rows_are_the_servers_greedy_reply(generated, local_teacher, data_dir):
    """The first Python row's raw reply equals a direct greedy /v1/completions call on the Figure 3 prompt."""
    import openai

    from codem_core.benchmarks import load_problems
    from codem_core.inference.prompts import build_prompt
    from codem_core.inference.stops import static_stop_strings

    out, r, _ = generated
    assert r.returncode == 0, r.stderr[-3000:]
    row = json.loads(out.read_text().splitlines()[0])
    problem = load_problems("python", data_dir)[0]
    prompt, _sig = build_prompt(problem)
    client = openai.OpenAI(base_url=local_teacher.base_url, api_key="EMPTY", timeout=120)
    direct = client.completions.create(
        model=LOCAL_MODEL_ALIAS,
        prompt=prompt,
        max_tokens=MAX_NEW,
        temperature=0.0,
        top_p=1.0,
        stop=static_stop_strings("python"),
    )
    assert row["raw_reply"] == direct.choices[0].text


def test_rerun_over_the_finished_file_sends_nothing(generated, proxy):
    out, r, _ = generated
    assert r.returncode == 0, r.stderr[-3000:]
    before = out.read_text()
    proxy.reset_counts()
    r2 = _generate(proxy.base_url, out, "--model", LOCAL_MODEL_ALIAS)  # --model: not even the model listing
    assert r2.returncode == 0, r2.stderr[-3000:]
    assert proxy.requests == 0 and f"{3 * LIMIT} of {3 * LIMIT} problems already generated" in r2.stderr
    assert out.read_text() == before
    assert json.loads(Path(f"{out}.meta.json").read_text())["generated_now"] == 0


def test_unreachable_endpoint_one_line_nonzero_nothing_written(tmp_path):
    """Both failure points: the model listing (no --model) and the first completion request (--model)."""
    procs = {}
    for case in ("model-listing", "first-request"):
        dead = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
        folder = tmp_path / case
        folder.mkdir()
        args = [
            "generate",
            "--backend",
            "openai",
            "--base-url",
            dead,
            "--languages",
            "python",
            "--limit",
            "2",
            "--out",
            str(folder / "samples.jsonl"),
        ]
        if case == "first-request":
            args += ["--model", "served-model"]
        procs[case] = (
            dead,
            folder,
            subprocess.Popen(
                [sys.executable, "-m", "codem_core.cli", *args],
                cwd=REPO,
                env=child_env(),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            ),
        )
    for case, (dead, folder, proc) in procs.items():
        _out, err = proc.communicate(timeout=120)
        lines = err.strip().splitlines()
        assert proc.returncode != 0, case
        # one line says what went wrong; besides it at most the progress line naming the run
        assert [line for line in lines if not line.startswith("openai: ")] == [
            f"error: cannot reach the OpenAI-compatible endpoint at {dead} (APIConnectionError)"
        ], (case, err[-2000:])
        assert _files(folder) == [], case  # nothing half-written: no samples, no resume file, no meta file


def test_sampling_from_a_server_that_ignores_n_is_reproducible(tmp_path, proxy):
    """llama.cpp's server answers one choice whatever ``n`` asks: codem asks for the missing samples one by
    one, each with its own seed, and the same --seed gives the same samples again."""
    runs = []
    for name in ("a", "b"):
        out = tmp_path / f"{name}.jsonl"
        proxy.reset_counts()
        sampling = ("--n", "3", "--temperature", "0.8", "--seed", "11")
        r = _generate(proxy.base_url, out, "--model", LOCAL_MODEL_ALIAS, *sampling)
        assert r.returncode == 0, r.stderr[-3000:]
        assert proxy.requests == 3 * 3 * LIMIT  # per problem: the n=3 request (one choice back), then two more
        runs.append([json.loads(line) for line in out.read_text().splitlines()])
    a, b = runs
    assert [(row["task_id"], row["sample"]) for row in a] == [
        (f"{lang}/{i}", s) for lang in ("Python", "Java", "Go") for i in range(LIMIT) for s in range(3)
    ]
    assert [row["raw_reply"] for row in a] == [row["raw_reply"] for row in b]
    assert len({row["raw_reply"] for row in a}) > 3  # sampled: the three samples of a problem are not all one answer
    meta = json.loads(Path(f"{tmp_path / 'a.jsonl'}.meta.json").read_text())
    assert (meta["decoding"], meta["n"], meta["seed"], meta["temperature"]) == ("sampling", 3, 11, 0.8)

"""Bad input and faults across the ``codem`` commands, through the real entry point.

What a user relies on: a mistake (a broken file, a path that cannot work, a number out of
range, a malformed URL) ends the command with exit code 2 and ONE line on stderr naming the
problem, before any work; nothing is written and no temp file is left behind. An interrupted
run leaves no half-written output, and its rerun resumes and ends with what an uninterrupted
run writes. (``test_cli_evaluate.py``, ``test_teacher_real.py`` and the unit tests cover the
other bad inputs: malformed JSON lines, unknown task ids and languages, bad presets...)
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from codem_core.benchmarks import load_problems
from tests.integration.tiny_models import child_env

REPO = Path(__file__).resolve().parents[2]
DEAD_URL = "http://127.0.0.1:9/v1"  # the discard port: nothing answers there


def codem(*args, env=None, timeout=120):
    return subprocess.run(
        [sys.executable, "-m", "codem_core.cli", *map(str, args)],
        cwd=REPO,
        env=env or child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every path below ``folder`` with its bytes (None for folders): to prove nothing changed."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None) for p in sorted(folder.rglob("*"))}


def assert_one_line_error(res, needle: str) -> None:
    lines = res.stderr.strip().splitlines()
    assert res.returncode == 2, (res.returncode, res.stderr[-3000:])
    assert "Traceback" not in res.stderr, res.stderr[-3000:]
    assert len(lines) == 1 and lines[0].startswith("error: "), res.stderr[-3000:]
    assert needle in lines[0], lines[0]


def make_files(tmp_path: Path, data_dir: Path) -> None:
    """A folder of broken and good inputs for one case."""
    py = load_problems("python", data_dir)
    good = json.dumps({"task_id": "Python/0", "completion": py[0].canonical_solution})
    (tmp_path / "good.jsonl").write_text(good + "\n")
    (tmp_path / "badutf.jsonl").write_bytes(good.encode() + b'\n{"task_id": "Python/1", "completion": "\xff\xfe"}\n')
    (tmp_path / "empty.jsonl").write_text("")
    (tmp_path / "blank.jsonl").write_text("\n  \n\r\n")
    (tmp_path / "array.jsonl").write_text(f"[{good}]\n")
    (tmp_path / "numcompl.jsonl").write_text(good + '\n\n{"task_id": "Python/1", "completion": 5}\n')
    (tmp_path / "nulltid.jsonl").write_text('{"task_id": null, "completion": "x"}\n')
    # text JSON allows and UTF-8 does not (a lone surrogate), and nesting deeper than codem reads (docs/text.md)
    lone = json.dumps({"task_id": "Python/1", "completion": "    return 1\n", "note": "\ud83d"})
    (tmp_path / "surrogate.jsonl").write_text(good + "\n" + lone + "\n")
    (tmp_path / "deep.jsonl").write_text(good + "\n" + good[:-1] + ', "x": ' + "[" * 50_000 + "]" * 50_000 + "}\n")
    (tmp_path / "corpus-surrogate.jsonl").write_text(json.dumps({"instruction": "Add.", "response": "a\udfff"}) + "\n")
    (tmp_path / "seeds-surrogate.jsonl").write_text(json.dumps({"instruction": "A Python \ud800 function"}) + "\n")
    (tmp_path / "summary-deep.json").write_text('{"corpus": "base", "x": ' + "[" * 50_000 + "]" * 50_000 + "}")
    (tmp_path / "corpus.jsonl").write_text(json.dumps({"instruction": "Add two numbers.", "response": "a + b"}) + "\n")
    (tmp_path / "badutf.yaml").write_bytes(b"name: x\ndescription: \xe9t\xe9\n")
    (tmp_path / "summary.json").write_text(
        json.dumps({"corpus": "base", "pass@1": {"python": {"samples": 1, "passed": 1, "pass@1": 100.0}}})
    )
    (tmp_path / "a-file").write_text("not a folder\n")
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "config.json").write_text("{}\n")


EVALUATE = ["evaluate", "--samples"]
GEN_OPENAI = [
    "generate",
    "--backend",
    "openai",
    "--base-url",
    DEAD_URL,
    "--model",
    "m",
    "--languages",
    "python",
    "--limit",
    "1",
]
GEN_LOCAL = ["generate", "--model", "tiny-gptbigcode", "--languages", "python", "--limit", "1"]
TRAIN = ["train", "--preset", "tiny", "--base-model", "tiny-gptbigcode"]
EVOLVE = ["evolve", "-n", "1", "--languages", "python", "--teacher-url", DEAD_URL]

# (id, command template, the text the one error line must hold)
CASES = [
    # evaluate: the samples file
    ("evaluate-not-utf8", [*EVALUATE, "{t}/badutf.jsonl", "--out", "{t}/r.jsonl"], "badutf.jsonl:2: not UTF-8 text"),
    (
        "evaluate-samples-folder",
        [*EVALUATE, "{t}/a-folder", "--out", "{t}/r.jsonl"],
        "a-folder is a folder, not a JSONL file",
    ),
    ("evaluate-empty", [*EVALUATE, "{t}/empty.jsonl", "--out", "{t}/r.jsonl"], "empty.jsonl: no samples"),
    ("evaluate-blank-lines-only", [*EVALUATE, "{t}/blank.jsonl", "--out", "{t}/r.jsonl"], "blank.jsonl: no samples"),
    (
        "evaluate-json-array",
        [*EVALUATE, "{t}/array.jsonl", "--out", "{t}/r.jsonl"],
        "array.jsonl:1: expected a JSON object, got list",
    ),
    (
        "evaluate-completion-number",
        [*EVALUATE, "{t}/numcompl.jsonl", "--out", "{t}/r.jsonl"],
        "numcompl.jsonl:3: sample lacks a string 'completion'",
    ),
    (
        "evaluate-task-id-null",
        [*EVALUATE, "{t}/nulltid.jsonl", "--out", "{t}/r.jsonl"],
        "nulltid.jsonl:1: sample lacks a string 'task_id'",
    ),
    (
        "evaluate-lone-surrogate",
        [*EVALUATE, "{t}/surrogate.jsonl", "--out", "{t}/r.jsonl"],
        "surrogate.jsonl:2: field 'note' holds a lone UTF-16 surrogate (\\ud83d at character 1), which UTF-8 cannot",
    ),
    (
        "evaluate-nested-too-deep",
        [*EVALUATE, "{t}/deep.jsonl", "--out", "{t}/r.jsonl"],
        "deep.jsonl:2: JSON nested deeper than 100 levels",
    ),
    # evaluate: where the results go
    (
        "evaluate-out-is-folder",
        [*EVALUATE, "{t}/good.jsonl", "--out", "{t}/a-folder"],
        "--out {t}/a-folder is a folder, not a file",
    ),
    (
        "evaluate-out-under-file",
        [*EVALUATE, "{t}/good.jsonl", "--out", "{t}/a-file/r.jsonl"],
        "{t}/a-file is a file, not a folder",
    ),
    (
        "evaluate-out-is-samples",
        [*EVALUATE, "{t}/good.jsonl", "--out", "{t}/good.jsonl"],
        "is the same file as --samples",
    ),
    (
        "evaluate-summary-is-out",
        [*EVALUATE, "{t}/good.jsonl", "--out", "{t}/r.jsonl", "--summary", "{t}/r.jsonl"],
        "is the same file as --out",
    ),
    (
        "evaluate-summary-is-folder",
        [*EVALUATE, "{t}/good.jsonl", "--out", "{t}/r.jsonl", "--summary", "{t}/a-folder"],
        "--summary {t}/a-folder is a folder",
    ),
    (
        "evaluate-workers-negative",
        [*EVALUATE, "{t}/good.jsonl", "--out", "{t}/r.jsonl", "--workers", "-1"],
        "--workers must be at least 0, got -1",
    ),
    # generate: numbers, URL, output (the endpoint is never contacted: these fail first)
    (
        "generate-limit-negative",
        [*GEN_OPENAI, "--limit", "-1", "--out", "{t}/s.jsonl"],
        "--limit must be at least 1, got -1",
    ),
    ("generate-limit-zero", [*GEN_OPENAI, "--limit", "0", "--out", "{t}/s.jsonl"], "--limit must be at least 1, got 0"),
    (
        "generate-concurrency-zero",
        [*GEN_OPENAI, "--concurrency", "0", "--out", "{t}/s.jsonl"],
        "--concurrency must be at least 1, got 0",
    ),
    (
        "generate-max-new-tokens-zero",
        [*GEN_OPENAI, "--max-new-tokens", "0", "--out", "{t}/s.jsonl"],
        "--max-new-tokens must be at least 1",
    ),
    (
        "generate-batch-size-zero",
        [*GEN_LOCAL, "--batch-size", "0", "--out", "{t}/s.jsonl"],
        "--batch-size must be at least 1, got 0",
    ),
    (
        "generate-url-bad-ipv6",
        [*GEN_OPENAI, "--base-url", "http://[::1", "--out", "{t}/s.jsonl"],
        "--base-url 'http://[::1' is not a valid URL",
    ),
    (
        "generate-url-bad-port",
        [*GEN_OPENAI, "--base-url", "http://127.0.0.1:99999/v1", "--out", "{t}/s.jsonl"],
        "is not a valid URL (Port out of range",
    ),
    (
        "generate-url-no-scheme",
        [*GEN_OPENAI, "--base-url", "127.0.0.1:8000/v1", "--out", "{t}/s.jsonl"],
        "is not a valid URL: expected http(s)://",
    ),
    ("generate-out-is-folder", [*GEN_LOCAL, "--out", "{t}/a-folder"], "--out {t}/a-folder is a folder, not a file"),
    ("generate-out-under-file", [*GEN_LOCAL, "--out", "{t}/a-file/s.jsonl"], "{t}/a-file is a file, not a folder"),
    # train: corpus bytes, preset bytes, output folder
    (
        "train-corpus-not-utf8",
        [*TRAIN, "--corpus", "{t}/badutf.jsonl", "--out", "{t}/m"],
        "badutf.jsonl:2: not UTF-8 text",
    ),
    (
        "train-preset-not-utf8",
        [
            "train",
            "--preset",
            "{t}/badutf.yaml",
            "--base-model",
            "tiny-gptbigcode",
            "--corpus",
            "{t}/corpus.jsonl",
            "--out",
            "{t}/m",
        ],
        "badutf.yaml:2: not UTF-8 text",
    ),
    (
        "train-corpus-lone-surrogate",
        [*TRAIN, "--corpus", "{t}/corpus-surrogate.jsonl", "--out", "{t}/m"],
        "corpus-surrogate.jsonl:1: field 'response' holds a lone UTF-16 surrogate",
    ),
    (
        "train-out-is-file",
        [*TRAIN, "--corpus", "{t}/corpus.jsonl", "--out", "{t}/a-file"],
        "--out {t}/a-file is a file, not a folder",
    ),
    (
        "train-out-under-file",
        [*TRAIN, "--corpus", "{t}/corpus.jsonl", "--out", "{t}/a-file/m"],
        "{t}/a-file is a file, not a folder",
    ),
    (
        "train-out-is-base-model",
        [
            "train",
            "--preset",
            "tiny",
            "--base-model",
            "{t}/model",
            "--corpus",
            "{t}/corpus.jsonl",
            "--out",
            "{t}/model",
        ],
        "--out {t}/model is --base-model",
    ),
    # evolve: URL, numbers, output (--dry-run where the check must not need an --out)
    (
        "evolve-url-bad-ipv6",
        [*EVOLVE, "--teacher-url", "http://[::1", "--out", "{t}/e"],
        "--teacher-url 'http://[::1' is not a valid URL",
    ),
    (
        "evolve-url-no-scheme",
        [*EVOLVE, "--teacher-url", "notaurl", "--out", "{t}/e"],
        "--teacher-url 'notaurl' is not a valid URL",
    ),
    ("evolve-timeout-zero", [*EVOLVE, "--timeout", "0", "--out", "{t}/e"], "--timeout must be greater than 0"),
    (
        "evolve-max-attempts-zero",
        [*EVOLVE, "--max-attempts", "0", "--out", "{t}/e"],
        "--max-attempts must be at least 1, got 0",
    ),
    (
        "evolve-max-tokens-zero",
        [*EVOLVE, "--answer-max-tokens", "0", "--dry-run"],
        "--answer-max-tokens must be at least 1, got 0",
    ),
    (
        "evolve-temperature-negative",
        [*EVOLVE, "--evolve-temperature", "-0.5", "--dry-run"],
        "--evolve-temperature must be at least 0",
    ),
    (
        "evolve-price-negative",
        [*EVOLVE, "--price-in", "-1", "--price-out", "1", "--dry-run"],
        "--price-in must be at least 0",
    ),
    ("evolve-out-under-file", [*EVOLVE, "--out", "{t}/a-file/e"], "{t}/a-file is a file, not a folder"),
    (
        "evolve-seeds-lone-surrogate",
        [*EVOLVE, "--seeds", "{t}/seeds-surrogate.jsonl", "--dry-run"],
        "seeds-surrogate.jsonl:1: field 'instruction' holds a lone UTF-16 surrogate",
    ),
    # pipeline, report, benchmarks
    ("pipeline-preset-not-utf8", ["pipeline", "show", "--preset", "{t}/badutf.yaml"], "badutf.yaml:2: not UTF-8 text"),
    (
        "report-summary-nested-too-deep",
        ["report", "-s", "{t}/summary-deep.json", "-o", "{t}/rep"],
        "summary-deep.json: JSON nested deeper than 100 levels",
    ),
    (
        "report-out-under-file",
        ["report", "-s", "{t}/summary.json", "-o", "{t}/a-file/rep"],
        "{t}/a-file is a file, not a folder",
    ),
    (
        "benchmarks-build-out-is-file",
        ["benchmarks", "build", "c", "--out-dir", "{t}/a-file"],
        "--out-dir {t}/a-file is a file, not a folder",
    ),
    (
        "benchmarks-audit-out-under-file",
        ["benchmarks", "audit", "c", "--no-cross-check", "--no-sanitizers", "--out", "{t}/a-file/x"],
        "{t}/a-file is a file, not a folder",
    ),
]


@pytest.fixture(scope="module")
def case_runs(tmp_path_factory, data_dir):
    """Every case in its own folder, two at a time (each is a ~1 s interpreter start): case id ->
    (folder, its tree before, the finished process)."""
    from concurrent.futures import ThreadPoolExecutor

    def run(case):
        name, args, _needle = case
        t = tmp_path_factory.mktemp(name)
        make_files(t, data_dir)
        before = tree(t)
        env = child_env({"CODEM_HOME": str(t / "home"), "CODEM_OFFLINE": "1"})
        try:
            res = codem(*[a.format(t=t) for a in args], env=env, timeout=60)
        except subprocess.TimeoutExpired as exc:  # still working after a minute: it did not fail first
            res = subprocess.CompletedProcess(exc.cmd, None, "", f"timed out: {exc.stderr!r}"[-3000:])
        return name, (t, before, res)

    # pytest creates its base temp dir lazily and not thread-safely: two threads making the first
    # folders at once can each create one, and mktemp then rejects the other's
    tmp_path_factory.getbasetemp()
    with ThreadPoolExecutor(2) as pool:
        return dict(pool.map(run, CASES))


@pytest.mark.parametrize("case", [c[0] for c in CASES])
def test_bad_input_one_line_exit_2_nothing_written(case_runs, case):
    t, before, res = case_runs[case]
    needle = next(c[2] for c in CASES if c[0] == case)
    assert_one_line_error(res, needle.format(t=t))
    after = {k: v for k, v in tree(t).items() if k != "home" and not k.startswith("home/")}  # caches are not outputs
    assert after == before  # nothing written, changed, or left behind as a temp file


def test_bom_crlf_and_blank_lines_read_like_a_plain_file(tmp_path, data_dir):
    """A samples file saved by a Windows editor (BOM, CRLF, blank lines) gives the same verdicts."""
    py = load_problems("python", data_dir)
    rows = [
        {"task_id": "Python/0", "completion": py[0].canonical_solution},
        {"task_id": "Python/1", "completion": "    return []\n"},
    ]
    plain, windows = tmp_path / "plain.jsonl", tmp_path / "windows.jsonl"
    plain.write_text("".join(json.dumps(r) + "\n" for r in rows))
    windows.write_bytes(b"\xef\xbb\xbf" + b"\r\n\r\n".join(json.dumps(r).encode() for r in rows) + b"\r\n\r\n")
    env = child_env({"CODEM_HOME": str(tmp_path / "home")})
    for src in (plain, windows):
        res = codem("evaluate", "--samples", src, "--out", tmp_path / f"{src.stem}.results.jsonl", env=env)
        assert res.returncode == 0, res.stderr[-3000:]
    verdicts = [
        [
            (r["task_id"], r["status"])
            for r in map(json.loads, (tmp_path / f"{n}.results.jsonl").read_text().splitlines())
        ]
        for n in ("plain", "windows")
    ]
    assert verdicts[0] == verdicts[1] == [("Python/0", "passed"), ("Python/1", "failed")]


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith((".tmp", ".probe")))


def test_ctrl_c_mid_evaluate_leaves_nothing_and_the_rerun_matches(tmp_path, data_dir):
    """SIGINT while programs run: it stops (the queued programs do not run first), non-zero exit, no
    traceback, no results or temp files; the rerun (reusing the verdicts finished before the
    interrupt) writes what an uninterrupted run writes."""
    rows = [
        {"task_id": p.task_id, "completion": p.canonical_solution if i % 3 else "    pass\n"}
        for i, p in enumerate(load_problems("python", data_dir)[:60])
    ]
    samples = tmp_path / "s.jsonl"
    samples.write_text("".join(json.dumps(r) + "\n" for r in rows))
    home = tmp_path / "home"
    env = child_env({"CODEM_HOME": str(home)})
    out = tmp_path / "out" / "r.jsonl"
    args = [
        sys.executable,
        "-m",
        "codem_core.cli",
        "evaluate",
        "--samples",
        str(samples),
        "--out",
        str(out),
        "--workers",
        "1",
    ]
    # a shell without job control starts background jobs with SIGINT ignored, and Python keeps an
    # inherited SIG_IGN (no KeyboardInterrupt): give the child a terminal's default disposition
    proc = subprocess.Popen(
        args,
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 90
    while (
        not list(home.glob("verdicts/*/*.json")) and time.monotonic() < deadline
    ):  # the first verdict is cached: mid-run
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode not in (0, None), err[-3000:]
    # it stopped: the queued programs were dropped, not all run before exiting
    assert len(list(home.glob("verdicts/*/*.json"))) < len(rows)
    assert "Traceback" not in err, err[-3000:]
    assert "error: interrupted; finished work is kept and a rerun resumes" in err.splitlines()[-1], err[-3000:]
    assert not out.exists() and not Path(f"{out}.summary.json").exists()
    assert _temps(tmp_path) == []

    res = codem("evaluate", "--samples", samples, "--out", out, "--workers", "1", env=env)
    assert res.returncode == 0, res.stderr[-3000:]
    fresh = tmp_path / "fresh.jsonl"
    res = codem(
        "evaluate", "--samples", samples, "--out", fresh, env=child_env({"CODEM_HOME": str(tmp_path / "home2")})
    )
    assert res.returncode == 0, res.stderr[-3000:]

    def verdicts(path):
        return [(r["task_id"], r["status"], r["passed"]) for r in map(json.loads, path.read_text().splitlines())]

    assert verdicts(out) == verdicts(fresh)
    assert sum(passed for *_, passed in verdicts(out)) == 40
    assert _temps(tmp_path) == []


def test_killed_generate_resumes_to_the_uninterrupted_output(tmp_path, tiny_model_dir):
    """SIGKILL after the first chunk, the last resume line then torn in half (a kill mid-write):
    the rerun keeps the whole lines, regenerates the rest, and writes byte for byte what an
    uninterrupted run writes."""
    env = child_env({"CODEM_HOME": str(tmp_path / "home")})
    common = [
        "generate",
        "--model",
        str(tiny_model_dir),
        "--languages",
        "python",
        "--limit",
        "5",
        "--batch-size",
        "1",
        "--max-new-tokens",
        "8",
    ]
    full = tmp_path / "full" / "samples.jsonl"
    res = codem(*common, "--out", full, env=env, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]

    out = tmp_path / "killed" / "samples.jsonl"
    partial = Path(f"{out}.partial.jsonl")
    proc = subprocess.Popen(
        [sys.executable, "-m", "codem_core.cli", *common, "--out", str(out)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 240
    while not (partial.is_file() and partial.stat().st_size) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    assert not out.exists(), "killed after the first chunk of 4: the final file must not exist yet"
    lines = partial.read_bytes().splitlines(keepends=True)
    assert len(lines) == 4
    partial.write_bytes(b"".join(lines[:3]) + lines[3][: len(lines[3]) // 2])  # torn last line

    res = codem(*common, "--out", out, env=env, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    assert "resuming: 3 of 5 problems already generated" in res.stderr
    assert out.read_bytes() == full.read_bytes()
    assert not partial.exists() and _temps(tmp_path) == []

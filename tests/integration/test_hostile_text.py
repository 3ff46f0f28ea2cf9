"""Property tests of the text policy (docs/text.md) over hostile JSONL rows and teacher answers.

Rows and answers hold arbitrary Unicode (lone surrogates, NUL, U+2028/U+2029, U+0085, non-BMP
characters, strings of a megabyte) and arbitrary nesting (up to thousands of levels). For
``evaluate``, ``evolve``, ``generate``'s resume reader and ``report``'s summaries, every case
ends in a completed run whose output reads back equal to its input, or in one CodemError line
(exit code 2) naming where, with nothing already written lost or left half-written.

The stages run in-process (a CLI start costs a second; ``tests/regression/test_text_regressions.py``
drives the CLI). The hypothesis profile is derandomized with a fixed example count and no
example database, so CI sees the same cases every run; the whole file costs about 20 s of CPU
(21 s wall on this 2-core machine when quiet, about a minute when 8 engineers share it).
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from codem_core.errors import CodemError
from codem_core.io import MAX_JSON_DEPTH, read_jsonl
from tests.integration.teacher_server import DEFAULT_SEEDS, ScriptedTeacher, chat_body, plain_answer, write_seeds

PROFILE = settings(
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=False,
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
    suppress_health_check=list(HealthCheck),
)
SURROGATES = ("\ud83d", "\udc00", "\udfff", "\ud800")
SPECIAL = ("\x00", "\u2028", "\u2029", "\x85", "\r", "\n", "\t", "😀", "𝔘", "\ufeff", "\\u0000", '"', "\\")
LONG = 1_000_000


def decoded(value):
    """``value`` as JSON means it: json.dumps escapes a surrogate pair held as two code points,
    and json.loads joins it into one character (only a lone surrogate stays one)."""
    return json.loads(json.dumps(value))


def has_surrogate(value) -> bool:
    if isinstance(value, str):
        return re.search("[\ud800-\udfff]", value) is not None
    if isinstance(value, dict):
        return any(has_surrogate(k) or has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(has_surrogate(v) for v in value)
    return False


def texts(surrogates: bool = True, long: int = LONG) -> st.SearchStrategy[str]:
    """Strings made of pieces: ordinary text, the special characters, lone surrogates, now and
    then ``long`` characters (rarely: a megabyte costs every stage real time)."""
    ordinary = st.one_of(st.text(max_size=12), st.sampled_from(SPECIAL), st.characters(codec="utf-8"))
    odd = st.one_of(st.sampled_from(SURROGATES), st.characters(categories=["Cs"])) if surrogates else ordinary
    piece = st.one_of(ordinary, ordinary, ordinary, odd, odd, st.just("ab\u2028c" * (long // 4)))
    return st.lists(piece, max_size=4).map("".join)


def json_values(surrogates: bool = True) -> st.SearchStrategy:
    leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), texts(surrogates))
    keys = texts(surrogates, long=200)
    return st.recursive(
        leaf, lambda kids: st.lists(kids, max_size=3) | st.dictionaries(keys, kids, max_size=3), max_leaves=8
    )


deep_levels = st.sampled_from([MAX_JSON_DEPTH - 1, MAX_JSON_DEPTH, 5_000])  # the row is one more level
depths = st.one_of(st.none(), st.none(), deep_levels)


def jsonl_line(row: dict, deep: int | None) -> str:
    """``row`` as one JSONL line (lone surrogates as JSON escapes), with a ``deep`` field nested
    ``deep`` levels below the row when asked (the row itself is level 1)."""
    text = json.dumps(row)
    if deep is not None:
        nest = "[" * deep + "]" * deep
        text = text[:-1] + (", " if row else "") + f'"deep": {nest}' + "}"
    return text


def breaks_policy(row: dict, deep: int | None) -> bool:
    return has_surrogate(row) or (deep is not None and deep + 1 > MAX_JSON_DEPTH)


def assert_one_line_exit_2(err: BaseException) -> str:
    assert isinstance(err, CodemError) and err.exit_code == 2, repr(err)[:500]
    event("rejected in one line")
    msg = str(err)
    assert len(msg.splitlines()) == 1 and len(msg) <= 2000, msg[:500]
    msg.encode("utf-8")  # printable on any UTF-8 terminal
    return msg


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# -- evaluate -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def evaluation(tmp_path_factory, data_dir):
    from codem_core.benchmarks import load_problems
    from codem_core.execution.engine import ExecutionEngine

    problems = load_problems("python", data_dir)[:2]
    engine = ExecutionEngine(cache=tmp_path_factory.mktemp("verdicts"), workers=2)
    return problems, engine


def sample_rows(hostile: bool) -> st.SearchStrategy[tuple[dict, int | None]]:
    """(sample row of the right shape, depth of a nested extra field or None). Other shapes are
    tests/integration/test_cli_bad_input.py's. Its text is hostile; when ``hostile``, it may also
    break the policy (lone surrogates, nesting too deep) or name an unknown task."""
    valid_id = st.sampled_from(["Python/0", "Python/1"])
    row = st.fixed_dictionaries(
        {
            "task_id": st.one_of(valid_id, valid_id, texts(hostile)) if hostile else valid_id,
            # mostly programs the verdict cache knows after the first example: each new one costs a sandbox run
            "completion": st.one_of(
                st.sampled_from(["canonical", "    return None\n"]), st.just("canonical"), texts(hostile)
            ),
        },
        optional={
            "imports": st.lists(texts(hostile, long=200), max_size=2),
            "extra": json_values(hostile),
            "": json_values(hostile),
            "\u2028": json_values(hostile),
            "lone": st.sampled_from(SURROGATES) if hostile else texts(False),
        },
    )
    return st.tuples(row, deep_levels if hostile else st.sampled_from([None, MAX_JSON_DEPTH - 1]))


# an example is hostile or not as a whole: mixed into every row, hostility would leave no file valid
sample_files = st.booleans().flatmap(lambda hostile: st.lists(sample_rows(hostile), min_size=1, max_size=3))


@settings(PROFILE, max_examples=20)
@given(rows=sample_files)
def test_evaluate_completes_or_rejects_one_line(evaluation, tmp_path, rows):
    from codem_core.execution.evaluate import evaluate_samples

    problems, engine = evaluation
    canonical = {p.task_id: p.canonical_solution for p in problems}
    rows = [
        (
            decoded(
                {**r, "completion": canonical.get(r["task_id"], "    pass\n")} if r["completion"] == "canonical" else r
            ),
            d,
        )
        for r, d in rows
    ]
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        folder = Path(folder)
        samples, out = folder / "samples.jsonl", folder / "results.jsonl"
        samples.write_text("".join(jsonl_line(r, d) + "\n" for r, d in rows), encoding="utf-8")
        out.write_text('{"earlier": "results"}\n')  # an earlier run's results: kept unless this one completes
        before = folder_state(folder)
        bad_lines = [i for i, (r, d) in enumerate(rows, 1) if breaks_policy(r, d)]
        try:
            evaluate_samples(samples, out, engine=engine)
        except Exception as err:  # noqa: BLE001 - the property is about which exceptions
            msg = assert_one_line_exit_2(err)
            assert folder_state(folder) == before  # nothing lost, nothing half-written
            if bad_lines:
                assert msg.startswith(f"{samples}:{bad_lines[0]}: "), msg[:300]
            return
        assert not bad_lines
        event("completed")
        valid = all(
            r["task_id"] in canonical
            and isinstance(r["completion"], str)
            and (r.get("imports") is None or all(isinstance(x, str) for x in r["imports"]))
            for r, _ in rows
        )
        assert valid, "a row without a known task_id, a string completion or string imports was evaluated"
        results = read_jsonl(out)  # readable back under the same policy
        assert len(results) == len(rows)
        for (row, deep), res in zip(rows, results):
            kept = {k: v for k, v in res.items() if k not in ("passed", "status", "duration_s", "detail")}
            assert kept == {**row, **({"deep": json.loads(jsonl_line({}, deep))["deep"]} if deep else {})}
            if row["completion"] == canonical[row["task_id"]] and not row.get("imports"):
                assert res["passed"], res["detail"]


# -- evolve ---------------------------------------------------------------------------------------
EXPERT = {
    "messages": [
        {
            "role": "system",
            "content": "You are an expert Python programmer. Answer the task; put code in a fenced ```python block.",
        }
    ]
}
DEEP_BODY = chat_body("x")[:-1].encode() + b', "x": ' + b"[" * 20_000 + b"]" * 20_000 + b"}"
answers = st.one_of(st.none(), texts(long=20_000), st.just(DEEP_BODY))  # None: what a good teacher says


@settings(PROFILE, max_examples=6)
@given(script=st.lists(st.tuples(answers, answers), min_size=3, max_size=3))
def test_evolve_completes_and_counts_unusable_answers(tmp_path, script):
    """``script[i]``: the teacher's (evolution, answer) for seed i. The run completes; each pair
    with an answer that cannot be kept is counted as ``unusable_answer``; everything written reads
    back under the policy; kept text is the teacher's text exactly; the rerun sends nothing."""
    from codem_core.evolution.pipeline import GenerationParams, extract_instruction
    from codem_core.evolution.run import EvolveOptions, run_evolve
    from codem_core.evolution.teacher import TeacherConfig

    def evolution(i: int):
        """What the teacher answers to seed i's evolution prompt."""
        prompt = {"messages": [{"role": "user", "content": f"#The Given Prompt#:\n{DEFAULT_SEEDS[i]}\n"}]}
        return decoded(script[i][0]) if isinstance(script[i][0], str) else script[i][0] or plain_answer(prompt)

    def answer(instruction: str, body: dict | None = None):
        """What the teacher answers to an instruction: the first seed's whose evolution gave it
        (identical requests are one request, so one answer)."""
        i = next(
            i for i in range(3) if isinstance(evolution(i), str) and extract_instruction(evolution(i)) == instruction
        )
        given = script[i][1]
        return decoded(given) if isinstance(given, str) else given or plain_answer(body or EXPERT)

    def reply(body: dict):
        user = body["messages"][-1]["content"]
        if body["messages"][0]["role"] != "system":  # an evolution: the seed is in the prompt
            return evolution(next(i for i, s in enumerate(DEFAULT_SEEDS) if s in user))
        return answer(user, body)

    def unusable(i: int) -> bool:
        evo = evolution(i)
        if isinstance(evo, bytes) or has_surrogate(evo):
            return True
        instruction = extract_instruction(evo)
        return bool(instruction) and (isinstance(answer(instruction), bytes) or has_surrogate(answer(instruction)))

    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        folder = Path(folder)
        seeds = write_seeds(folder / "seeds.jsonl", [])
        with ScriptedTeacher(reply) as teacher:
            opts = EvolveOptions(
                languages=["python"],
                per_language=3,
                out=folder / "out",
                seeds_source=str(seeds),
                cache_dir=folder / "cache",
                progress=False,
                decontaminate=False,
                mixed=False,
                teacher=TeacherConfig(base_url=teacher.base_url, model="scripted", concurrency=3, timeout=30),
                params=GenerationParams(64, 64, 0.7, 0.2),
            )
            report = run_evolve(opts)
            written = folder_state(folder / "out")
            teacher.reset_counts()
            again = run_evolve(opts)
            assert teacher.requests == 0
        corpus = report["corpora"]["python"]
        event(f"{corpus['removed']['unusable_answer']} unusable, {corpus['kept']} kept")
        assert corpus["adds_up"] and corpus["removed"]["unusable_answer"] == sum(unusable(i) for i in range(3))
        kept, eliminated = read_jsonl(folder / "out" / "python.jsonl"), read_jsonl(folder / "out" / "eliminated.jsonl")
        assert len(kept) + len(eliminated) == 3
        for row in kept:  # the teacher's text, exactly
            assert row["instruction"] == extract_instruction(evolution(DEFAULT_SEEDS.index(row["seed_instruction"])))
            assert row["response"] == answer(row["instruction"])
        assert again["corpora"] == report["corpora"] and folder_state(folder / "out").keys() == written.keys()
        assert (folder / "out" / "python.jsonl").read_bytes() == written["python.jsonl"]


# -- generate: the resume reader ------------------------------------------------------------------
class CountingBackend:
    """A deterministic stand-in for a model: each problem's text is fixed; counts what it generates."""

    def __init__(self, text: str):
        from codem_core.inference.backends import BackendInfo

        self.info = BackendInfo("counting", "stub", {})
        self.batch_size = 2
        self.text, self.generated = text, []

    def generate(self, prompts: list[str], languages: list[str]):
        from codem_core.inference.backends import RawGeneration

        self.generated += prompts
        return [RawGeneration(self.text + str(len(p)), self.text + str(len(p)) + "\n# rest", 7, "eos") for p in prompts]


MODEL_TEXTS = ("", "x\x00\u2028\u2029\x85😀𝔘\t\r\n", "ab\u2028c" * 2_500)  # what the stand-in model writes


@pytest.fixture(scope="module")
def generation(data_dir, tmp_path_factory):
    """The problems, and for each model text the rows an uninterrupted run writes."""
    from codem_core.benchmarks import load_problems
    from codem_core.inference.generate import generate_samples

    problems = load_problems("python", data_dir)[:3]
    folder = tmp_path_factory.mktemp("generate")
    clean = {
        text: generate_samples(problems, CountingBackend(text), out=folder / f"{i}.jsonl", log=lambda _: None)
        for i, text in enumerate(MODEL_TEXTS)
    }
    return problems, clean


resume_lines = st.one_of(
    st.tuples(st.just("row"), st.integers(0, 2)),  # a finished row, intact
    st.tuples(
        st.just("tampered"),
        st.integers(0, 2),
        texts(long=100_000).map(decoded),
        st.sampled_from(["task_id", "reply", "finish", "note"]),
    ),
    st.tuples(st.just("deep"), st.integers(0, 2), deep_levels),
    st.tuples(st.just("bytes"), st.binary(max_size=40).map(lambda b: b.replace(b"\n", b" "))),
    st.tuples(st.just("json"), json_values().map(decoded)),
)


@settings(PROFILE, max_examples=25)
@given(text=st.sampled_from(MODEL_TEXTS), lines=st.lists(resume_lines, max_size=6), torn=st.booleans())
def test_generate_resumes_from_any_partial_file(generation, tmp_path, text, lines, torn):
    """Whatever the resume file holds, the run completes with one row per problem; an intact
    finished row is kept (not generated again), any other line only costs its problem again."""
    from codem_core.inference.generate import generate_samples

    problems, clean = generation[0], generation[1][text]
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        out = Path(folder) / "samples.jsonl"
        partial: list[bytes] = []
        intact: set[int] = set()
        for kind, *args in lines:
            if kind == "row":
                partial.append(json.dumps(clean[args[0]]).encode())
                intact.add(args[0])
            elif kind == "tampered":
                i, value, field = args
                row = {**clean[i], field: value}
                partial.append(json.dumps(row).encode())
                checked = field == "finish" and value in ("stop", "eos", "length")
                if not has_surrogate(value) and (field in ("reply", "note") or checked or row == clean[i]):
                    intact.add(i)  # only fields generate does not check were changed: a finished row all the same
            elif kind == "deep":
                partial.append(jsonl_line(clean[args[0]], args[1]).encode())
                intact |= {args[0]} if args[1] + 1 <= MAX_JSON_DEPTH else set()
            elif kind == "bytes":
                partial.append(args[0])
            else:
                partial.append(json.dumps(args[0]).encode())
        body = b"".join(line + b"\n" for line in partial)
        if torn:
            body += b'{"task_id": "Python/0", "compl'
        Path(f"{out}.partial.jsonl").write_bytes(body)
        backend = CountingBackend(text)
        rows = generate_samples(problems, backend, out=out, log=lambda _: None)
        assert [r["task_id"] for r in rows] == [p.task_id for p in problems]
        assert len(backend.generated) == len(problems) - len(intact)  # kept rows are not generated again
        event(f"{len(intact)} rows resumed")
        written = read_jsonl(out)
        for i, row in enumerate(written):
            if i not in intact:
                assert row == clean[i]  # regenerated: what an uninterrupted run writes
        assert not Path(f"{out}.partial.jsonl").exists()


# -- report: summaries ----------------------------------------------------------------------------
def summaries(surrogates: bool) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries(
        {
            "corpus": st.sampled_from(["base", "python", "java"]),
            "pass@1": st.fixed_dictionaries(
                {
                    "python": st.sampled_from([{"samples": 4, "passed": 1, "pass@1": 25.0}, 50.0]),
                    "java": st.sampled_from([{"samples": 2, "passed": 2, "pass@1": 100.0}, 10.0]),
                }
            ),
        },
        optional={
            "warning": texts(surrogates),
            "samples_file": texts(surrogates),
            "provenance": json_values(surrogates),
            "model": st.just("codem-python"),
            "notes": json_values(surrogates),
        },
    )


summary_files = st.booleans().flatmap(lambda s: st.lists(st.tuples(summaries(s), depths), min_size=1, max_size=3))


@settings(PROFILE, max_examples=8)
@given(files=summary_files)
def test_report_reads_any_summary_or_rejects_it_in_one_line(tmp_path, files):
    from codem_core.analysis.report import build_report
    from codem_core.analysis.summaries import load_summaries

    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        folder = Path(folder)
        paths = []
        files = [(decoded({**s, "corpus": "python"} if s.get("model") == "codem-python" else s), d) for s, d in files]
        for i, (summary, deep) in enumerate(files):
            path = folder / f"s{i}.summary.json"
            path.write_text(jsonl_line(summary, deep), encoding="utf-8")
            paths.append(path)
        out = folder / "report"
        out.mkdir()
        (out / "earlier.md").write_text("an earlier report\n")
        bad = [p for p, (s, d) in zip(paths, files) if breaks_policy(s, d)]
        try:
            evals = load_summaries(paths)
            result = build_report(evals, out)
        except Exception as err:  # noqa: BLE001 - the property is about which exceptions
            msg = assert_one_line_exit_2(err)
            assert (out / "earlier.md").read_text() == "an earlier report\n"
            assert not bad or msg.startswith(f"{bad[0]}: "), msg[:300]
            return
        assert not bad
        event("completed")
        assert json.loads((out / "report.json").read_text(encoding="utf-8"))["matrix"]
        assert result.report_md.read_text(encoding="utf-8") and (out / "earlier.md").is_file()

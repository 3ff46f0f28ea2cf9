"""Generation on the tiny model: batched == batch-1 greedy, resume, and the OpenAI-compatible client."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("torch")

from codem_core.inference.backends import EndpointError, OpenAIBackend, TransformersBackend  # noqa: E402
from codem_core.inference.generate import generate_samples  # noqa: E402
from codem_core.inference.prompts import build_prompt  # noqa: E402
from tests.integration.tiny_models import C_PROBLEMS, TS_PROBLEMS, OpenAICompatibleServer  # noqa: E402

PROBLEMS = C_PROBLEMS + TS_PROBLEMS


@pytest.fixture(scope="module")
def backend8(tiny_model_dir):
    return TransformersBackend(str(tiny_model_dir), batch_size=8, max_new_tokens=24)


@pytest.fixture(scope="module")
def backend1(tiny_model_dir):
    return TransformersBackend(str(tiny_model_dir), batch_size=1, max_new_tokens=24)


def test_batched_left_padded_greedy_equals_batch_1(backend8, backend1):
    prompts = [build_prompt(p)[0] for p in PROBLEMS]
    langs = [p.language for p in PROBLEMS]
    assert len({len(backend8.tokenizer(p)["input_ids"]) for p in prompts}) > 1  # padding really happens
    batched = backend8.generate(prompts, langs)
    single = backend1.generate(prompts, langs)
    assert [g.raw for g in batched] == [g.raw for g in single]
    assert all(g.new_tokens > 0 for g in batched)


def test_generate_samples_rows_and_resume(backend8, tmp_path):
    out = tmp_path / "samples.jsonl"

    class Crashing:
        """The real backend, killed after its first chunk (a preempted job)."""

        def __init__(self, inner):
            self.inner, self.info, self.batch_size, self.calls = inner, inner.info, 1, 0

        def generate(self, prompts, languages):
            self.calls += 1
            if self.calls > 1:
                raise KeyboardInterrupt
            return self.inner.generate(prompts, languages)

    crashing = Crashing(backend8)
    with pytest.raises(KeyboardInterrupt):
        generate_samples(PROBLEMS, crashing, out=out, chunk_size=2, log=lambda m: None)
    partial = [json.loads(line) for line in open(f"{out}.partial.jsonl")]
    assert [r["task_id"] for r in partial] == ["C/0", "C/1"] and not out.exists()

    seen = []

    class Counting:
        def __init__(self, inner):
            self.inner, self.info, self.batch_size = inner, inner.info, inner.batch_size

        def generate(self, prompts, languages):
            seen.extend(prompts)
            return self.inner.generate(prompts, languages)

    rows = generate_samples(PROBLEMS, Counting(backend8), out=out, log=lambda m: None)
    assert len(seen) == 2  # only the two TypeScript problems were left
    assert [r["task_id"] for r in rows] == ["TypeScript/0", "TypeScript/1", "C/0", "C/1"]  # Table 1 order
    on_disk = [json.loads(line) for line in open(out)]
    assert on_disk == rows and not (tmp_path / "samples.jsonl.partial.jsonl").exists()
    for r in on_disk:
        assert isinstance(r["completion"], str) and isinstance(r["raw_reply"], str)
        assert r["raw_reply"].startswith(r["reply"])
        assert r["finish"] in ("stop", "eos", "length") and r["extraction"]
    meta = json.loads(open(f"{out}.meta.json").read())
    assert meta["problems"] == 4 and meta["generated_now"] == 2 and meta["decoding"] == "greedy"
    # a finished file is reused as is
    seen.clear()
    generate_samples(PROBLEMS, Counting(backend8), out=out, log=lambda m: None)
    assert seen == []


def test_openai_backend_matches_local_generation(backend1):
    prompts = [build_prompt(p)[0] for p in PROBLEMS]
    langs = [p.language for p in PROBLEMS]
    local = backend1.generate(prompts, langs)
    with OpenAICompatibleServer(backend1) as server:
        remote = OpenAIBackend(server.base_url, concurrency=3, max_new_tokens=24)
        assert remote.model == "tiny"  # the first served model
        got = remote.generate(prompts, langs)
        req = server.requests[0]
    assert req["temperature"] == 0.0 and req["max_tokens"] == 24 and "\n### " in req["stop"]
    assert [g.text for g in got] == [g.text for g in local]


def test_unreachable_endpoint_fails_with_one_line():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(EndpointError) as exc:
        OpenAIBackend(f"http://127.0.0.1:{port}/v1", max_new_tokens=8)
    assert "cannot reach the OpenAI-compatible endpoint" in str(exc.value) and "\n" not in str(exc.value)

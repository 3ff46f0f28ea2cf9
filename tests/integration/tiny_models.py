"""Test helpers for training/generation: a tiny StarCoder-architecture model, small corpora,
hand-written C and TypeScript problems, and an OpenAI-compatible server over a local model.

Their fixtures (``tiny_model_dir``, ``tiny_corpus``) are in tests/conftest.py.
"""

from __future__ import annotations

import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from codem_core.benchmarks import Problem

DATA_DIR = Path(os.environ.get("CODEM_DATA_DIR") or Path(__file__).resolve().parents[2].parent / "shared" / "data")
CODEALPACA = DATA_DIR / "codealpaca" / "code_alpaca_2k.json"


def write_corpus(folder: Path, n: int = 48, languages=("python", "java")) -> Path:
    """<language>.jsonl files in the evolution stage's format (CodeAlpaca rows as content)."""
    folder.mkdir(parents=True, exist_ok=True)
    if CODEALPACA.is_file():
        src = json.loads(CODEALPACA.read_text())
    else:
        src = [
            {
                "instruction": f"Write a function that returns {i} squared.",
                "input": "",
                "output": f"def f():\n    return {i} * {i}\n",
            }
            for i in range(400)
        ]
    per = max(1, n // len(languages))
    for li, lang in enumerate(languages):
        rows = []
        for j, r in enumerate(src[li * per : (li + 1) * per]):
            instr = r["instruction"] + (f"\n{r['input']}" if r.get("input") else "")
            rows.append(
                {
                    "seed_id": f"s{li}-{j}",
                    "language": lang,
                    "instruction": instr,
                    "response": r["output"],
                    "evolution": "depth",
                    "teacher": "test",
                    "template_hash": "t0",
                }
            )
        with open(folder / f"{lang}.jsonl", "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row) + "\n")
    return folder


# ---------------------------------------------------------------------------- problems

C_PROBLEMS = [
    Problem(
        task_id="C/0",
        language="c",
        prompt="#include <stdio.h>\n#include <stdlib.h>\n#include <math.h>\n#include <stdbool.h>\n/*\n"
        "Check if in given array of numbers, are any two numbers closer to each other than\ngiven threshold.\n"
        "*/\nbool has_close_elements(const float *numbers, int size, float threshold){\n",
        declaration="#include <stdio.h>\n#include <stdlib.h>\n#include <math.h>\n#include <stdbool.h>\n"
        "bool has_close_elements(const float *numbers, int size, float threshold){\n",
        canonical_solution="    for (int i = 0; i < size; i++)\n        for (int j = i + 1; j < size; j++)\n"
        "            if (fabsf(numbers[i] - numbers[j]) < threshold) return true;\n    return false;\n}\n",
        test="\n#include <assert.h>\nint main(void){\n    float a[] = {1.0f, 2.0f, 3.9f, 4.0f};\n"
        "    assert(has_close_elements(a, 4, 0.3f));\n    assert(!has_close_elements(a, 4, 0.05f));\n"
        "    return 0;\n}\n",
        entry_point="has_close_elements",
    ),
    Problem(
        task_id="C/1",
        language="c",
        prompt="#include <stdio.h>\n/* Return the sum of the first n positive integers. */\nint sum_to_n(int n){\n",
        declaration="#include <stdio.h>\nint sum_to_n(int n){\n",
        canonical_solution="    return n * (n + 1) / 2;\n}\n",
        test="\n#include <assert.h>\n"
        "int main(void){ assert(sum_to_n(1) == 1); assert(sum_to_n(10) == 55); return 0; }\n",
        entry_point="sum_to_n",
    ),
]

TS_PROBLEMS = [
    Problem(
        task_id="TypeScript/0",
        language="typescript",
        prompt="/* Check if in given list of numbers, are any two numbers closer to each other than\n"
        "  given threshold. */\nfunction hasCloseElements(numbers: number[], threshold: number): boolean {\n",
        declaration="\nfunction hasCloseElements(numbers: number[], threshold: number): boolean {\n",
        canonical_solution="  for (let i = 0; i < numbers.length; i++)\n"
        "    for (let j = i + 1; j < numbers.length; j++)\n"
        "      if (Math.abs(numbers[i] - numbers[j]) < threshold) return true;\n  return false;\n}\n",
        test="\nconst assert = require('node:assert');\n"
        "assert.strictEqual(hasCloseElements([1.0, 2.0, 3.9, 4.0], 0.3), true);\n"
        "assert.strictEqual(hasCloseElements([1.0, 2.0, 3.0], 0.5), false);\n",
        entry_point="hasCloseElements",
    ),
    Problem(
        task_id="TypeScript/1",
        language="typescript",
        prompt="/* Return the sum of the first n positive integers. */\nfunction sumToN(n: number): number {\n",
        declaration="\nfunction sumToN(n: number): number {\n",
        canonical_solution="  return (n * (n + 1)) / 2;\n}\n",
        test="\nconst assert = require('node:assert');\nassert.strictEqual(sumToN(10), 55);\n",
        entry_point="sumToN",
    ),
]


def problems_for(language: str, n: int = 2) -> list[Problem]:
    """The first n problems of a language: the registered benchmark, else the hand-written ones."""
    from codem_core.benchmarks import load_problems
    from codem_core.errors import CodemError

    try:
        return load_problems(language, DATA_DIR if DATA_DIR.is_dir() else None)[:n]
    except CodemError:
        hand = {"c": C_PROBLEMS, "typescript": TS_PROBLEMS}.get(language)
        if hand is None:
            raise
        return hand[:n]


# ---------------------------------------------------------------------------- OpenAI-compatible server


class _Handler(BaseHTTPRequestHandler):
    backend = None  # a TransformersBackend
    requests: list = []
    honour_n = True  # False: one choice whatever ``n`` asks for (as llama.cpp's server answers)

    def log_message(self, *args):  # keep test output clean
        pass

    def _send(self, obj, status=200):
        body = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.rstrip("/").endswith("/models"):
            self._send({"object": "list", "data": [{"id": "tiny", "object": "model", "owned_by": "test"}]})
        else:
            self._send({"error": "not found"}, 404)

    def do_POST(self):
        req = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append(req)
        if not self.path.endswith("/completions") or "chat" in self.path:
            self._send({"error": {"message": "only /v1/completions"}}, 404)
            return
        # The server decodes with the same model, greedily or (temperature > 0) sampling from the
        # request's seed; it does not know the language, so it stops on the static strings only
        # (and max_tokens), as vLLM would.
        be = type(self).backend
        stops = req.get("stop") or []
        if (req.get("temperature") or 0) > 0:
            count = int(req.get("n") or 1) if type(self).honour_n else 1
            answers = _raw_sampled(
                be,
                req["prompt"],
                req["max_tokens"],
                stops,
                count,
                int(req.get("seed") or 0),
                float(req["temperature"]),
                float(req.get("top_p") or 1.0),
            )
        else:
            answers = [_raw_greedy(be, req["prompt"], req["max_tokens"], stops)]
        self._send(
            {
                "id": "cmpl-test",
                "object": "text_completion",
                "created": 0,
                "model": req["model"],
                "choices": [
                    {"index": i, "text": text, "finish_reason": finish, "logprobs": None}
                    for i, (text, finish, _n) in enumerate(answers)
                ],
                "usage": {
                    "prompt_tokens": 0,
                    "completion_tokens": sum(a[2] for a in answers),
                    "total_tokens": sum(a[2] for a in answers),
                },
            }
        )


def _raw_greedy(be, prompt: str, max_tokens: int, stops: list[str]) -> tuple[str, str, int]:
    import torch

    tok = be.tokenizer
    enc = tok([prompt], return_tensors="pt", add_special_tokens=False)
    with torch.inference_mode():
        out = be.model.generate(
            **enc,
            do_sample=False,
            max_new_tokens=max_tokens,
            pad_token_id=tok.pad_token_id,
            eos_token_id=tok.eos_token_id,
        )
    ids = out[0, enc["input_ids"].shape[1] :].tolist()
    finish = "length"
    if tok.eos_token_id in ids:
        ids = ids[: ids.index(tok.eos_token_id)]
        finish = "stop"
    text = tok.decode(ids, skip_special_tokens=True)
    for s in stops:
        if s in text:
            text = text[: text.index(s)]
            finish = "stop"
    return text, finish, len(ids)


def _raw_sampled(
    be, prompt: str, max_tokens: int, stops: list[str], n: int, seed: int, temperature: float, top_p: float
) -> list[tuple[str, str, int]]:
    """``n`` sampled answers, answer j from seed ``seed + j`` (the server's own scheme, unlike codem's)."""
    import torch

    from codem_core.inference.backends import _RowSampler

    tok = be.tokenizer
    enc = tok([prompt] * n, return_tensors="pt", add_special_tokens=False)
    sampler = _RowSampler([seed + j for j in range(n)], temperature, top_p, "cpu")
    with torch.inference_mode():
        out = be.model.generate(
            **enc,
            do_sample=False,
            max_new_tokens=max_tokens,
            pad_token_id=tok.pad_token_id,
            eos_token_id=tok.eos_token_id,
            logits_processor=[sampler],
        )
    answers = []
    for row in out[:, enc["input_ids"].shape[1] :].tolist():
        finish = "length"
        if tok.eos_token_id in row:
            row = row[: row.index(tok.eos_token_id)]
            finish = "stop"
        text = tok.decode(row, skip_special_tokens=True)
        for s in stops:
            if s in text:
                text = text[: text.index(s)]
                finish = "stop"
        answers.append((text, finish, len(row)))
    return answers


class OpenAICompatibleServer:
    """A minimal /v1/models + /v1/completions server over a TransformersBackend (loopback).

    ``honour_n=False`` answers every request with one choice, as servers that ignore ``n`` do.
    """

    def __init__(self, backend, honour_n: bool = True):
        handler = type("Handler", (_Handler,), {"backend": backend, "requests": [], "honour_n": honour_n})
        self.handler = handler
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    @property
    def requests(self) -> list:
        return self.handler.requests

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def child_env(extra: dict | None = None) -> dict:
    """The environment for a CLI subprocess: never inherit a rendezvous (RANK/MASTER_PORT...)
    that an in-process DeepSpeed run of this test session set and still holds."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("RANK", "LOCAL_RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT")
        and not k.startswith("ACCELERATE_")
    }
    env.update(extra or {})
    return env


def prepared_run(rows: list[dict], model_dir: Path, folder: Path, overrides: dict | None = None):
    """A ``FineTune`` on ``rows`` up to a built trainer (no training): its dataset and collator are the real ones."""
    from codem_core.training.trainer import FineTune

    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    run = FineTune(corpus, str(model_dir), folder / "out", "tiny", overrides, log=lambda _m: None)
    run.check()
    run.load()
    run.build_trainer()
    return run

"""Generation back-ends: local transformers, and an OpenAI-compatible endpoint (vLLM in production).

Both take Figure 3 prompts and return ``RawGeneration``s (the text generated after the
prompt, cut by the per-language stop rules, and the untruncated text).  Decoding is greedy.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..errors import CodemError
from ..inputs import check_http_url, check_min, check_positive
from ..io import replace_unencodable
from .stops import cut_at_stop, static_stop_strings


class EndpointError(CodemError):
    """The OpenAI-compatible endpoint cannot be used."""


@dataclass
class RawGeneration:
    text: str  # generated text cut at the stop rule
    raw: str  # everything generated (bounded by max_new_tokens)
    new_tokens: int
    finish: str  # stop | eos | length


@dataclass
class BackendInfo:
    backend: str
    model: str
    details: dict = field(default_factory=dict)


class Backend(Protocol):
    info: BackendInfo
    batch_size: int

    def generate(self, prompts: list[str], languages: list[str]) -> list[RawGeneration]: ...


# ----------------------------------------------------------------------------- transformers

def _resolve_dtype(name: str):
    import torch

    if name == "auto":
        if torch.cuda.is_available():
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.float32
    try:
        return {"fp32": torch.float32, "float32": torch.float32, "bf16": torch.bfloat16, "bfloat16": torch.bfloat16,
                "fp16": torch.float16, "float16": torch.float16}[name]
    except KeyError:
        raise CodemError(f"unknown dtype {name!r}; use auto, fp32, bf16 or fp16") from None


class _RowStopper:
    """Per-row StoppingCriteria: decode each unfinished row's new text and apply the stop rules."""

    _TRIGGERS = ("\n", "#", "`", ">", "}")

    def __init__(self, tokenizer, prompt_len: int, languages: list[str]):
        self.tok = tokenizer
        self.prompt_len = prompt_len
        self.languages = languages
        self.done: list[bool] = [False] * len(languages)

    def __call__(self, input_ids, scores, **kwargs):
        import torch

        last = self.tok.batch_decode(input_ids[:, -1:].tolist(), skip_special_tokens=False)
        for i, lang in enumerate(self.languages):
            if self.done[i] or not any(t in last[i] for t in self._TRIGGERS):
                continue
            text = self.tok.decode(input_ids[i, self.prompt_len:].tolist(), skip_special_tokens=True)
            if cut_at_stop(text, lang)[1]:
                self.done[i] = True
        return torch.tensor(self.done, dtype=torch.bool, device=input_ids.device)


class TransformersBackend:
    """Batched greedy generation with left padding on a local transformers model."""

    def __init__(self, model: str, *, dtype: str = "auto", batch_size: int = 8, max_new_tokens: int = 512, device: str | None = None):
        import torch

        from ..training.models import load_causal_lm, load_tokenizer, resolve_model

        self.resolved = resolve_model(model)
        self.batch_size = max(1, int(batch_size))
        self.max_new_tokens = int(max_new_tokens)
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.dtype = _resolve_dtype(dtype)
        tok_path = self.resolved.path
        if self.resolved.kind == "adapter":
            import json
            from pathlib import Path

            tok_path = json.loads((Path(self.resolved.path) / "adapter_config.json").read_text())["base_model_name_or_path"]
            if (Path(self.resolved.path) / "tokenizer_config.json").is_file():
                tok_path = self.resolved.path
        self.tokenizer = load_tokenizer(tok_path, padding_side="left")
        self.model = load_causal_lm(self.resolved, dtype=self.dtype).to(self.device).eval()
        self.info = BackendInfo("transformers", model, {"resolved": self.resolved.to_dict(), "dtype": str(self.dtype).replace("torch.", ""),
                                                         "device": self.device, "batch_size": self.batch_size, "max_new_tokens": self.max_new_tokens})

    def generate(self, prompts: list[str], languages: list[str]) -> list[RawGeneration]:
        lengths = [len(ids) for ids in self.tokenizer(prompts, add_special_tokens=False)["input_ids"]]
        order = sorted(range(len(prompts)), key=lambda i: -lengths[i])  # similar lengths share a batch
        results: list[RawGeneration | None] = [None] * len(prompts)
        for start in range(0, len(order), self.batch_size):
            idx = order[start:start + self.batch_size]
            outs = self._generate_batch([prompts[i] for i in idx], [languages[i] for i in idx])
            for i, r in zip(idx, outs):
                results[i] = r
        return results  # type: ignore[return-value]

    def _generate_batch(self, prompts: list[str], languages: list[str]) -> list[RawGeneration]:
        import torch
        from transformers import GenerationConfig, StoppingCriteriaList

        enc = self.tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False).to(self.device)
        plen = enc["input_ids"].shape[1]
        stopper = _RowStopper(self.tokenizer, plen, languages)
        eos = self.tokenizer.eos_token_id
        gcfg = GenerationConfig(do_sample=False, num_beams=1, max_new_tokens=self.max_new_tokens,
                                pad_token_id=self.tokenizer.pad_token_id, eos_token_id=eos)
        with torch.inference_mode():
            out = self.model.generate(**enc, generation_config=gcfg, stopping_criteria=StoppingCriteriaList([stopper]))
        res: list[RawGeneration] = []
        for row, lang in zip(out[:, plen:].tolist(), languages):
            n = len(row)
            hit_eos = False
            if eos is not None and eos in row:
                n = row.index(eos)
                hit_eos = True
            while n > 0 and row[n - 1] == self.tokenizer.pad_token_id and self.tokenizer.pad_token_id != eos:
                n -= 1
            raw = self.tokenizer.decode(row[:n], skip_special_tokens=True)
            text, stopped = cut_at_stop(raw, lang)
            finish = "stop" if stopped else ("eos" if hit_eos else ("length" if n >= self.max_new_tokens else "stop"))
            res.append(RawGeneration(text, raw, n, finish))
        return res


# ----------------------------------------------------------------------------- OpenAI-compatible

class OpenAIBackend:
    """Greedy requests to an OpenAI-compatible server (vLLM, llama.cpp server, ...).

    ``api="completions"`` sends the whole Figure 3 prompt (what the paper's harness does with
    a base or fine-tuned model); ``api="chat"`` sends it as one user message (chat models).
    Requests run concurrently; the server batches them.
    """

    def __init__(self, base_url: str, model: str | None = None, *, api: str = "completions", api_key: str | None = None,
                 concurrency: int = 8, max_new_tokens: int = 512, timeout: float = 600.0, max_retries: int = 3):
        import openai

        if api not in ("completions", "chat"):
            raise CodemError(f"unknown api {api!r}; use completions or chat")
        self.api = api
        self.batch_size = max(1, int(concurrency))
        self.max_new_tokens = int(max_new_tokens)
        self.client = openai.OpenAI(base_url=base_url, api_key=api_key or os.environ.get("OPENAI_API_KEY") or "EMPTY",
                                    timeout=timeout, max_retries=max_retries)
        self.base_url = base_url
        self.model = model or self._first_model()
        self.info = BackendInfo("openai", self.model, {"base_url": base_url, "api": api, "concurrency": self.batch_size,
                                                       "max_new_tokens": self.max_new_tokens})

    def _first_model(self) -> str:
        try:
            models = self.client.models.list()
        except Exception as exc:
            raise EndpointError(f"cannot reach the OpenAI-compatible endpoint at {self.base_url} ({type(exc).__name__})") from None
        ids = [m.id for m in models.data]
        if not ids:
            raise EndpointError(f"the endpoint at {self.base_url} serves no model")
        return ids[0]

    def _one(self, prompt: str, language: str) -> RawGeneration:
        stops = static_stop_strings(language)
        try:
            if self.api == "completions":
                r = self.client.completions.create(model=self.model, prompt=prompt, max_tokens=self.max_new_tokens,
                                                   temperature=0.0, top_p=1.0, n=1, stop=stops)
                choice = r.choices[0]
                raw = choice.text or ""
            else:
                r = self.client.chat.completions.create(model=self.model, messages=[{"role": "user", "content": prompt}],
                                                        max_tokens=self.max_new_tokens, temperature=0.0, top_p=1.0, n=1)
                choice = r.choices[0]
                raw = choice.message.content or ""
        except Exception as exc:
            import openai

            if isinstance(exc, (openai.APIConnectionError, openai.APITimeoutError)):
                raise EndpointError(f"cannot reach the OpenAI-compatible endpoint at {self.base_url} ({type(exc).__name__})") from None
            if isinstance(exc, openai.APIStatusError):
                raise EndpointError(f"the endpoint at {self.base_url} refused the request: HTTP {exc.status_code} {str(exc)[:160]}") from None
            raise
        usage = getattr(r, "usage", None)
        n = int(getattr(usage, "completion_tokens", 0) or 0)
        # the text policy (docs/text.md): the model's lone surrogates become U+FFFD, so the sample
        # is kept and judged like any other text rather than failing the whole run when written
        raw = replace_unencodable(raw)
        text, stopped = cut_at_stop(raw, language)
        finish = "stop" if stopped else ("length" if choice.finish_reason == "length" else "eos")
        return RawGeneration(text, raw, n, finish)

    def generate(self, prompts: list[str], languages: list[str]) -> list[RawGeneration]:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=self.batch_size) as pool:
            return list(pool.map(self._one, prompts, languages))


def make_backend(backend: str, model: str | None, **kw: Any) -> Backend:
    for key in ("batch_size", "concurrency", "max_new_tokens"):
        check_min(kw.get(key), 1, "--" + key.replace("_", "-"))
    check_positive(kw.get("timeout"), "--timeout")
    if backend == "transformers":
        if not model:
            raise CodemError("--model is required for the transformers backend")
        return TransformersBackend(model, **{k: v for k, v in kw.items() if k in ("dtype", "batch_size", "max_new_tokens", "device")})
    if backend == "openai":
        base_url = kw.get("base_url") or os.environ.get("OPENAI_BASE_URL")
        if not base_url:
            raise CodemError("--base-url (or OPENAI_BASE_URL) is required for the openai backend")
        check_http_url(base_url, "--base-url")
        return OpenAIBackend(base_url, model, **{k: v for k, v in kw.items() if k in ("api", "api_key", "concurrency", "max_new_tokens", "timeout")})
    raise CodemError(f"unknown backend {backend!r}; use transformers or openai")


__all__ = ["RawGeneration", "BackendInfo", "TransformersBackend", "OpenAIBackend", "make_backend", "EndpointError", "time"]

"""Generation back-ends: local transformers, and an OpenAI-compatible endpoint (vLLM in production).

Both take Figure 3 prompts and return ``RawGeneration``s (the text generated after the
prompt, cut by the per-language stop rules, and the untruncated text).  Decoding is greedy
(the paper's setting) unless the backend is made with ``temperature > 0``: then every row of
``generate(prompts, languages, seeds)`` is sampled from its own seed (temperature, then
nucleus/top-p), so a sample depends only on its prompt and seed, never on which other rows
shared its batch.
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

    def generate(
        self, prompts: list[str], languages: list[str], seeds: list[int] | None = None
    ) -> list[RawGeneration]: ...


def check_sampling(temperature: float, top_p: float) -> None:
    if not (isinstance(temperature, (int, float)) and temperature >= 0):
        raise CodemError(f"--temperature must be >= 0 (0: greedy), got {temperature}")
    if not (isinstance(top_p, (int, float)) and 0 < top_p <= 1):
        raise CodemError(f"--top-p must be in (0, 1], got {top_p}")


def sampling_details(temperature: float, top_p: float) -> dict:
    """What a sampling backend adds to its details (nothing for greedy: its resume keys stay as they were)."""
    return {"temperature": float(temperature), "top_p": float(top_p)} if temperature > 0 else {}


class _RowSampler:
    """A LogitsProcessor that samples each row's next token from the row's own generator.

    It returns scores that are -inf everywhere but at the drawn token, so greedy decoding then
    takes exactly that token. One generator per row (seeded per sample) makes a sample
    independent of the batch it ran in: its t-th draw uses its own t-th random number.
    """

    def __init__(self, seeds: list[int], temperature: float, top_p: float, device) -> None:
        import torch

        self.generators = [torch.Generator(device=device).manual_seed(int(s)) for s in seeds]
        self.temperature = float(temperature)
        self.top_p = float(top_p)

    def __call__(self, input_ids, scores):
        import torch

        probs = torch.softmax(scores.float() / self.temperature, dim=-1)
        if self.top_p < 1.0:  # nucleus: the most likely tokens whose mass before them is below top_p
            sorted_p, order = torch.sort(probs, dim=-1, descending=True, stable=True)
            sorted_p = sorted_p.masked_fill(sorted_p.cumsum(-1) - sorted_p >= self.top_p, 0.0)
            probs = torch.zeros_like(probs).scatter(-1, order, sorted_p)
        picks = torch.cat([torch.multinomial(probs[i], 1, generator=g) for i, g in enumerate(self.generators)])
        out = torch.full_like(scores, float("-inf"))
        return out.scatter(1, picks.unsqueeze(1), 0.0)


# ----------------------------------------------------------------------------- transformers


def _resolve_dtype(name: str):
    import torch

    if name == "auto":
        if torch.cuda.is_available():
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.float32
    try:
        return {
            "fp32": torch.float32,
            "float32": torch.float32,
            "bf16": torch.bfloat16,
            "bfloat16": torch.bfloat16,
            "fp16": torch.float16,
            "float16": torch.float16,
        }[name]
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
            text = self.tok.decode(input_ids[i, self.prompt_len :].tolist(), skip_special_tokens=True)
            if cut_at_stop(text, lang)[1]:
                self.done[i] = True
        return torch.tensor(self.done, dtype=torch.bool, device=input_ids.device)


class TransformersBackend:
    """Batched generation with left padding on a local transformers model: greedy, or sampled per row."""

    def __init__(
        self,
        model: str,
        *,
        dtype: str = "auto",
        batch_size: int = 8,
        max_new_tokens: int = 512,
        device: str | None = None,
        temperature: float = 0.0,
        top_p: float = 1.0,
        revision: str | None = None,
    ):
        import torch

        check_sampling(temperature, top_p)
        self.temperature, self.top_p = float(temperature), float(top_p)
        from ..training.models import load_causal_lm, load_tokenizer, resolve_model

        self.resolved = resolve_model(model, revision=revision)  # a hub model: its commit, resolved once
        self.batch_size = max(1, int(batch_size))
        self.max_new_tokens = int(max_new_tokens)
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.dtype = _resolve_dtype(dtype)
        tok_path = self.resolved.path
        if self.resolved.kind == "adapter":
            import json
            from pathlib import Path

            tok_path = json.loads((Path(self.resolved.path) / "adapter_config.json").read_text())[
                "base_model_name_or_path"
            ]
            if (Path(self.resolved.path) / "tokenizer_config.json").is_file():
                tok_path = self.resolved.path
        self.tokenizer = load_tokenizer(tok_path, padding_side="left", **self.resolved.load_kwargs())
        self.model = load_causal_lm(self.resolved, dtype=self.dtype).to(self.device).eval()
        self.info = BackendInfo(
            "transformers",
            model,
            {
                "resolved": self.resolved.to_dict(),
                "dtype": str(self.dtype).replace("torch.", ""),
                "device": self.device,
                "batch_size": self.batch_size,
                "max_new_tokens": self.max_new_tokens,
                **sampling_details(self.temperature, self.top_p),
            },
        )

    def generate(self, prompts: list[str], languages: list[str], seeds: list[int] | None = None) -> list[RawGeneration]:
        """One generation per prompt: greedy, or (``temperature > 0``) sampled from ``seeds[i]``."""
        if (seeds is None) != (self.temperature == 0):
            raise ValueError("seeds are given exactly when the backend samples (temperature > 0)")
        lengths = [len(ids) for ids in self.tokenizer(prompts, add_special_tokens=False)["input_ids"]]
        order = sorted(range(len(prompts)), key=lambda i: -lengths[i])  # similar lengths share a batch
        results: list[RawGeneration | None] = [None] * len(prompts)
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            outs = self._generate_batch(
                [prompts[i] for i in idx],
                [languages[i] for i in idx],
                None if seeds is None else [seeds[i] for i in idx],
            )
            for i, r in zip(idx, outs):
                results[i] = r
        return results  # type: ignore[return-value]

    def _generate_batch(
        self, prompts: list[str], languages: list[str], seeds: list[int] | None = None
    ) -> list[RawGeneration]:
        import torch
        from transformers import GenerationConfig, LogitsProcessorList, StoppingCriteriaList

        enc = self.tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False).to(self.device)
        plen = enc["input_ids"].shape[1]
        stopper = _RowStopper(self.tokenizer, plen, languages)
        eos = self.tokenizer.eos_token_id
        gcfg = GenerationConfig(
            do_sample=False,
            num_beams=1,
            max_new_tokens=self.max_new_tokens,
            pad_token_id=self.tokenizer.pad_token_id,
            eos_token_id=eos,
        )
        sampler = [] if seeds is None else [_RowSampler(seeds, self.temperature, self.top_p, self.device)]
        with torch.inference_mode():
            out = self.model.generate(
                **enc,
                generation_config=gcfg,
                stopping_criteria=StoppingCriteriaList([stopper]),
                logits_processor=LogitsProcessorList(sampler),
            )
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
    """Requests to an OpenAI-compatible server (vLLM, llama.cpp server, ...): greedy, or sampled.

    ``api="completions"`` sends the whole Figure 3 prompt (what the paper's harness does with
    a base or fine-tuned model); ``api="chat"`` sends it as one user message (chat models).
    Requests run concurrently; the server batches them. Sampling asks for all of a prompt's
    samples in one request (``n``, with the first sample's seed); a server that returns fewer
    choices (llama.cpp ignores ``n``) gets one request per missing sample, each with its own seed.
    """

    def __init__(
        self,
        base_url: str,
        model: str | None = None,
        *,
        api: str = "completions",
        api_key: str | None = None,
        concurrency: int = 8,
        max_new_tokens: int = 512,
        timeout: float = 600.0,
        max_retries: int = 3,
        temperature: float = 0.0,
        top_p: float = 1.0,
    ):
        import openai

        if api not in ("completions", "chat"):
            raise CodemError(f"unknown api {api!r}; use completions or chat")
        check_sampling(temperature, top_p)
        self.api = api
        self.temperature, self.top_p = float(temperature), float(top_p)
        self.batch_size = max(1, int(concurrency))
        self.max_new_tokens = int(max_new_tokens)
        self.client = openai.OpenAI(
            base_url=base_url,
            api_key=api_key or os.environ.get("OPENAI_API_KEY") or "EMPTY",
            timeout=timeout,
            max_retries=max_retries,
        )
        self.base_url = base_url
        self.model = model or self._first_model()
        self.info = BackendInfo(
            "openai",
            self.model,
            {
                "base_url": base_url,
                "api": api,
                "concurrency": self.batch_size,
                "max_new_tokens": self.max_new_tokens,
                **sampling_details(self.temperature, self.top_p),
            },
        )

    def _first_model(self) -> str:
        try:
            models = self.client.models.list()
        except Exception as exc:
            raise EndpointError(
                f"cannot reach the OpenAI-compatible endpoint at {self.base_url} ({type(exc).__name__})"
            ) from None
        ids = [m.id for m in models.data]
        if not ids:
            raise EndpointError(f"the endpoint at {self.base_url} serves no model")
        return ids[0]

    def _request(self, prompt: str, language: str, n: int = 1, seed: int | None = None) -> list[RawGeneration]:
        """One request for ``n`` answers to ``prompt``; the server may return fewer choices."""
        greedy = self.temperature == 0
        sampling = {"temperature": 0.0 if greedy else self.temperature, "top_p": 1.0 if greedy else self.top_p}
        if seed is not None:
            sampling["seed"] = seed
        try:
            if self.api == "completions":
                r = self.client.completions.create(
                    model=self.model,
                    prompt=prompt,
                    max_tokens=self.max_new_tokens,
                    n=n,
                    stop=static_stop_strings(language),
                    **sampling,
                )
                raws = [(c.text or "", c.finish_reason, c.index) for c in r.choices]
            else:
                r = self.client.chat.completions.create(
                    model=self.model,
                    messages=[{"role": "user", "content": prompt}],
                    max_tokens=self.max_new_tokens,
                    n=n,
                    **sampling,
                )
                raws = [(c.message.content or "", c.finish_reason, c.index) for c in r.choices]
        except Exception as exc:
            import openai

            if isinstance(exc, (openai.APIConnectionError, openai.APITimeoutError)):
                raise EndpointError(
                    f"cannot reach the OpenAI-compatible endpoint at {self.base_url} ({type(exc).__name__})"
                ) from None
            if isinstance(exc, openai.APIStatusError):
                raise EndpointError(
                    f"the endpoint at {self.base_url} refused the request: HTTP {exc.status_code} {str(exc)[:160]}"
                ) from None
            raise
        usage = getattr(r, "usage", None)
        tokens = int(getattr(usage, "completion_tokens", 0) or 0)
        raws.sort(key=lambda x: x[2] or 0)
        out = []
        for i, (raw, finish_reason, _index) in enumerate(raws[:n]):
            # the text policy (docs/text.md): the model's lone surrogates become U+FFFD, so the sample
            # is kept and judged like any other text rather than failing the whole run when written
            raw = replace_unencodable(raw)
            text, stopped = cut_at_stop(raw, language)
            finish = "stop" if stopped else ("length" if finish_reason == "length" else "eos")
            # usage counts every choice together: the share of each, the remainder to the first
            share = tokens // len(raws) + (tokens % len(raws) if i == 0 else 0)
            out.append(RawGeneration(text, raw, share, finish))
        return out

    def _group(self, prompt: str, language: str, seeds: list[int] | None) -> list[RawGeneration]:
        if seeds is None:
            return self._request(prompt, language)
        got = self._request(prompt, language, n=len(seeds), seed=seeds[0])
        for seed in seeds[len(got) :]:  # the server answered fewer than n: the rest one by one, each from its own seed
            got += self._request(prompt, language, n=1, seed=seed)[:1]
        return got

    def generate(self, prompts: list[str], languages: list[str], seeds: list[int] | None = None) -> list[RawGeneration]:
        """One answer per prompt; with ``seeds`` (sampling), consecutive rows of one prompt go in one request."""
        from concurrent.futures import ThreadPoolExecutor

        if (seeds is None) != (self.temperature == 0):
            raise ValueError("seeds are given exactly when the backend samples (temperature > 0)")
        groups: list[tuple[str, str, list[int] | None]] = []
        for i, (prompt, lang) in enumerate(zip(prompts, languages)):
            if seeds is not None and groups and groups[-1][0] == prompt and groups[-1][1] == lang:
                groups[-1][2].append(seeds[i])  # type: ignore[union-attr]
            else:
                groups.append((prompt, lang, None if seeds is None else [seeds[i]]))
        with ThreadPoolExecutor(max_workers=self.batch_size) as pool:
            answers = list(pool.map(lambda g: self._group(*g), groups))
        return [gen for group in answers for gen in group]


def make_backend(backend: str, model: str | None, **kw: Any) -> Backend:
    for key in ("batch_size", "concurrency", "max_new_tokens"):
        check_min(kw.get(key), 1, "--" + key.replace("_", "-"))
    check_positive(kw.get("timeout"), "--timeout")
    if backend == "transformers":
        if not model:
            raise CodemError("--model is required for the transformers backend")
        return TransformersBackend(
            model,
            **{
                k: v
                for k, v in kw.items()
                if k in ("dtype", "batch_size", "max_new_tokens", "device", "temperature", "top_p", "revision")
            },
        )
    if backend == "openai":
        base_url = kw.get("base_url") or os.environ.get("OPENAI_BASE_URL")
        if not base_url:
            raise CodemError("--base-url (or OPENAI_BASE_URL) is required for the openai backend")
        check_http_url(base_url, "--base-url")
        return OpenAIBackend(
            base_url,
            model,
            **{
                k: v
                for k, v in kw.items()
                if k in ("api", "api_key", "concurrency", "max_new_tokens", "timeout", "temperature", "top_p")
            },
        )
    raise CodemError(f"unknown backend {backend!r}; use transformers or openai")


__all__ = [
    "RawGeneration",
    "BackendInfo",
    "TransformersBackend",
    "OpenAIBackend",
    "make_backend",
    "EndpointError",
    "time",
]

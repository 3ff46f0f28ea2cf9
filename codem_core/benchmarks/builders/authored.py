"""Read the per-problem authored files of HumanEval-C / HumanEval-TypeScript.

One file per problem, ``authored/<language>/<nnn>.<ext>``, cut into sections by marker lines
``//@@ <section>``:

* ``header``       includes (C) - first lines of the prompt and declaration;
* ``helpers``      helper functions the prompt shows before the docstring (HumanEval-X style);
* ``doc_append``   plain-text lines appended to the upstream docstring (C: ownership/lengths);
* ``signature``    the entry function's signature line(s), ending in ``{``;
* ``solution``     the canonical completion: the body including the closing brace;
* ``test``         the test program appended after prompt + completion;
* ``example_test`` the same for the docstring's examples (may be empty);
* ``notes``        free text: where the parts came from and what was changed by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import DataError

AUTHORED_DIR = Path(__file__).resolve().parent.parent / "authored"
SECTIONS = ("header", "helpers", "doc_append", "signature", "solution", "test", "example_test", "notes")
_MARK = re.compile(r"^//@@ (\w+)\s*$")
EXT = {"c": "c", "typescript": "ts"}


@dataclass
class Authored:
    number: int
    path: Path
    sections: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> str:
        return self.sections.get(name, "")


def parse_authored(text: str, path: Path, number: int) -> Authored:
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for lineno, line in enumerate(text.splitlines(keepends=True), 1):
        m = _MARK.match(line)
        if m:
            current = m.group(1)
            if current not in SECTIONS:
                raise DataError(f"{path}:{lineno}: unknown section {current!r} (known: {', '.join(SECTIONS)})")
            if current in sections:
                raise DataError(f"{path}:{lineno}: section {current!r} repeated")
            sections[current] = []
        elif current is None:
            if line.strip():
                raise DataError(f"{path}:{lineno}: text before the first //@@ section marker")
        else:
            sections[current].append(line)
    out = {k: "".join(v).strip("\n") + "\n" if "".join(v).strip() else "" for k, v in sections.items()}
    for need in ("signature", "solution", "test"):
        if not out.get(need):
            raise DataError(f"{path}: section {need!r} is missing or empty")
    return Authored(number, path, out)


def format_authored(sections: dict[str, str]) -> str:
    parts = []
    for name in SECTIONS:
        body = sections.get(name, "")
        if body is None:
            continue
        parts.append(f"//@@ {name}\n{body.strip(chr(10))}\n" if body.strip() else f"//@@ {name}\n")
    return "".join(parts)


def authored_path(language: str, number: int, root: Path = AUTHORED_DIR) -> Path:
    return root / language / f"{number:03d}.{EXT[language]}"


def load_authored(language: str, root: Path = AUTHORED_DIR) -> list[Authored]:
    folder = root / language
    files = sorted(folder.glob(f"*.{EXT[language]}"))
    if not files:
        raise DataError(f"no authored {language} problems under {folder}")
    items = []
    for f in files:
        try:
            number = int(f.stem)
        except ValueError:
            raise DataError(f"{f}: authored file names are the task number (e.g. 007.{EXT[language]})") from None
        items.append(parse_authored(f.read_text(encoding="utf-8"), f, number))
    return items

"""Prompt templates as versioned data files (``templates/*.yaml``).

Two packaged sets: ``evol-instruct`` (``templates/``: WizardLM's Evol-Instruct prompts, as the
paper uses with GPT-3.5; the default) and ``compact`` (``templates/compact/``: short plain
prompts that a 135M local teacher can follow). Any folder with depth/breadth/answer.yaml works too.

A template's identity is the SHA-256 of its file bytes: it is stored on every corpus row and
enters every teacher cache key, so editing a template can never reuse answers made with the old
text. Placeholders are ``{name}`` for a fixed set of names; everything else (braces in seed code
included) is left as is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import ConfigError
from ..io import sha256_bytes

TEMPLATE_DIR = Path(__file__).with_name("templates")
TEMPLATE_SETS = {"evol-instruct": TEMPLATE_DIR, "compact": TEMPLATE_DIR / "compact"}
PLACEHOLDERS = ("method", "language", "seed", "instruction", "fence")
_PLACEHOLDER_RE = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


@dataclass(frozen=True)
class Template:
    kind: str  # depth | breadth | answer
    version: int
    system: str | None
    template: str
    operations: dict[str, str] = field(default_factory=dict)
    sha256: str = ""
    path: str = ""

    @property
    def hash(self) -> str:
        """Short form written on corpus rows (first 16 hex digits of the file's SHA-256)."""
        return self.sha256[:16]

    def messages(self, **values: str) -> list[dict[str, str]]:
        """Chat messages for this template with the placeholders filled in."""
        msgs: list[dict[str, str]] = []
        if self.system:
            msgs.append({"role": "system", "content": render(self.system, values)})
        msgs.append({"role": "user", "content": render(self.template, values)})
        return msgs


def render(text: str, values: dict[str, str]) -> str:
    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in values:
            raise ConfigError(f"template placeholder {{{name}}} has no value")
        return str(values[name])

    return _PLACEHOLDER_RE.sub(sub, text)


def load_template_file(path: str | Path) -> Template:
    path = Path(path)
    try:
        raw = path.read_bytes()
        data = yaml.safe_load(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read template {path}: {type(exc).__name__}") from None
    if not isinstance(data, dict) or not isinstance(data.get("template"), str) or "kind" not in data:
        raise ConfigError(f"template {path} needs 'kind' and a string 'template'")
    ops = data.get("operations") or {}
    if not isinstance(ops, dict):
        raise ConfigError(f"template {path}: 'operations' must be a mapping")
    return Template(
        kind=str(data["kind"]),
        version=int(data.get("version", 1)),
        system=data.get("system"),
        template=data["template"],
        operations={str(k): str(v) for k, v in ops.items()},
        sha256=sha256_bytes(raw),
        path=str(path),
    )


@lru_cache(maxsize=8)
def _load_dir(directory: str) -> dict[str, Template]:
    root = Path(directory)
    out: dict[str, Template] = {}
    for kind in ("depth", "breadth", "answer"):
        path = root / f"{kind}.yaml"
        if not path.is_file():
            raise ConfigError(f"template folder {root} lacks {kind}.yaml")
        tpl = load_template_file(path)
        if tpl.kind != kind:
            raise ConfigError(f"{path} declares kind {tpl.kind!r}, expected {kind!r}")
        if kind in ("depth", "breadth") and not tpl.operations:
            raise ConfigError(f"{path} lists no operations")
        out[kind] = tpl
    return out


def template_folder(name_or_path: str | Path | None = None) -> Path:
    """The folder of a packaged set (None: ``evol-instruct``; ``compact``) or the given folder."""
    if name_or_path is None or str(name_or_path).strip() == "":
        return TEMPLATE_DIR
    if str(name_or_path) in TEMPLATE_SETS:
        return TEMPLATE_SETS[str(name_or_path)]
    path = Path(name_or_path)
    if not path.is_dir():
        raise ConfigError(
            f"templates {str(name_or_path)!r}: not a packaged set ({', '.join(TEMPLATE_SETS)}) nor a folder"
        )
    return path


def load_templates(directory: str | Path | None = None) -> dict[str, Template]:
    """The depth, breadth and answer templates of a packaged set or folder (default: evol-instruct)."""
    return _load_dir(str(template_folder(directory)))

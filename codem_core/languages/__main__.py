"""``python -m codem_core.languages [list|packages [--apt|--npm]]``: what the specs say.

``packages`` prints the Debian (``--apt``) or npm (``--npm``) packages the languages'
toolchains need, one per line: what ``scripts/install-toolchains.sh`` must install
(``tests/unit/test_languages.py`` checks that it lists them all).
"""

from __future__ import annotations

import sys

from . import LANGUAGES


def packages(kind: str) -> list[str]:
    attr = {"apt": "apt_packages", "npm": "npm_packages"}[kind]
    return list(dict.fromkeys(p for spec in LANGUAGES.values() for p in getattr(spec, attr)))


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "list"
    if command == "list":
        for spec in LANGUAGES.values():
            role = "paper" if spec.in_paper else "extra"
            kinds = [k for k, on in (("train", spec.train), ("eval", spec.evaluable)) if on]
            bench = spec.benchmark.name if spec.benchmark else "-"
            print(f"{spec.key:<11} {spec.display:<11} {role:<6} {'+'.join(kinds):<11} {bench}")
        return 0
    if command == "packages":
        kinds = [a.lstrip("-") for a in argv[1:]] or ["apt", "npm"]
        if any(k not in ("apt", "npm") for k in kinds):
            print("usage: python -m codem_core.languages packages [--apt] [--npm]", file=sys.stderr)
            return 2
        for kind in kinds:
            print("\n".join(packages(kind)))
        return 0
    print("usage: python -m codem_core.languages [list | packages [--apt] [--npm]]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

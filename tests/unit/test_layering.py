"""Dependencies point one way: ``codem_core`` (the library) never imports the orchestration layer.

The orchestration is ``prefect`` and codem's Prefect code (the top-level ``tasks/`` and ``flows/``
folders, installed as ``codem_prefect.tasks`` / ``codem_prefect.flows``). The ``codem pipeline``
commands reach the core CLI through the ``codem.cli`` entry point, never through an import.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORE = REPO / "codem_core"
ORCHESTRATION = ("prefect", "flows", "tasks", "codem_prefect")


def imported_names(tree: ast.AST) -> list[tuple[int, str]]:
    """Every module a file imports: import statements, and importlib.import_module / __import__ of a literal."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")
            if name in ("import_module", "__import__"):
                found.append((node.lineno, node.args[0].value))
    return found


def test_the_scan_sees_every_kind_of_import():
    src = textwrap.dedent("""
        import prefect
        from tasks.stages import run_item
        import os, flows.full_matrix as fm
        def f():
            from prefect.deployments import run_deployment
            importlib.import_module("codem_prefect.flows.cli")
            __import__("tasks")
        from .registry import Stage
    """)
    names = [name for _, name in imported_names(ast.parse(src))]
    assert names == [
        "prefect",
        "tasks.stages",
        "os",
        "flows.full_matrix",
        "prefect.deployments",
        "codem_prefect.flows.cli",
        "tasks",
    ]


def test_no_module_under_codem_core_imports_the_orchestration_layer():
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 50  # the whole library, not an empty glob
    offenders = [
        f"{path.relative_to(REPO)}:{line}: imports {name}"
        for path in files
        for line, name in imported_names(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        if name.split(".")[0] in ORCHESTRATION
    ]
    assert not offenders, "codem_core must not import the orchestration layer:\n" + "\n".join(offenders)


def test_every_codem_core_module_imports_with_the_orchestration_blocked():
    """Each module is imported with prefect, flows and tasks made unimportable (None in sys.modules)."""
    script = textwrap.dedent("""
        import importlib, pkgutil, sys
        for name in ("prefect", "flows", "tasks"):
            sys.modules[name] = None  # any import of them raises ImportError
        import codem_core
        names = [m.name for m in pkgutil.walk_packages(codem_core.__path__, "codem_core.")]
        for name in names:
            importlib.import_module(name)
        leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("prefect", "flows", "tasks") and sys.modules[m])
        print(len(names), leaked)
    """)
    res = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    count, leaked = res.stdout.split(maxsplit=1)
    assert int(count) > 50 and leaked.strip() == "[]", res.stdout

"""Language adapters, one module per language; ``ADAPTERS`` maps language key -> class."""

from __future__ import annotations

from .base import Adapter, Job
from .c import CAdapter
from .cpp import CppAdapter
from .go import GoAdapter
from .java import JavaAdapter
from .javascript import JavaScriptAdapter
from .python import PythonAdapter
from .typescript import TypeScriptAdapter

ADAPTERS: dict[str, type[Adapter]] = {
    cls.language: cls for cls in (PythonAdapter, JavaScriptAdapter, TypeScriptAdapter, CAdapter, CppAdapter, JavaAdapter, GoAdapter)
}


def register_adapter(cls: type[Adapter]) -> None:
    ADAPTERS[cls.language] = cls


__all__ = ["ADAPTERS", "Adapter", "Job", "register_adapter"]

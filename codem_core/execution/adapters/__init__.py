"""Language adapters: ``ADAPTERS`` maps language key -> adapter class.

Each adapter lives in its language's folder (``codem_core/languages/<lang>/adapter.py``) and
is named by its spec; the mapping imports it on first use, so this package (``base``: what an
adapter is) can be imported by the adapters themselves without a cycle.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ...languages import LANGUAGES
from .base import Adapter, Job


class _AdapterRegistry(Mapping[str, type[Adapter]]):
    """The spec-named adapters, plus any registered at run time (which win)."""

    def __init__(self) -> None:
        self._extra: dict[str, type[Adapter]] = {}

    def __getitem__(self, language: str) -> type[Adapter]:
        if language in self._extra:
            return self._extra[language]
        spec = LANGUAGES.get(language)
        if spec is None or spec.adapter is None:
            raise KeyError(language)
        return spec.adapter_class()

    def _keys(self) -> list[str]:
        keys = [k for k, s in LANGUAGES.items() if s.adapter is not None]
        return keys + [k for k in self._extra if k not in keys]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())


ADAPTERS = _AdapterRegistry()


def register_adapter(cls: type[Adapter]) -> None:
    ADAPTERS._extra[cls.language] = cls


__all__ = ["ADAPTERS", "Adapter", "Job", "register_adapter"]

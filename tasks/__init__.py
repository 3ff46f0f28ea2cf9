"""Thin Prefect tasks over codem_core (installed as ``codem_prefect.tasks``; see codem_prefect/__init__.py)."""

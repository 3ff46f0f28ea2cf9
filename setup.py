"""Which packages the wheel holds (the rest of the metadata is in pyproject.toml).

``codem_core`` (the library, with its data folders) and ``codem_prefect``, whose ``tasks`` and
``flows`` subpackages are the repository's top-level tasks/ and flows/ folders: installed under
that codem-specific name, never as top-level ``tasks``/``flows`` packages, which would shadow
other projects' packages of those names (codem_prefect/__init__.py finds them in a checkout).
"""

from setuptools import find_namespace_packages, setup

ORCHESTRATION = {"codem_prefect.tasks": "tasks", "codem_prefect.flows": "flows"}

setup(
    packages=[
        *find_namespace_packages(include=["codem_core", "codem_core.*"], exclude=["*__pycache__*"]),
        "codem_prefect",
        *ORCHESTRATION,
    ],
    package_dir=ORCHESTRATION,
)

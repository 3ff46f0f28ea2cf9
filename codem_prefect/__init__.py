"""codem's Prefect layer under a codem-specific name: ``codem_prefect.tasks`` (thin Prefect tasks
over ``codem_core``) and ``codem_prefect.flows`` (the flows composing them, and the ``codem
pipeline`` commands, which the core CLI finds through the ``codem.cli`` entry point).

Their code lives in the repository's top-level ``tasks/`` and ``flows/`` folders. The wheel
installs them here (pyproject.toml maps the two folders into this package), never as top-level
``tasks``/``flows`` packages, which would shadow other projects' packages of those names. In a
checkout this folder holds only this file, and the two folders beside it are found through
``__path__`` below: the same import names work from a checkout, an editable install and a wheel.
"""

import pathlib as _pathlib

_HERE = _pathlib.Path(__file__).resolve().parent
if not (_HERE / "flows").is_dir():  # a checkout: tasks/ and flows/ are siblings of this folder
    __path__.append(str(_HERE.parent))

"""Prefect flows composing the tasks (installed as ``codem_prefect.flows``; see codem_prefect/__init__.py).

full_matrix.py  flow ``codem``: walks the stage registry (codem_core.pipeline.stages.PIPELINE)
stages.py       one flow per stage (codem-evolve ... codem-report); run_stage: subflow or pool dispatch
run.py          opening a run: config, credentials, store, result storage (every check before any task)
pools.py        work pools and the stage deployments (codem-finetune/gpu, codem-generate/gpu)
cli.py          ``codem pipeline ...`` (registered through the ``codem.cli`` entry point)
"""

"""One training process per GPU: how many processes, and launching them with torchrun.

``codem train`` and the pipeline's fine-tune stage both call ``codem_core.training.train``;
when it needs more than one process (``nproc: auto`` on a machine with several GPUs, or an
explicit ``nproc: N``) the calling process becomes a *launcher*: it runs the fast checks
itself, then starts ``python -m torch.distributed.run --standalone --nproc-per-node N -m
codem_core.training.worker SPEC`` and waits.  Each worker is one rank of the data-parallel
run (the HF Trainer's DDP, or DeepSpeed when the preset names a config; NCCL on GPUs, gloo on
a CPU) and calls ``train`` again, which then trains in place.

What comes back to the caller:

* rank 0's log lines (workers print them on stdout; everything else a worker prints goes to
  ``OUT/logs/launch.log``, per rank in ``OUT/logs/rank-<r>.log``);
* the ``TrainResult`` that rank 0 writes to ``OUT/logs/result.json``;
* on failure, one line: the first rank that failed writes its error to
  ``OUT/logs/error-rank-<r>.json`` (the launcher stops the other ranks), and the launcher
  raises it again, as the same kind of ``CodemError`` when it was one.

Per-rank device selection happens first thing in a worker (``select_device``), before any
CUDA query, so that memory checks and model placement see the rank's own GPU.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .. import errors
from ..errors import CodemError
from ..io import write_json

# Variables a launcher sets for its ranks; a launch must not inherit them from a parent run.
RENDEZVOUS_VARS = (
    "RANK",
    "LOCAL_RANK",
    "WORLD_SIZE",
    "LOCAL_WORLD_SIZE",
    "GROUP_RANK",
    "ROLE_RANK",
    "MASTER_ADDR",
    "MASTER_PORT",
    "TORCHELASTIC_RUN_ID",
)
WORKER_FLAG = "CODEM_TRAIN_WORKER"


class TrainingProcessError(CodemError):
    """A training rank died without a user error (a crash, a signal, a bug): one line, and the log's path."""

    exit_code = 1
    retryable = True  # a preempted or OOM-killed rank: a retry resumes from the last checkpoint


def gpu_count() -> int:
    """CUDA devices this process may use (honours CUDA_VISIBLE_DEVICES); 0 without torch or CUDA."""
    try:
        import torch
    except ImportError:
        return 0
    return torch.cuda.device_count() if torch.cuda.is_available() else 0


def plan_processes(nproc: int | str | None) -> int:
    """``auto``: one process per GPU when there are several, else 1 (CPU, one GPU); an int is taken as is."""
    if nproc in (None, "auto"):
        gpus = gpu_count()
        return gpus if gpus > 1 else 1
    return int(nproc)


def launched_rank() -> tuple[int, int, int] | None:
    """(rank, local_rank, world_size) when this process is a rank of a launched run (torchrun, deepspeed), else None.

    A single process that only *declared* itself rank 0 of 1 for DeepSpeed (``ensure_distributed_env``)
    is not a launched rank: it can launch a multi-process run of its own.
    """
    env = os.environ
    if WORKER_FLAG in env or "TORCHELASTIC_RUN_ID" in env or int(env.get("WORLD_SIZE", "1") or 1) > 1:
        return int(env.get("RANK", 0)), int(env.get("LOCAL_RANK", 0)), int(env.get("WORLD_SIZE", 1))
    return None


def select_device(local_rank: int) -> str:
    """Bind this rank to its GPU before anything queries CUDA (memory checks, model placement); 'cpu' without one."""
    try:
        import torch
    except ImportError:
        return "cpu"
    if torch.cuda.is_available():
        torch.cuda.set_device(local_rank)
        return f"cuda:{local_rank}"
    return "cpu"


def child_environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """This process's environment without a rendezvous or accelerate/DeepSpeed state of an earlier run."""
    env = {k: v for k, v in os.environ.items() if k not in RENDEZVOUS_VARS and not k.startswith("ACCELERATE_")}
    env.update(extra or {})
    return env


def logs_dir(out: str | Path) -> Path:
    return Path(out) / "logs"


def torchrun_command(nproc: int, spec: Path) -> list[str]:
    # --standalone: a rendezvous on a free local port (several launches on one machine do not collide)
    return [
        sys.executable,
        "-m",
        "torch.distributed.run",
        "--standalone",
        "--nnodes",
        "1",
        "--nproc-per-node",
        str(nproc),
        "-m",
        "codem_core.training.worker",
        str(spec),
    ]


def launch(call: dict, out: str | Path, nproc: int, log: Callable[[str], None] = print) -> dict:
    """Run ``train(**call)`` in ``nproc`` processes; rank 0's result as a dict, or one-line error.

    ``call`` holds ``train``'s keyword arguments (JSON-serialisable: paths as strings).
    """
    folder = logs_dir(out)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in [*folder.glob("error-rank-*.json"), folder / "result.json"]:
        stale.unlink(missing_ok=True)
    spec = folder / "launch.json"
    write_json(spec, {"train": call, "nproc": nproc, "logs": str(folder)})
    cmd = torchrun_command(nproc, spec)
    env = child_environment({WORKER_FLAG: "1", "PYTHONUNBUFFERED": "1"})
    # torchrun sets OMP_NUM_THREADS=1 (with a warning) when unset: split the cores between the ranks instead
    env.setdefault("OMP_NUM_THREADS", str(max(1, (os.cpu_count() or 1) // nproc)))
    log(f"launching {nproc} training processes: {' '.join(cmd[1:6])} ... (logs: {folder})")
    with open(folder / "launch.log", "ab") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env, text=True, bufsize=1)
        try:
            for line in proc.stdout:  # rank 0's log lines
                log(line.rstrip("\n"))
            rc = proc.wait()
        except BaseException:  # Ctrl-C or a caller's timeout: stop the ranks, do not leave them training
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
            raise
    if rc != 0:
        raise _first_error(folder, rc)
    result = folder / "result.json"
    if not result.is_file():
        raise TrainingProcessError(f"the training processes exited without a result; see {folder / 'launch.log'}")
    return json.loads(result.read_text())


def _first_error(folder: Path, rc: int) -> CodemError:
    """The error of the rank that failed first (the launcher then stops the others, which fail in turn)."""
    found = sorted(folder.glob("error-rank-*.json"), key=lambda p: json.loads(p.read_text()).get("time", 0))
    if not found:
        return TrainingProcessError(
            f"training processes failed (exit code {rc}) without an error report; see {folder / 'launch.log'}"
        )
    err = json.loads(found[0].read_text())
    cls = getattr(errors, err.get("kind", ""), None)
    if isinstance(cls, type) and issubclass(cls, CodemError):
        return cls(err["message"])
    log = folder / f"rank-{err.get('rank')}.log"
    return TrainingProcessError(f"training rank {err.get('rank')} failed: {err['message']} (see {log})")


def write_error(folder: Path, rank: int, exc: BaseException) -> None:
    """A rank's one-line error, for the launcher (``kind`` names a ``codem_core.errors`` class when it is one)."""
    user = isinstance(exc, CodemError)
    first = (str(exc).strip().splitlines() or [""])[0]
    message = first if user else f"{type(exc).__name__}: {first}"[:400]
    kind = type(exc).__name__ if user and hasattr(errors, type(exc).__name__) else ("CodemError" if user else "")
    write_json(
        folder / f"error-rank-{rank}.json", {"rank": rank, "kind": kind, "message": message, "time": time.time()}
    )

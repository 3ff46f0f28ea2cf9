"""Checkpoints that survive a preempted machine, and how often they are taken.

A pod that is preempted loses its disk.  So each checkpoint the Trainer saves is also copied to
the artifact store, ``<prefix>/<run key>/checkpoint-N/`` (files first, ``_MANIFEST.json`` last:
a folder without its manifest is an upload that did not finish and is never resumed from), and
a fine-tune that starts in a fresh working directory first downloads the latest complete one
and resumes from it.  The run key (``trainer.run_key``) names the run's inputs, so a checkpoint
is only ever resumed by the same run.

* ``CheckpointStore``: those folders; at most ``keep`` are kept (older ones deleted after a new
  one lands); ``clear()`` once the finished model is in the store.
* ``StoreCheckpoints`` (a ``TrainerCallback``): after every save, all ranks wait for each other
  (every rank's files, e.g. ``rng_state_<r>.pth`` or a DeepSpeed partition, are on disk), then
  rank 0 snapshots the folder with hard links (the Trainer may rotate it away meanwhile) and
  uploads it in a background thread while training goes on; the next save waits for it.  A
  failed upload is logged, not fatal: the local checkpoint is still there.
* ``SaveEveryMinutes``: a save at least every N minutes whatever the step count; rank 0's clock
  decides and the decision is broadcast, so every rank saves at the same step (DeepSpeed's save
  is collective).
* ``derived_save_steps``: ``save_steps: auto`` = the run's optimizer steps / ``saves_per_run``.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from transformers import TrainerCallback

from ..storage import ArtifactStore

_CKPT = re.compile(r"^checkpoint-(\d+)$")
_SECRET_OPTIONS = ("key", "secret", "token")


def store_spec(store: ArtifactStore, prefix: str, keep: int | None = 2) -> dict:
    """What a training process needs to reach the checkpoints (JSON: ranks get it in their spec file).

    Credentials are never in it: every process reads them from its environment."""
    options = {k: v for k, v in (store.storage_options or {}).items() if k not in _SECRET_OPTIONS}
    return {"url": store.url, "options": options, "prefix": prefix.strip("/"), "keep": keep}


class CheckpointStore:
    """The checkpoints of one run in the artifact store: ``<prefix>/checkpoint-N/``."""

    def __init__(self, store: ArtifactStore, prefix: str, keep: int | None = 2):
        self.store, self.prefix, self.keep = store, prefix.strip("/"), keep

    @classmethod
    def from_spec(cls, spec: dict, run_key: str) -> CheckpointStore:
        store = ArtifactStore(spec["url"], storage_options=spec.get("options") or None)
        return cls(store, f"{spec['prefix']}/{run_key[:16]}", spec.get("keep", 2))

    def key(self, step: int) -> str:
        return f"{self.prefix}/checkpoint-{step}"

    def steps(self) -> list[int]:
        """The steps of the complete checkpoints, oldest first."""
        found = [int(m.group(1)) for d in self.store.list_dirs(self.prefix) if (m := _CKPT.match(d))]
        return sorted(s for s in found if self.store.is_complete(self.key(s)))

    def download_latest(self, local_dir: Path, log: Callable[[str], None] = print) -> int | None:
        """The latest complete checkpoint into ``local_dir/checkpoint-N`` unless a local one is as recent."""
        steps = self.steps()
        if not steps:
            return None
        local = [int(m.group(1)) for p in local_dir.glob("checkpoint-*") if (m := _CKPT.match(p.name))]
        if local and max(local) >= steps[-1]:
            return None
        dest = local_dir / f"checkpoint-{steps[-1]}"
        self.store.download_dir(self.key(steps[-1]), dest)
        log(f"checkpoint-{steps[-1]} downloaded from {self.store.url_for(self.key(steps[-1]))}")
        return steps[-1]

    def upload(self, folder: Path) -> str:
        step = int(_CKPT.match(folder.name).group(1))
        self.store.upload_dir(folder, self.key(step))
        self.prune()
        return self.store.url_for(self.key(step))

    def prune(self) -> None:
        """Keep the ``keep`` most recent complete checkpoints (and drop incomplete older ones)."""
        if not self.keep:
            return
        complete = self.steps()
        keep = set(complete[-self.keep :])
        newest = max(keep, default=-1)
        for d in self.store.list_dirs(self.prefix):
            m = _CKPT.match(d)
            if m and int(m.group(1)) not in keep and int(m.group(1)) < newest:
                self.store.delete(self.key(int(m.group(1))), recursive=True)

    def clear(self) -> None:
        self.store.delete(self.prefix, recursive=True)


def _snapshot(folder: Path) -> Path:
    """Hard links of ``folder``'s files in a sibling temp folder (copies where links are refused)."""
    snap = Path(tempfile.mkdtemp(prefix=f".{folder.name}.snapshot-", dir=folder.parent)) / folder.name
    for f in folder.rglob("*"):
        if not f.is_file():
            continue
        dest = snap / f.relative_to(folder)
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(f, dest)
        except OSError:
            shutil.copy2(f, dest)
    return snap


def _barrier() -> None:
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        dist.barrier()


class StoreCheckpoints(TrainerCallback):
    """Upload each saved checkpoint to a ``CheckpointStore`` (rank 0, in the background)."""

    def __init__(self, target: CheckpointStore, log: Callable[[str], None] = print):
        self.target, self.log = target, log
        self.thread: threading.Thread | None = None
        self.uploaded: list[str] = []
        self.failed: list[str] = []

    def on_save(self, args, state, control, **kwargs):
        _barrier()  # every rank's files of this checkpoint are written
        if not state.is_world_process_zero:
            return control
        self.wait()
        folder = Path(args.output_dir) / f"checkpoint-{state.global_step}"
        if folder.is_dir():
            snap = _snapshot(folder)
            self.thread = threading.Thread(target=self._upload, args=(snap,), name="codem-checkpoint-upload")
            self.thread.start()
        return control

    def _upload(self, snap: Path) -> None:
        try:
            url = self.target.upload(snap)
            self.uploaded.append(url)
            self.log(f"checkpoint uploaded -> {url}")
        except Exception as exc:  # noqa: BLE001 - training goes on; the local checkpoint still exists
            first = (str(exc).strip().splitlines() or [""])[0][:200]
            self.failed.append(snap.name)
            self.log(f"warning: {snap.name} not uploaded to the store ({type(exc).__name__}: {first})")
        finally:
            shutil.rmtree(snap.parent, ignore_errors=True)

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.join()
            self.thread = None

    def on_train_end(self, args, state, control, **kwargs):
        self.wait()
        return control


def _broadcast_flag(flag: bool) -> bool:
    """Rank 0's ``flag`` on every rank (NCCL needs the tensor on this rank's GPU)."""
    import torch
    import torch.distributed as dist

    if not (dist.is_available() and dist.is_initialized()):
        return flag
    device = torch.device("cuda", torch.cuda.current_device()) if dist.get_backend() == "nccl" else "cpu"
    t = torch.tensor([1 if flag else 0], device=device)
    dist.broadcast(t, src=0)
    return bool(t.item())


class SaveEveryMinutes(TrainerCallback):
    """A checkpoint at least every ``minutes`` of training, whatever ``save_steps`` says."""

    def __init__(self, minutes: float, clock: Callable[[], float] = time.monotonic):
        self.seconds, self.clock = minutes * 60.0, clock
        self.last = clock()

    def on_step_end(self, args, state, control, **kwargs):
        due = state.is_world_process_zero and self.clock() - self.last >= self.seconds
        if _broadcast_flag(due):
            control.should_save = True
        return control

    def on_save(self, args, state, control, **kwargs):
        self.last = self.clock()
        return control


def derived_save_steps(
    examples: int, per_device: int, accumulation: int, processes: int, epochs: float, max_steps: int, saves: int
) -> int:
    """``save_steps: auto``: about ``saves`` checkpoints over the run's optimizer steps (at least every step)."""
    if max_steps and max_steps > 0:
        total = max_steps
    else:
        micro = math.ceil(examples / max(1, per_device * processes))
        total = math.ceil(micro / max(1, accumulation)) * math.ceil(epochs)
    return max(1, total // max(1, saves))

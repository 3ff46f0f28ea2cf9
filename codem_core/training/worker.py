"""One rank of a multi-process fine-tune: ``python -m codem_core.training.worker SPEC`` (started by torchrun).

``SPEC`` is the JSON that ``launch.launch`` wrote: ``train``'s keyword arguments.  The rank binds
its GPU first (before any CUDA query), then trains.  Rank 0 prints its log lines on stdout (the
launcher forwards them) and writes the result; every rank logs to ``OUT/logs/rank-<r>.log``.  An
error is written for the launcher as one line (``launch.write_error``) and the rank exits non-zero.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from ..io import write_json
from .launch import launched_rank, select_device, write_error


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    spec = json.loads(Path(argv[0]).read_text())
    folder = Path(spec["logs"])
    rank, local_rank, _world = launched_rank() or (0, 0, 1)
    select_device(local_rank)
    if rank != 0:  # only rank 0 talks: the others' library warnings would repeat every line N times
        import transformers

        transformers.logging.set_verbosity_error()
    rank_log = open(folder / f"rank-{rank}.log", "a", encoding="utf-8")

    def log(message: str) -> None:
        rank_log.write(message + "\n")
        rank_log.flush()
        if rank == 0:
            print(message, flush=True)

    from .trainer import train

    try:
        result = train(log=log, **spec["train"])
    except BaseException as exc:  # noqa: BLE001 - reported to the launcher, then re-raised for the traceback in launch.log
        write_error(folder, rank, exc)
        raise
    finally:
        rank_log.close()
    if rank == 0:
        write_json(folder / "result.json", dataclasses.asdict(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

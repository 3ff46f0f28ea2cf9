"""Writing the corpora: one JSONL and one ``datasets`` dataset (``save_to_disk``) per corpus.

Everything is written into a staging folder beside ``out`` and moved into place only when all
of it is written, so a failed or killed run leaves no partial output; an existing ``out`` is
replaced only if it is a previous ``codem evolve`` output (it has ``report.json``) or empty.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..errors import ConfigError
from ..inputs import check_output_folder
from ..io import atomic_write_text, write_json, write_jsonl

ROW_FIELDS = (
    "id",
    "instruction",
    "response",
    "seed_id",
    "seed_instruction",
    "language",
    "evolution",
    "operation",
    "teacher",
    "template_hash",
    "answer_template_hash",
)


def check_out_dir(out: str | os.PathLike) -> Path:
    """Fail before any work when ``out`` cannot be (re)placed."""
    out = Path(out)
    if out.exists():
        if not out.is_dir():
            raise ConfigError(f"--out {out} exists and is not a folder")
        if any(out.iterdir()) and not (out / "report.json").is_file():
            raise ConfigError(f"--out {out} is a non-empty folder that is not a codem evolve output; pick another")
    return check_output_folder(out, "--out")


def _save_dataset(rows: list[dict], path: Path) -> None:
    import datasets  # slow import: only when writing

    datasets.disable_progress_bars()

    features = datasets.Features({name: datasets.Value("string") for name in ROW_FIELDS})
    table = {name: [str(r.get(name) or "") for r in rows] for name in ROW_FIELDS}
    # num_shards=1: datasets writes no shard at all for an empty corpus otherwise, and
    # load_from_disk then fails (a tiny teacher can leave a corpus empty)
    datasets.Dataset.from_dict(table, features=features).save_to_disk(str(path), num_shards=1)


def write_outputs(
    out: str | os.PathLike, corpora: dict[str, list[dict]], report: dict, report_md: str, eliminated: list[dict]
) -> Path:
    out = check_out_dir(out)
    stage = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))
    try:
        for name, rows in corpora.items():
            write_jsonl(stage / f"{name}.jsonl", ({k: r.get(k) for k in ROW_FIELDS} for r in rows))
            _save_dataset(rows, stage / "datasets" / name)
        write_jsonl(stage / "eliminated.jsonl", eliminated)
        write_json(stage / "report.json", report)
        atomic_write_text(stage / "report.md", report_md)
        if out.exists():
            trash = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.replace(out, trash / "old")
            os.replace(stage, out)
            shutil.rmtree(trash, ignore_errors=True)
        else:
            os.replace(stage, out)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return out

"""The accelerator this process trains or generates on: what it is, and refusing to run without one.

* ``gpu_report(index)``: device count, name, memory, driver and CUDA version of GPU ``index``
  (a rank's own device: querying it creates no context on GPU 0);
* ``require_cuda(what)``: with ``CODEM_REQUIRE_CUDA=1`` (the ``gpu`` pool templates set it) a
  machine without CUDA refuses in one line instead of training a 7B model on its CPU in fp32;
* ``describe(report, dtype)``: the line a gpu-stage run logs at its start.

The hardware a pre-flight plans for when it runs on another machine (the ``codem`` flow on the
``cpu`` pool checking what the ``gpu`` pool will do) comes from settings the gpu pool templates
declare: ``CODEM_GPUS_PER_WORKER``, ``CODEM_GPU_MEMORY_GIB`` (and ``CODEM_HOST_MEMORY_GIB``, the
pod's or container's memory limit); see ``codem_core/training/memory.py``.

torch is imported lazily, and ``probe_cuda`` is the one function that reads a device's
properties, so a test can stand in for a GPU without one.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import CodemError

REQUIRE_CUDA_ENV = "CODEM_REQUIRE_CUDA"
GiB = 1024**3


class CudaRequiredError(CodemError):
    """A run that must use a GPU (CODEM_REQUIRE_CUDA) found none."""


@dataclass(frozen=True)
class GpuReport:
    count: int  # GPUs this process may use (CUDA_VISIBLE_DEVICES honoured)
    index: int  # the device described below (the rank's own)
    name: str
    memory: float  # bytes on that device
    driver: str
    cuda: str | None  # the CUDA runtime torch was built with

    def to_dict(self) -> dict:
        return asdict(self)


def _truthy(value: str | None) -> bool:
    return str(value or "").strip().lower() in ("1", "true", "yes", "on")


def cuda_available() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return bool(torch.cuda.is_available())


def probe_cuda(index: int) -> dict:
    """Name and total memory of CUDA device ``index`` (device properties: no context is created on it)."""
    import torch

    props = torch.cuda.get_device_properties(index)
    return {"name": props.name, "memory": float(props.total_memory), "count": torch.cuda.device_count()}


def driver_version() -> str:
    """The NVIDIA driver's version (NVML, else /proc/driver/nvidia/version), or 'unknown'."""
    try:
        import pynvml

        pynvml.nvmlInit()
        try:
            version = pynvml.nvmlSystemGetDriverVersion()
        finally:
            pynvml.nvmlShutdown()
        return version.decode() if isinstance(version, bytes) else str(version)
    except Exception:  # noqa: BLE001 - no NVML: read what the kernel module says
        pass
    proc = Path("/proc/driver/nvidia/version")
    try:
        words = proc.read_text().split()
    except OSError:
        return "unknown"
    # "NVRM version: NVIDIA UNIX x86_64 Kernel Module  550.54.15  Tue Mar  5 ..."
    numbers = [w for w in words if w.count(".") >= 1 and w.replace(".", "").isdigit()]
    return numbers[0] if numbers else "unknown"


def local_rank() -> int:
    return int(os.environ.get("LOCAL_RANK", "0") or 0)


def gpu_report(index: int | None = None) -> GpuReport | None:
    """GPU ``index`` (default: this rank's, LOCAL_RANK) of this machine, or None without CUDA."""
    if not cuda_available():
        return None
    import torch

    index = local_rank() if index is None else index
    facts = probe_cuda(index)
    return GpuReport(facts["count"], index, facts["name"], facts["memory"], driver_version(), torch.version.cuda)


def require_cuda(what: str) -> None:
    """Refuse, in one line, when ``CODEM_REQUIRE_CUDA`` is set and this machine has no usable CUDA."""
    if not _truthy(os.environ.get(REQUIRE_CUDA_ENV)) or cuda_available():
        return
    try:
        import torch

        build = f"torch {torch.__version__}, CUDA build {torch.version.cuda or 'none'}"
    except ImportError:
        build = "torch not installed"
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    raise CudaRequiredError(
        f"{what} needs a GPU ({REQUIRE_CUDA_ENV}=1, set by the gpu pool) but CUDA is not available here "
        f"({build}{f', CUDA_VISIBLE_DEVICES={visible!r}' if visible is not None else ''}): run it on a GPU "
        f"worker with the trainer image, or unset {REQUIRE_CUDA_ENV} to allow the CPU"
    )


def describe(report: GpuReport | None, dtype: str) -> str:
    """One line for the start of a run: device, count, driver and dtype."""
    if report is None:
        return f"device: cpu (no CUDA), dtype {dtype}"
    return (
        f"device: cuda:{report.index} of {report.count} x {report.name} ({report.memory / GiB:.1f} GiB each), "
        f"driver {report.driver}, CUDA {report.cuda}, dtype {dtype}"
    )

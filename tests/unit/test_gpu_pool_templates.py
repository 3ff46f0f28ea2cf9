"""The gpu work pool templates (deployments/work-pools/) agree with the trainer image and the pre-flight:
CUDA required, CODEM_HOME and HF_HOME on volumes at the image's paths, and the machines they declare are
what the codem flow's pre-flight sizes the fine-tunes for."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from codem_prefect.flows.pools import declare_pool_hardware, template_hardware

REPO = Path(__file__).resolve().parents[2]
POOLS = REPO / "deployments" / "work-pools"


def _template(name: str) -> dict:
    return json.loads((POOLS / f"{name}.json").read_text())


def _image_env() -> dict[str, str]:
    text = (REPO / "docker" / "trainer" / "Dockerfile").read_text()
    return dict(re.findall(r"\b(CODEM_HOME|HF_HOME)=(\S+)", text))


def _env_default(template: dict) -> dict:
    return template["variables"]["properties"]["env"]["default"]


@pytest.mark.parametrize("name", ["gpu-kubernetes", "gpu-docker"])
def test_the_gpu_machine_pools_require_cuda(name):
    assert _env_default(_template(name))["CODEM_REQUIRE_CUDA"] == "1"


def test_the_process_pool_runs_on_a_cpu_too_and_says_how_to_require_cuda():
    """The local stack (README, Scaling out) serves the gpu pool from a CPU machine with this template."""
    env = _template("gpu-process")["variables"]["properties"]["env"]
    assert "CODEM_REQUIRE_CUDA" not in env["default"] and "CODEM_REQUIRE_CUDA=1" in env["description"]


def test_the_kubernetes_yaml_and_json_are_the_same_template():
    assert yaml.safe_load((POOLS / "gpu-kubernetes.yaml").read_text()) == _template("gpu-kubernetes")


def test_kubernetes_pods_keep_codem_home_and_hf_home_on_volumes():
    t = _template("gpu-kubernetes")
    pod = t["job_configuration"]["job_manifest"]["spec"]["template"]["spec"]
    mounts = {m["mountPath"]: m["name"] for m in pod["containers"][0]["volumeMounts"]}
    claims = {v["name"]: v.get("persistentVolumeClaim") for v in pod["volumes"]}
    image = _image_env()
    assert set(image) == {"CODEM_HOME", "HF_HOME"}
    for path in image.values():
        assert path in mounts and claims[mounts[path]], (path, mounts)  # a claim outlives the pod
        claim = claims[mounts[path]]["claimName"].strip("{} ")
        assert t["variables"]["properties"][claim]["default"]


def test_docker_containers_keep_codem_home_and_hf_home_on_volumes():
    volumes = _template("gpu-docker")["variables"]["properties"]["volumes"]["default"]
    targets = {v.split(":")[1] for v in volumes}
    assert set(_image_env().values()) <= targets, volumes


def test_the_kubernetes_pool_declares_its_machines_and_the_paper_preset_is_sized_for_them():
    from transformers import GPTBigCodeConfig

    from codem_core.training.memory import MemoryFitError, check_memory_fit, target_hardware
    from codem_core.training.presets import load_preset

    t = _template("gpu-kubernetes")
    declared = template_hardware(t)
    props = t["variables"]["properties"]
    assert declared["CODEM_GPUS_PER_WORKER"] == str(props["gpus"]["default"])
    assert float(declared["CODEM_HOST_MEMORY_GIB"]) == float(props["memory"]["default"].removesuffix("Gi"))
    starcoder_7b = GPTBigCodeConfig(
        vocab_size=49152, n_embd=4096, n_inner=16384, n_layer=42, n_head=32, bos_token_id=0, eos_token_id=0
    )
    one = target_hardware({**declared, "CODEM_GPUS_PER_WORKER": "1"})
    with pytest.raises(
        MemoryFitError, match=r"fits with: \d GPUs \(--nproc \d; a gpu pool with CODEM_GPUS_PER_WORKER=\d\)"
    ):
        check_memory_fit(starcoder_7b, load_preset("paper"), hardware=one)
    eight = target_hardware({**declared, "CODEM_GPUS_PER_WORKER": "8"})
    assert check_memory_fit(starcoder_7b, load_preset("paper"), hardware=eight).world_size == 8


def test_the_pool_read_by_the_flow_is_exported_without_overriding_the_environment(monkeypatch):
    import prefect.client.orchestration as orchestration

    class Client:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def read_work_pool(self, name):
            assert name == "gpu"
            return type("Pool", (), {"base_job_template": _template("gpu-kubernetes")})()

    monkeypatch.setattr(orchestration, "get_client", lambda sync_client=True: Client())
    for name in ("CODEM_GPUS_PER_WORKER", "CODEM_HOST_MEMORY_GIB"):  # recorded, so what the flow sets is undone
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    monkeypatch.setenv("CODEM_GPU_MEMORY_GIB", "141")
    found = declare_pool_hardware("gpu")
    import os

    assert found["CODEM_GPU_MEMORY_GIB"] == "80" and os.environ["CODEM_GPU_MEMORY_GIB"] == "141"
    assert os.environ["CODEM_GPUS_PER_WORKER"] == "1" and os.environ["CODEM_HOST_MEMORY_GIB"] == "64"

    def unreachable(sync_client=True):
        raise OSError("connection refused")

    monkeypatch.setattr(orchestration, "get_client", unreachable)
    assert declare_pool_hardware("gpu") == {}

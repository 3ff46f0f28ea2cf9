"""Which work pool each stage's items go to with dispatch=pools (flows/pools.py): the registry's,
with a run's ``pools`` mapping over it (the execute stage on a docker pool)."""

from __future__ import annotations

import pytest

from codem_core.errors import ConfigError
from codem_core.pipeline.stages import PIPELINE, stage
from codem_prefect.flows.pools import PARENT_POOL, parse_pools, stage_deployment, stage_pools


def test_default_pools_are_the_registrys():
    assert stage_pools() == {s.name: s.pool for s in PIPELINE}
    away = {name for name, pool in stage_pools().items() if pool != PARENT_POOL}
    assert away == {"finetune", "generate"}  # only the GPU stages leave the parent by default


def test_a_mapping_moves_one_stage_and_names_its_deployment():
    pools = stage_pools({"execute": "docker"})
    assert pools["execute"] == "docker"
    assert {k: v for k, v in pools.items() if k != "execute"} == {
        s.name: s.pool for s in PIPELINE if s.name != "execute"
    }
    assert stage_deployment(stage("execute"), pools["execute"]) == "codem-execute/docker"
    assert stage_deployment(stage("finetune")) == "codem-finetune/gpu"
    # a gpu stage kept in the parent's process
    assert stage_pools({"generate": PARENT_POOL})["generate"] == PARENT_POOL


@pytest.mark.parametrize(
    "pools, message",
    [
        ({"exec": "docker"}, "pools: unknown stage 'exec': use some of evolve,"),
        ({"execute": ""}, "pools: execute='' is not a work pool name"),
        ({"execute": "a b"}, "pools: execute='a b' is not a work pool name"),
        ({"execute": 3}, "pools: execute=3 is not a work pool name"),
    ],
)
def test_bad_mapping_is_one_line(pools, message):
    with pytest.raises(ConfigError) as err:
        stage_pools(pools)
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


def test_cli_pairs():
    assert parse_pools(None) is None and parse_pools("") is None
    assert parse_pools("execute=docker") == {"execute": "docker"}
    assert parse_pools(" execute = docker , generate=gpu2 ") == {"execute": "docker", "generate": "gpu2"}
    with pytest.raises(ConfigError, match="stage=pool pairs"):
        parse_pools("execute")
    with pytest.raises(ConfigError, match="unknown stage 'train'"):
        parse_pools("train=gpu")  # the switch, not the stage (finetune)

"""Artifact store on S3: a moto server on 127.0.0.1 (ThreadedMotoServer), buckets made with boto3.

Runs the backend contract of tests/unit/test_storage.py, plus what only S3 has: the one-line
check() errors (no bucket, no credentials, unreachable endpoint), multipart uploads and their
atomicity, and the environment wiring (CODEM_STORE, CODEM_S3_ENDPOINT_URL)."""

from __future__ import annotations

import importlib.util
import os
import socket
import time
import uuid
from pathlib import Path

import pytest

from codem_core.storage import ArtifactStore, StorageError, open_store

pytest.importorskip("moto.server")
boto3 = pytest.importorskip("boto3")
pytest.importorskip("s3fs")

_spec = importlib.util.spec_from_file_location(
    "codem_storage_contract", Path(__file__).parents[1] / "unit" / "test_storage.py"
)
_contract = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_contract)

CREDS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def moto_endpoint():
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


@pytest.fixture()
def s3_env(monkeypatch, moto_endpoint, tmp_path):
    """Environment like a deployment would set it, isolated from any real AWS configuration."""
    for name in (
        "AWS_PROFILE",
        "AWS_SESSION_TOKEN",
        "AWS_ENDPOINT_URL",
        "AWS_ENDPOINT_URL_S3",
        "AWS_REGION",
        "CODEM_STORE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    for k, v in CREDS.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("CODEM_S3_ENDPOINT_URL", moto_endpoint)
    return monkeypatch


@pytest.fixture()
def s3_client(moto_endpoint):
    return boto3.client(
        "s3",
        endpoint_url=moto_endpoint,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        region_name="us-east-1",
    )


@pytest.fixture()
def bucket(s3_client):
    name = f"codem-{uuid.uuid4().hex[:12]}"
    s3_client.create_bucket(Bucket=name)
    return name


class TestS3Contract(_contract.StoreContract):
    @pytest.fixture()
    def store(self, s3_env, bucket):
        return ArtifactStore(f"s3://{bucket}/runs/exp1")  # check() has its own contract test


def test_objects_land_under_the_prefix(s3_env, bucket, s3_client):
    store = open_store(f"s3://{bucket}/runs/exp1")
    store.write_json("executions/codem-go/python.summary.json", {"model": "codem-go"})
    keys = [o["Key"] for o in s3_client.list_objects_v2(Bucket=bucket)["Contents"]]
    assert keys == ["runs/exp1/executions/codem-go/python.summary.json"]
    # a store at the bucket root sees it with the full key
    assert open_store(f"s3://{bucket}").list() == ["runs/exp1/executions/codem-go/python.summary.json"]


def test_codem_store_env_selects_s3(s3_env, bucket):
    s3_env.setenv("CODEM_STORE", f"s3://{bucket}/p")
    store = ArtifactStore()
    assert store.protocol == "s3" and store.endpoint.startswith("http://127.0.0.1:")
    store.check()


def test_options_override_environment(s3_env, bucket, moto_endpoint):
    s3_env.setenv("CODEM_S3_ENDPOINT_URL", "http://127.0.0.1:9")  # wrong, overridden below
    for k in CREDS:
        s3_env.delenv(k)
    store = ArtifactStore(
        f"s3://{bucket}", storage_options={"endpoint_url": moto_endpoint, "key": "testing", "secret": "testing"}
    )
    store.check()
    store.write_text("a.txt", "x")
    assert store.read_text("a.txt") == "x"


def test_check_missing_bucket(s3_env):
    with pytest.raises(StorageError) as info:
        open_store("s3://no-such-bucket-here/x")
    msg = str(info.value)
    assert "bucket 'no-such-bucket-here' does not exist" in msg and "\n" not in msg


def test_check_missing_credentials(s3_env, bucket):
    for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        s3_env.delenv(k)
    with pytest.raises(StorageError) as info:
        ArtifactStore(f"s3://{bucket}").check()
    msg = str(info.value)
    assert msg.startswith("no usable S3 credentials") and "AWS_ACCESS_KEY_ID" in msg and "\n" not in msg


def test_check_unreachable_endpoint_is_fast(s3_env):
    s3_env.setenv("CODEM_S3_ENDPOINT_URL", f"http://127.0.0.1:{_free_port()}")  # nothing listens there
    t0 = time.monotonic()
    with pytest.raises(StorageError) as info:
        ArtifactStore("s3://codem-bucket/x").check()
    assert time.monotonic() - t0 < 10
    msg = str(info.value)
    assert msg.startswith("cannot reach S3 endpoint http://127.0.0.1:") and "\n" not in msg


def test_check_read_only_skips_the_write_probe(s3_env, bucket, s3_client):
    ArtifactStore(f"s3://{bucket}/p").check(write=False)
    assert s3_client.list_objects_v2(Bucket=bucket).get("KeyCount") == 0


def test_large_objects_go_multipart(s3_env, bucket, s3_client, tmp_path):
    store = ArtifactStore(f"s3://{bucket}/m", chunksize=5 * 2**20)  # S3's smallest part size
    data = os.urandom(11 * 2**20 + 123)
    src = tmp_path / "weights.bin"
    src.write_bytes(data)
    store.upload_file(src, "models/python/weights.bin")
    store.write_bytes("models/python/weights2.bin", data)
    for key in ("m/models/python/weights.bin", "m/models/python/weights2.bin"):
        etag = s3_client.head_object(Bucket=bucket, Key=key)["ETag"]
        assert etag.strip('"').endswith("-3"), etag  # 3 parts: a multipart upload
    assert store.read_bytes("models/python/weights.bin") == data
    assert store.download_file("models/python/weights2.bin", tmp_path / "back.bin").read_bytes() == data


def test_failed_multipart_upload_leaves_no_object(s3_env, bucket, s3_client, tmp_path):
    store = ArtifactStore(f"s3://{bucket}", chunksize=5 * 2**20)
    src = tmp_path / "weights.bin"
    src.write_bytes(os.urandom(11 * 2**20))
    fs = store.fs
    real_call = fs._call_s3

    async def failing_call(method, *args, **kwargs):
        if method == "complete_multipart_upload":
            raise ConnectionResetError("connection dropped before the upload completed")
        return await real_call(method, *args, **kwargs)

    fs._call_s3 = failing_call
    with pytest.raises(StorageError, match="cannot write s3://"):
        store.upload_file(src, "models/go/weights.bin")
    fs._call_s3 = real_call
    assert s3_client.list_objects_v2(Bucket=bucket).get("KeyCount") == 0
    assert not s3_client.list_multipart_uploads(Bucket=bucket).get("Uploads")  # aborted, not dangling
    assert not store.exists("models/go/weights.bin")


def test_report_cli_reads_and_publishes_on_s3(s3_env, bucket, tmp_path):
    """codem report: summaries from s3://.../executions, report published to reports/<run>/."""
    import json

    from typer.testing import CliRunner

    from codem_core.cli import app
    from codem_core.storage import execution_summary_key

    store = ArtifactStore(f"s3://{bucket}/exp")
    for model, score in (("base", 20.0), ("codem-python", 30.0), ("codem-go", 25.0)):
        for lang in ("python", "go"):
            store.write_json(execution_summary_key(model, lang), {"pass@1": {lang: score + (lang == "go")}})
    result = CliRunner().invoke(
        app,
        [
            "report",
            "--summaries",
            f"s3://{bucket}/exp/executions",
            "--out",
            str(tmp_path / "out"),
            "--store",
            f"s3://{bucket}/exp",
            "--run",
            "r1",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "30.00 (+10.00)" in result.output
    assert store.is_complete("reports/r1")
    report = json.loads(store.read_text("reports/r1/report.json"))
    assert report["matrix"]["go"]["go"] == 26.0 and report["matrix"]["base"]["python"] == 20.0
    assert f"s3://{bucket}/exp/executions/codem-go/go.summary.json" in store.read_text("reports/r1/report.md")


def test_report_cli_bad_store_fails_before_work(s3_env, tmp_path):
    from typer.testing import CliRunner

    from codem_core.cli import app

    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "base.summary.json").write_text('{"pass@1": {"go": 10}}')
    result = CliRunner().invoke(
        app,
        [
            "report",
            "--summaries",
            str(tmp_path / "s"),
            "--out",
            str(tmp_path / "out"),
            "--store",
            "s3://no-such-bucket-here/x",
            "--run",
            "r1",
        ],
    )
    assert isinstance(result.exception, StorageError) and "does not exist" in str(result.exception)
    assert not (tmp_path / "out").exists()  # nothing was computed or written

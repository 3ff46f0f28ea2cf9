"""The artifact store: one place (a local folder or an S3 prefix) for everything a run produces.

    store = ArtifactStore()                       # $CODEM_STORE, else ./artifacts
    store = ArtifactStore("s3://bucket/codem")    # endpoint/credentials from the environment
    store.check()                                 # one clear CodemError line, before any work
    store.write_json(generations_key("codem-python", "go"), rows)

Layout (keys are relative to the store's root; see docs/storage.md):

    corpora/<corpus>/train.jsonl                  evolved instruction data per corpus
    models/<corpus>/...                           fine-tuned model folder (+ _MANIFEST.json)
    generations/<model>/<lang>.jsonl              samples {task_id, completion, ...}
    executions/<model>/<lang>.results.jsonl       per-sample verdicts (``codem evaluate --out``)
    executions/<model>/<lang>.summary.json        pass@1 summary, tagged with model and corpus
    chunks/<stage>/<item>/<sha>.*                 an item split for fan-out: chunk samples, results (execute.chunks)
    reports/<run>/...                             matrix, correlations, heatmaps, report.md

Model names: ``base`` for the untouched base model, ``codem-<corpus>`` for a fine-tuned one
(:func:`model_name`).

Atomicity: a reader never sees a partial object under its final key.
- local (``file://``): write a temp file in the same folder, fsync, rename (``codem_core.io``).
- S3: an object becomes visible only when its PUT (small) or CompleteMultipartUpload (large,
  above ``2 * chunksize``) succeeds; a failed multipart upload is aborted. Streaming writes
  (:meth:`ArtifactStore.open_write`) are staged in a local temp file and uploaded only when the
  ``with`` block ends without an exception.
- folders (:meth:`ArtifactStore.upload_dir`): files first, then ``_MANIFEST.json`` (names, sizes,
  sha256) last; :meth:`ArtifactStore.is_complete` and :meth:`ArtifactStore.download_dir` trust a
  folder only when its manifest is there and matches.

Heavy imports (s3fs, botocore) happen inside functions so ``codem --help`` stays fast.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import CodemError, DataError
from .io import atomic_open, atomic_write_bytes, dumps, parse_json, parse_jsonl_lines, sha256_file

DEFAULT_STORE = "artifacts"
STORE_ENV = "CODEM_STORE"
ENDPOINT_ENVS = ("CODEM_S3_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL")
MANIFEST = "_MANIFEST.json"
DEFAULT_CHUNKSIZE = 50 * 2**20  # S3 multipart part size; objects above 2x this go multipart

_SEGMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+=@-]*$")
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")


class StorageError(CodemError):
    """The artifact store cannot be used: bad URL, unreachable, no credentials, no bucket."""


class ArtifactNotFoundError(StorageError, FileNotFoundError):
    """No artifact under the requested key (also a FileNotFoundError for callers that catch that)."""


def _one_line(text: Any) -> str:
    return " ".join(str(text).split())


# --------------------------------------------------------------------------- layout


def _segment(value: str, what: str) -> str:
    value = str(value)
    if not _SEGMENT.match(value) or ".." in value:
        raise StorageError(f"bad {what} {value!r} for a store key: use letters, digits and . _ + = @ - (no slashes)")
    return value


def model_name(corpus: str) -> str:
    """The store's model name for a training corpus: ``base`` stays ``base``, else ``codem-<corpus>``."""
    corpus = _segment(corpus, "corpus")
    return corpus if corpus == "base" or corpus.startswith("codem-") else f"codem-{corpus}"


def corpus_key(corpus: str, name: str = "train.jsonl") -> str:
    return f"corpora/{_segment(corpus, 'corpus')}/{_segment(name, 'file name')}"


def model_key(corpus: str) -> str:
    """Folder of the model fine-tuned on ``corpus`` (upload/download with upload_dir/download_dir)."""
    return f"models/{_segment(corpus, 'corpus')}"


def generations_key(model: str, lang: str) -> str:
    return f"generations/{_segment(model, 'model')}/{_segment(lang, 'language')}.jsonl"


def execution_results_key(model: str, lang: str) -> str:
    return f"executions/{_segment(model, 'model')}/{_segment(lang, 'language')}.results.jsonl"


def execution_summary_key(model: str, lang: str) -> str:
    return f"executions/{_segment(model, 'model')}/{_segment(lang, 'language')}.summary.json"


def chunk_key(stage: str, item: str, name: str) -> str:
    """A chunk of one item of a stage split for fan-out (``execute.chunks``): its input or its result, content-named."""
    return f"chunks/{_segment(stage, 'stage')}/{_segment(item, 'item')}/{_segment(name, 'file name')}"


def report_key(run: str, name: str | None = None) -> str:
    base = f"reports/{_segment(run, 'run name')}"
    return f"{base}/{_segment(name, 'file name')}" if name else base


def _check_key(key: str, *, allow_root: bool = False) -> str:
    key = str(key).strip("/")
    if not key:
        if allow_root:
            return ""
        raise StorageError("empty store key")
    parts = key.split("/")
    if "\\" in key or any(p in ("", ".", "..") for p in parts):
        raise StorageError(f"bad store key {key!r}: relative keys like 'models/python/config.json' only")
    return key


# --------------------------------------------------------------------------- options


def s3_options_from_env(env: dict[str, str] | None = None) -> dict[str, Any]:
    """s3fs options from the environment: endpoint (CODEM_S3_ENDPOINT_URL, AWS_ENDPOINT_URL_S3,
    AWS_ENDPOINT_URL) and region (AWS_REGION, AWS_DEFAULT_REGION). Credentials are left to
    botocore's chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, AWS_PROFILE,
    instance roles), unless passed as ``key``/``secret``/``token`` options."""
    env = os.environ if env is None else env
    opts: dict[str, Any] = {}
    for name in ENDPOINT_ENVS:
        if env.get(name):
            opts["endpoint_url"] = env[name]
            break
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if region:
        opts.setdefault("client_kwargs", {})["region_name"] = region
    return opts


def _merge_options(base: dict[str, Any], extra: dict[str, Any] | None) -> dict[str, Any]:
    out = dict(base)
    for k, v in (extra or {}).items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = {**out[k], **v}
        else:
            out[k] = v
    return out


# --------------------------------------------------------------------------- the store


class ArtifactStore:
    """Artifacts under one root: ``file://`` folder (default ./artifacts) or ``s3://bucket/prefix``.

    ``url``: a path, ``file://PATH``, or ``s3://BUCKET[/PREFIX]``; default ``$CODEM_STORE``, else
    ``./artifacts``. ``storage_options``: extra s3fs options (``endpoint_url``, ``key``,
    ``secret``, ``token``, ``client_kwargs``...), merged over those from the environment.
    ``chunksize``: multipart part size for S3 uploads (objects above twice this go multipart).
    """

    def __init__(
        self,
        url: str | os.PathLike | None = None,
        *,
        storage_options: dict[str, Any] | None = None,
        chunksize: int = DEFAULT_CHUNKSIZE,
    ) -> None:
        raw = str(url) if url is not None else (os.environ.get(STORE_ENV) or DEFAULT_STORE)
        raw = raw.strip()
        if not raw:
            raise StorageError("empty artifact store URL: set CODEM_STORE to a folder or s3://bucket/prefix")
        scheme, sep, rest = raw.partition("://")
        if not sep:
            scheme, rest = "file", raw
        scheme = scheme.lower()
        self.chunksize = int(chunksize)
        if scheme in ("file", "local"):
            self.protocol = "file"
            self.bucket = ""
            self.root = str(Path(rest).expanduser().absolute())
            self.storage_options = dict(storage_options or {})
            self.url = f"file://{self.root}"
        elif scheme in ("s3", "s3a"):
            self.protocol = "s3"
            bucket, _, prefix = rest.partition("/")
            if not _BUCKET.match(bucket or ""):
                raise StorageError(f"bad S3 bucket name {bucket!r} in {raw!r}: expected s3://bucket[/prefix]")
            self.bucket = bucket
            prefix = prefix.strip("/")
            if prefix:
                _check_key(prefix)
            self.root = f"{bucket}/{prefix}" if prefix else bucket
            self.storage_options = _merge_options(s3_options_from_env(), storage_options)
            self.url = f"s3://{self.root}"
        else:
            raise StorageError(f"unsupported artifact store {raw!r}: use a folder, file://PATH or s3://bucket/prefix")
        self._fs = None

    def __repr__(self) -> str:
        return f"ArtifactStore({self.url!r})"

    @property
    def is_local(self) -> bool:
        return self.protocol == "file"

    @property
    def endpoint(self) -> str:
        if self.is_local:
            return ""
        return (
            self.storage_options.get("endpoint_url")
            or self.storage_options.get("client_kwargs", {}).get("endpoint_url")
            or "AWS default endpoint"
        )

    # ---- fsspec access

    @property
    def fs(self):
        """The fsspec filesystem (created on first use)."""
        if self._fs is None:
            if self.is_local:
                from fsspec.implementations.local import LocalFileSystem

                self._fs = LocalFileSystem()
            else:
                self._fs = self._make_s3fs()
        return self._fs

    def _make_s3fs(self, **extra: Any):
        try:
            import s3fs
        except ImportError:  # pragma: no cover - s3fs is a dependency
            raise StorageError("s3:// stores need the s3fs package: pip install s3fs") from None
        # Own instance per store (fsspec would share one per option set, with its credentials).
        opts = _merge_options({"skip_instance_cache": True, **self.storage_options}, extra)
        return s3fs.S3FileSystem(**opts)

    def path(self, key: str = "") -> str:
        """The fsspec path of ``key`` (no scheme): '/abs/dir/key' or 'bucket/prefix/key'."""
        key = _check_key(key, allow_root=True)
        return f"{self.root}/{key}" if key else self.root

    def url_for(self, key: str = "") -> str:
        return f"{self.protocol}://{self.path(key)}"

    def local_path(self, key: str = "") -> Path | None:
        """The local file path of ``key`` for a file store (None for S3)."""
        return Path(self.path(key)) if self.is_local else None

    # ---- health check

    def check(self, *, write: bool = True) -> None:
        """Fail with one clear StorageError line unless the store is reachable (and writable).

        Local: the root folder can be created and a probe file written and removed.
        S3: credentials exist, the endpoint answers, the bucket exists and is readable, and
        (``write=True``) a probe object can be written and deleted under the prefix.
        """
        if self.is_local:
            self._check_local(write)
        else:
            self._check_s3(write)

    def _check_local(self, write: bool) -> None:
        root = Path(self.root)
        try:
            if root.exists() and not root.is_dir():
                raise StorageError(f"artifact store {self.url} is not a folder")
            if write:
                root.mkdir(parents=True, exist_ok=True)
                fd, probe = tempfile.mkstemp(prefix=".codem-check-", dir=root)
                os.close(fd)
                os.unlink(probe)
            elif not root.is_dir():
                raise StorageError(f"artifact store {self.url} does not exist")
        except StorageError:
            raise
        except OSError as exc:
            raise StorageError(f"artifact store {self.url} is not writable: {exc.strerror or exc}") from None

    def _check_s3(self, write: bool) -> None:
        from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError, PartialCredentialsError
        from fsspec.asyn import sync

        # A separate client that fails fast: one attempt, short timeouts.
        fs = self._make_s3fs(config_kwargs={"connect_timeout": 5, "read_timeout": 15, "retries": {"max_attempts": 1}})
        where = f"s3://{self.bucket} at {self.endpoint}"
        prefix = self.root.partition("/")[2]
        probe_key = f"{prefix}/.codem-check-{uuid.uuid4().hex}" if prefix else f".codem-check-{uuid.uuid4().hex}"
        step = "connect"
        try:
            s3 = fs.connect()
            step = "head_bucket"
            sync(fs.loop, s3.head_bucket, Bucket=self.bucket)
            step = "list"
            sync(fs.loop, s3.list_objects_v2, Bucket=self.bucket, Prefix=prefix, MaxKeys=1)
            if write:
                step = "write"
                sync(fs.loop, s3.put_object, Bucket=self.bucket, Key=probe_key, Body=b"codem store check\n")
                step = "delete"
                sync(fs.loop, s3.delete_object, Bucket=self.bucket, Key=probe_key)
        except (NoCredentialsError, PartialCredentialsError) as exc:
            raise StorageError(
                f"no usable S3 credentials for {where} ({_one_line(exc)}): set AWS_ACCESS_KEY_ID and "
                "AWS_SECRET_ACCESS_KEY (or AWS_PROFILE), or pass key/secret storage options"
            ) from None
        except ClientError as exc:
            err = exc.response.get("Error", {})
            code = str(err.get("Code") or exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or "?")
            if code in ("404", "NoSuchBucket"):
                raise StorageError(
                    f"S3 bucket {self.bucket!r} does not exist at {self.endpoint}: create it first"
                ) from None
            if code in (
                "InvalidAccessKeyId",
                "SignatureDoesNotMatch",
                "InvalidToken",
                "ExpiredToken",
                "TokenRefreshRequired",
            ):
                raise StorageError(
                    f"S3 credentials rejected by {where} ({code}): check AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY"
                ) from None
            if code in ("403", "AccessDenied", "Forbidden", "AllAccessDisabled"):
                action = {"write": "write to", "delete": "delete from", "list": "list"}.get(step, "read")
                raise StorageError(f"access denied: these S3 credentials cannot {action} {self.url} ({code})") from None
            raise StorageError(
                f"S3 check of {self.url} failed at {step}: {code} {_one_line(err.get('Message', ''))}".rstrip()
            ) from None
        except (BotoCoreError, OSError) as exc:
            # EndpointConnectionError, ConnectTimeoutError, bad endpoint URL, DNS failure...
            raise StorageError(f"cannot reach S3 endpoint {self.endpoint} for {self.url}: {_one_line(exc)}") from None
        except ValueError as exc:  # e.g. an endpoint URL botocore cannot parse
            raise StorageError(f"bad S3 settings for {self.url}: {_one_line(exc)}") from None
        finally:
            with contextlib.suppress(Exception):
                fs.close_session(fs.loop, fs._s3creator)

    # ---- errors during use

    @contextlib.contextmanager
    def _errors(self, key: str, action: str) -> Iterator[None]:
        if self._fs is not None and not self.is_local:
            self._fs.invalidate_cache()  # another process may have written since we last listed
        try:
            yield
        except StorageError:
            raise
        except FileNotFoundError:
            raise ArtifactNotFoundError(f"no artifact {key!r} in {self.url}") from None
        except PermissionError as exc:
            raise StorageError(f"cannot {action} {self.url_for(key)}: permission denied ({_one_line(exc)})") from None
        except Exception as exc:
            mod = type(exc).__module__ or ""
            if mod.startswith(("botocore", "aiobotocore", "aiohttp")) or isinstance(exc, OSError):
                raise StorageError(
                    f"cannot {action} {self.url_for(key)}: {type(exc).__name__}: {_one_line(exc)}"
                ) from None
            raise

    # ---- single objects

    def exists(self, key: str) -> bool:
        key = _check_key(key)
        with self._errors(key, "look up"):
            return bool(self.fs.exists(self.path(key)))

    def isdir(self, key: str) -> bool:
        key = _check_key(key)
        with self._errors(key, "look up"):
            return bool(self.fs.isdir(self.path(key)))

    def size(self, key: str) -> int:
        key = _check_key(key)
        with self._errors(key, "stat"):
            return int(self.fs.size(self.path(key)))

    def read_bytes(self, key: str) -> bytes:
        key = _check_key(key)
        with self._errors(key, "read"):
            if self.fs.isdir(self.path(key)):
                raise ArtifactNotFoundError(f"{key!r} in {self.url} is a folder, not an artifact")
            return self.fs.cat_file(self.path(key))

    def read_text(self, key: str) -> str:
        return self.read_bytes(key).decode("utf-8")

    def read_json(self, key: str) -> Any:
        try:
            return parse_json(self.read_bytes(key), self.url_for(key))  # the text policy: docs/text.md
        except DataError as exc:
            raise StorageError(str(exc)) from None

    def read_jsonl(self, key: str) -> list[dict]:
        try:
            return [row for _, row in parse_jsonl_lines(self.read_bytes(key).splitlines(), self.url_for(key))]
        except DataError as exc:
            raise StorageError(str(exc)) from None

    def write_bytes(self, key: str, data: bytes) -> str:
        """Write ``data`` under ``key`` atomically; returns the artifact's URL."""
        key = _check_key(key)
        with self._errors(key, "write"):
            if self.is_local:
                atomic_write_bytes(self.path(key), data)
            else:
                self.fs.pipe_file(self.path(key), bytes(data), chunksize=self.chunksize)
        return self.url_for(key)

    def write_text(self, key: str, text: str) -> str:
        return self.write_bytes(key, text.encode("utf-8"))

    def write_json(self, key: str, obj: Any) -> str:
        return self.write_text(key, dumps(obj, indent=2, default=str) + "\n")

    def write_jsonl(self, key: str, rows: Iterable[dict]) -> str:
        with self.open_write(key, "w") as fh:
            for row in rows:
                fh.write(dumps(row) + "\n")
        return self.url_for(key)

    @contextlib.contextmanager
    def open_write(self, key: str, mode: str = "wb") -> Iterator[Any]:
        """A file handle whose content appears under ``key`` only if the block ends without error.

        Local: temp file + fsync + rename. S3: staged in a local temp file, then one PUT (or a
        multipart upload for large files, completed only at the end)."""
        if mode not in ("w", "wb"):
            raise ValueError("open_write mode must be 'w' or 'wb'")
        key = _check_key(key)
        if self.is_local:
            # Store errors (cannot create, cannot rename) become StorageError; the caller's own
            # exceptions inside the block pass through unchanged, and the temp file goes.
            cm = atomic_open(self.path(key), mode)
            with self._errors(key, "write"):
                fh = cm.__enter__()
            try:
                yield fh
            except BaseException:
                cm.__exit__(*sys.exc_info())
                raise
            with self._errors(key, "write"):
                cm.__exit__(None, None, None)
            return
        fd, tmp = tempfile.mkstemp(prefix="codem-upload-", suffix=".tmp")
        try:
            with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as fh:
                yield fh
            self.upload_file(tmp, key)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)

    def upload_file(self, local: str | os.PathLike, key: str) -> str:
        """Copy a local file to ``key`` atomically (S3: multipart above 2 x chunksize)."""
        key = _check_key(key)
        local = Path(local)
        if not local.is_file():
            raise StorageError(f"cannot upload {local}: no such file")
        with self._errors(key, "write"):
            if self.is_local:
                dest = Path(self.path(key))
                with atomic_open(dest, "wb") as out, open(local, "rb") as src:
                    shutil.copyfileobj(src, out, 1 << 20)
            else:
                self.fs.put_file(str(local), self.path(key), chunksize=self.chunksize)
        return self.url_for(key)

    def download_file(self, key: str, local: str | os.PathLike) -> Path:
        """Copy ``key`` to a local file (temp + rename: never a partial file at ``local``)."""
        key = _check_key(key)
        local = Path(local)
        local.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{local.name}.", suffix=".part", dir=local.parent)
        os.close(fd)
        try:
            with self._errors(key, "read"):
                if self.fs.isdir(self.path(key)):
                    raise ArtifactNotFoundError(f"{key!r} in {self.url} is a folder, not an artifact")
                self.fs.get_file(self.path(key), tmp)
            os.replace(tmp, local)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        return local

    def delete(self, key: str, *, recursive: bool = False) -> None:
        """Remove ``key`` (a folder and all below it with ``recursive=True``); missing is fine."""
        key = _check_key(key)
        with self._errors(key, "delete"):
            path = self.path(key)
            if not self.fs.exists(path):
                return
            if self.fs.isdir(path):
                if not recursive:
                    raise StorageError(f"{self.url_for(key)} is a folder: pass recursive=True to delete it")
                self.fs.rm(path, recursive=True)
            else:
                self.fs.rm_file(path)

    # ---- listing

    def list(self, prefix: str = "", *, recursive: bool = True) -> list[str]:
        """Keys (files only, relative to the root, sorted) under ``prefix``; [] when none.

        ``recursive=False`` lists only the files directly under ``prefix``. Temp files of
        in-flight local writes (``.<name>.*.tmp``) are not listed."""
        prefix = _check_key(prefix, allow_root=True)
        base = self.path(prefix)
        with self._errors(prefix or ".", "list"):
            if not self.fs.exists(base) or not self.fs.isdir(base):
                return []
            if recursive:
                paths = self.fs.find(base)
            else:
                paths = [e["name"] for e in self.fs.ls(base, detail=True) if e.get("type") == "file"]
        root = self.root.rstrip("/") + "/"
        keys = []
        for p in paths:
            p = str(p)
            if self.is_local:
                p = Path(p).as_posix()
            rel = p[len(root) :] if p.startswith(root) else p
            name = rel.rsplit("/", 1)[-1]
            if name.startswith(".") and name.endswith((".tmp", ".part")):
                continue
            keys.append(rel)
        return sorted(keys)

    def list_dirs(self, prefix: str = "") -> list[str]:
        """Names of the sub-folders directly under ``prefix`` (e.g. the models under 'generations')."""
        prefix = _check_key(prefix, allow_root=True)
        base = self.path(prefix)
        with self._errors(prefix or ".", "list"):
            if not self.fs.exists(base) or not self.fs.isdir(base):
                return []
            entries = self.fs.ls(base, detail=True)
        return sorted(str(e["name"]).rstrip("/").rsplit("/", 1)[-1] for e in entries if e.get("type") == "directory")

    # ---- folders (model dirs)

    def upload_dir(self, local_dir: str | os.PathLike, prefix: str, *, replace: bool = True) -> dict[str, Any]:
        """Upload every file under ``local_dir`` to ``prefix``/..., then ``_MANIFEST.json`` last.

        ``replace=True`` first removes what ``prefix`` held (old files would otherwise linger
        next to the new ones). Returns the manifest ({"files": {relpath: {size, sha256}}})."""
        prefix = _check_key(prefix)
        local_dir = Path(local_dir)
        if not local_dir.is_dir():
            raise StorageError(f"cannot upload {local_dir}: not a folder")
        files = sorted(p for p in local_dir.rglob("*") if p.is_file())
        manifest: dict[str, Any] = {"files": {}}
        for p in files:
            rel = p.relative_to(local_dir).as_posix()
            if rel == MANIFEST:
                continue
            manifest["files"][rel] = {"size": p.stat().st_size, "sha256": sha256_file(p)}
        if replace:
            self.delete(prefix, recursive=True)
        else:
            self.delete(f"{prefix}/{MANIFEST}")  # the folder is incomplete until the new manifest lands
        for rel in manifest["files"]:
            self.upload_file(local_dir / rel, f"{prefix}/{rel}")
        self.write_json(f"{prefix}/{MANIFEST}", manifest)
        return manifest

    def manifest(self, prefix: str) -> dict[str, Any] | None:
        prefix = _check_key(prefix)
        try:
            data = self.read_json(f"{prefix}/{MANIFEST}")
        except ArtifactNotFoundError:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
            raise StorageError(f"{self.url_for(prefix + '/' + MANIFEST)}: malformed manifest")
        return data

    def is_complete(self, prefix: str) -> bool:
        """True when the folder's manifest exists and every listed file is there with its size."""
        data = self.manifest(prefix)
        if data is None:
            return False
        for rel, meta in data["files"].items():
            key = f"{prefix.strip('/')}/{rel}"
            if not self.exists(key) or self.size(key) != int(meta.get("size", -1)):
                return False
        return True

    def download_dir(self, prefix: str, local_dir: str | os.PathLike, *, require_complete: bool = True) -> Path:
        """Download ``prefix`` into ``local_dir`` (replaced as a whole: staged beside it, renamed).

        With ``require_complete`` (default) the folder must have its manifest, and every file's
        size and sha256 is verified after download."""
        prefix = _check_key(prefix)
        local_dir = Path(local_dir)
        data = self.manifest(prefix)
        if data is None:
            if require_complete:
                if not self.list(prefix):
                    raise ArtifactNotFoundError(f"no folder {prefix!r} in {self.url}")
                raise StorageError(f"{self.url_for(prefix)} is incomplete (no {MANIFEST}): its upload did not finish")
            rels = [k[len(prefix) + 1 :] for k in self.list(prefix)]
            if not rels:
                raise ArtifactNotFoundError(f"no folder {prefix!r} in {self.url}")
        else:
            rels = list(data["files"])
        local_dir.parent.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=f".{local_dir.name}.", suffix=".part", dir=local_dir.parent))
        try:
            for rel in rels:
                _check_key(rel)
                dest = stage / rel
                self.download_file(f"{prefix}/{rel}", dest)
                if data is not None:
                    meta = data["files"][rel]
                    if dest.stat().st_size != meta.get("size") or sha256_file(dest) != meta.get("sha256"):
                        raise StorageError(
                            f"{self.url_for(prefix + '/' + rel)} does not match its manifest (changed during download?)"
                        )
            if data is not None:
                (stage / MANIFEST).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
            old = None
            if local_dir.exists():
                old = local_dir.with_name(f".{local_dir.name}.old-{uuid.uuid4().hex[:8]}")
                os.replace(local_dir, old)
            os.replace(stage, local_dir)
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        finally:
            if stage.exists():
                shutil.rmtree(stage, ignore_errors=True)
        return local_dir


def open_store(
    url: str | os.PathLike | None = None,
    *,
    check: bool = True,
    write: bool = True,
    storage_options: dict[str, Any] | None = None,
) -> ArtifactStore:
    """An ArtifactStore, checked (one clear error line) before it is handed out."""
    store = ArtifactStore(url, storage_options=storage_options)
    if check:
        store.check(write=write)
    return store

"""Build-time check of the trainer image: torch's CUDA is the base image's (major.minor), or none
at all in the cpu variant; the pinned libraries import. Fails the build otherwise."""

import os
import sys

import deepspeed
import torch
import transformers

assert sys.version_info >= (3, 11), f"the pinned libraries need Python >= 3.11, not {sys.version}"
want = os.environ.get("CUDA_VERSION", "")  # set by the nvidia/cuda base images, e.g. 13.0.2
have = torch.version.cuda
if os.environ.get("CODEM_VARIANT") == "cpu":
    assert have is None, f"the cpu variant got a CUDA build of torch ({torch.__version__}, CUDA {have})"
else:
    assert want, "the cuda variant needs an nvidia/cuda base image (CUDA_VERSION is unset)"
    assert have and have.split(".")[:2] == want.split(".")[:2], (
        f"torch {torch.__version__} is built for CUDA {have}, the base image has CUDA {want}"
    )
print(
    "python",
    sys.version.split()[0],
    "torch",
    torch.__version__,
    "cuda",
    have,
    "base cuda",
    want or "none",
    "deepspeed",
    deepspeed.__version__,
    "transformers",
    transformers.__version__,
)

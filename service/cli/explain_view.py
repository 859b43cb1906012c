"""`search --explain` in the terminal: each result's scores and their shares of the fused score."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table


def _number(value) -> str:
    return "—" if value is None else f"{value:.3f}"


def print_explanation(console: Console, explanation: dict) -> None:
    weights = explanation["weights"]
    filters = ", ".join(f"{k}={v}" for k, v in explanation["filters"].items()) or "none"
    from_query = ", ".join(explanation["filters_from_query"]) or "none"
    console.print(
        f"mode {explanation['mode']}"
        + (f", fusion {explanation['fusion']}" if explanation["fusion"] else "")
        + f"; weights dense {weights['dense']}, lexical {weights['lexical']}, bigram {weights['bigram']}"
        + f"; filters: {filters} (from the query's words: {from_query})",
        markup=False,
    )
    console.print(f"query terms: {' '.join(explanation['query_terms']) or 'none'}", markup=False)
    table = Table(
        "#", "passage", "score", "dense", "bm25", "bigram", "= dense + bm25 + bigram", "×boost", "matched"
    )
    for result in explanation["results"]:
        parts = result["contributions"]
        shares = " + ".join(f"{name} {_number(value)}" for name, value in parts.items() if value is not None)
        table.add_row(
            str(result["rank"]),
            result["passage_id"],
            f"{result['score']:.3f}",
            _number(result["dense"]),
            _number(result["bm25"]),
            _number(result["bigram"]),
            shares or "—",
            f"{result['section_boost']:g}",
            " ".join(result["matched_terms"]) or "—",
        )
    console.print(table)

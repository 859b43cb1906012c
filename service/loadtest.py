"""A bounded HTTP load run against /search and /ask: N requests from C concurrent clients, then it stops."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections import Counter
from dataclasses import dataclass

# Queries written for load runs (not taken from any eval set): keywords, questions, filters.
QUERIES = (
    "行刑衔接 移送案件",
    "执法记录仪",
    "危险化学品 安全许可",
    "各区怎样开展普法宣传？",
    "规范性文件 合法性审查",
    "应急预案 演练",
    "法律顾问",
    "安全生产举报 奖励",
    "行政复议 应诉",
    "森林防火",
    "营商环境 信用修复",
    "第一责任人 述法",
)
# Every ASK_EVERY-th request asks a question instead: the chatbot's call, slower than a search.
ASK_EVERY = 4
QUESTIONS = (
    "北碚区怎样化解行政争议？",
    "哪些区聘请了法律顾问？",
    "普陀区的执法人员配了什么装备？",
    "各区如何开展安全生产普法？",
)


@dataclass(frozen=True)
class LoadResult:
    requests: int
    concurrency: int
    seconds: float
    statuses: dict[int, int]
    errors: int  # transport errors: refused, reset, timed out
    p50_ms: float
    p99_ms: float
    by_endpoint: dict[str, dict] | None = None  # "/search", "/ask": requests, p50_ms, p99_ms

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def server_errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status >= 500)

    def to_dict(self) -> dict:
        return {
            "requests": self.requests,
            "concurrency": self.concurrency,
            "seconds": round(self.seconds, 2),
            "throughput_rps": round(self.throughput, 1),
            "p50_ms": round(self.p50_ms, 1),
            "p99_ms": round(self.p99_ms, 1),
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
            "transport_errors": self.errors,
            "by_endpoint": self.by_endpoint or {},
        }


def run_load(
    base_url: str, requests: int = 2000, concurrency: int = 16, timeout_s: float = 30.0
) -> LoadResult:
    return asyncio.run(_run(base_url.rstrip("/"), requests, concurrency, timeout_s))


async def _run(base_url: str, requests: int, concurrency: int, timeout_s: float) -> LoadResult:
    import httpx

    latencies: dict[str, list[float]] = {"/search": [], "/ask": []}
    statuses: Counter[int] = Counter()
    errors = 0
    counter = iter(range(requests))

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal errors
        for i in counter:
            endpoint = "/ask" if i % ASK_EVERY == ASK_EVERY - 1 else "/search"
            params = {"q": QUERIES[i % len(QUERIES)], "k": 10}
            if i % 5 == 4:
                params["mode"] = ("bm25", "dense")[i % 2]
            started = time.perf_counter()
            try:
                if endpoint == "/ask":
                    question = QUESTIONS[(i // ASK_EVERY) % len(QUESTIONS)]
                    response = await http.post(f"{base_url}/ask", json={"query": question})
                else:
                    response = await http.get(f"{base_url}/search", params=params)
                statuses[response.status_code] += 1
            except httpx.HTTPError:
                errors += 1
            latencies[endpoint].append((time.perf_counter() - started) * 1000)

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=timeout_s, limits=limits) as http:
        await asyncio.gather(*(client(http) for _ in range(concurrency)))
    seconds = time.perf_counter() - started
    every = [ms for values in latencies.values() for ms in values]
    by_endpoint = {
        name: {"requests": len(values), "p50_ms": round(_median(values), 1), "p99_ms": round(_p99(values), 1)}
        for name, values in latencies.items()
        if values
    }
    return LoadResult(
        requests, concurrency, seconds, dict(statuses), errors, _median(every), _p99(every), by_endpoint
    )


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] if ordered else 0.0

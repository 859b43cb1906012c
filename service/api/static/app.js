// The search page. Every piece of report or query text is inserted with textContent, never
// as HTML, so a query like <img src=x onerror=alert(1)> shows as text.
"use strict";

// $, el, exportBar: shared.js, loaded first.

// A server started with API keys answers 401 until the user enters one; it is kept in
// localStorage, so the page asks once per browser.
const KEY_STORE = "reportsearch-api-key";
let keyPrompt = null;

function askForKey(message) {
  // Calls refused at the same time (filters, search) share one prompt.
  keyPrompt ??= new Promise((resolve) => {
    $("key-message").textContent = message;
    $("key-form").hidden = false;
    $("key").focus();
    $("key-form").addEventListener(
      "submit",
      (event) => {
        event.preventDefault();
        localStorage.setItem(KEY_STORE, $("key").value.trim());
        $("key-form").hidden = true;
        keyPrompt = null;
        resolve();
      },
      { once: true },
    );
  });
  return keyPrompt;
}

async function request(path, options = {}) {
  for (;;) {
    const key = localStorage.getItem(KEY_STORE);
    const headers = { Accept: "application/json", "Content-Type": "application/json", ...options.headers };
    if (key) headers.Authorization = `Bearer ${key}`;
    const response = await fetch(path, { ...options, headers });
    if (response.status !== 401) return response;
    const refusal = await response.json().catch(() => ({}));
    await askForKey(`${refusal.error || "需要访问密钥"} 请输入访问密钥：`);
  }
}

async function failure(response) {
  const data = await response.json().catch(() => ({}));
  return new Error(data.error || `HTTP ${response.status}`);
}

async function api(path, options = {}) {
  const response = await request(path, options);
  if (!response.ok) throw await failure(response);
  return response.json();
}

// Server-Sent Events of a fetch response (EventSource cannot POST or send a key).
async function* serverEvents(response) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let name = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) name = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length) yield [name, JSON.parse(data.join("\n"))];
    }
  }
}

function highlighted(text, spans) {
  const node = el("p", { className: "passage" });
  let position = 0;
  for (const [start, end] of spans || []) {
    if (start > position) node.append(document.createTextNode(text.slice(position, start)));
    node.append(el("mark", {}, text.slice(start, end)));
    position = end;
  }
  node.append(document.createTextNode(text.slice(position)));
  return node;
}

function place(hit) {
  const path = (hit.section_path || []).join(" › ") || "开头";
  return `${hit.district || "未具名区"} · ${hit.year || "年份不详"} · ${path}`;
}

function reportLink(hit) {
  // start/end mark exactly what is cited: the sentence of an answer, the passage of a result.
  const query = new URLSearchParams({ passage: hit.passage_id, start: hit.start, end: hit.end });
  return el("a", { href: `/reports/${encodeURIComponent(hit.report_id)}?${query}` }, "在报告中查看");
}

function number(value) {
  return value === null || value === undefined ? "—" : value.toFixed(3);
}

// The hit test: what the passage scored on each list and what each added to its score.
function explanation(hit) {
  const e = hit.explain;
  const parts = Object.entries(e.contributions)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `${name} ${number(value)}`)
    .join(" + ");
  return el(
    "div",
    { className: "explain" },
    el("div", {}, `语义 dense ${number(e.dense)} · 关键词 BM25 ${number(e.bm25)} · 字二元 bigram ${number(e.bigram)}`),
    el("div", {}, `得分 ${number(hit.score)} = ${parts}${e.section_boost > 1 ? `（章节加权 ×${e.section_boost}）` : ""}`),
    el("div", {}, `命中词：${e.matched_terms.join(" ") || "无"} · 命中字二元 ${e.matched_bigrams} 个`),
  );
}

function explainSummary(e) {
  const filters = Object.entries(e.filters).map(([name, value]) => `${name}=${value}`).join("，") || "无";
  const fromQuery = Object.keys(e.filters_from_query).join("，");
  return `评分明细：${e.mode}${e.fusion ? `/${e.fusion}` : ""} · 过滤条件：${filters}${fromQuery ? `（${fromQuery} 取自查询词）` : ""} · 查询词：${e.query_terms.join(" ")}`;
}

function resultItem(hit) {
  const similarBox = el("div", { className: "similar", hidden: "" });
  const similarButton = el("button", { type: "button", className: "link similar-button" }, "其他区的类似做法");
  similarButton.addEventListener("click", () => showSimilar(hit, similarBox));
  return el(
    "li",
    { className: "result", "data-passage-id": hit.passage_id },
    el("div", { className: "meta" }, place(hit), `  〔${hit.source} ${hit.start}–${hit.end}〕`),
    highlighted(hit.text, hit.highlights),
    ...(hit.explain ? [explanation(hit)] : []),
    el("div", { className: "actions" }, reportLink(hit), similarButton),
    similarBox,
  );
}

async function showSimilar(hit, box) {
  box.hidden = false;
  box.replaceChildren(el("p", { className: "status" }, "查找中…"));
  try {
    const data = await api(`/passages/${encodeURIComponent(hit.passage_id)}/similar?k=5`);
    const list = el("ol", { className: "similar-list" });
    for (const other of data.results) {
      list.append(el("li", {}, el("div", { className: "meta" }, place(other)), el("div", {}, other.text), reportLink(other)));
    }
    box.replaceChildren(el("strong", {}, "其他区的类似做法"), list);
  } catch (error) {
    box.replaceChildren(el("p", { className: "error" }, error.message));
  }
}

// Exports go through request(), so they carry the key like every other call.
const fetchExport = (path) => request(path, { headers: { Accept: "*/*" } });

// -- the page's state lives in the URL: ?q=…&mode=…&district=…&year=… and ?ask=… ----------
function pushState(changes) {
  const params = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  history.pushState(null, "", `?${params}`);
}

async function restoreFromUrl() {
  const params = new URLSearchParams(location.search);
  $("q").value = params.get("q") || "";
  $("mode").value = params.get("mode") || "hybrid";
  $("district").value = params.get("district") || "";
  $("year").value = params.get("year") || "";
  $("question").value = params.get("ask") || "";
  if (params.get("q")) await doSearch();
  if (params.get("ask")) await doAsk();
}

async function runSearch(event) {
  event.preventDefault();
  pushState({ q: $("q").value.trim(), mode: $("mode").value === "hybrid" ? "" : $("mode").value, district: $("district").value, year: $("year").value });
  await doSearch();
}

async function doSearch() {
  $("search-exports").hidden = true;
  const params = new URLSearchParams({ q: $("q").value, mode: $("mode").value, k: "10", highlight: "true" });
  if ($("district").value) params.set("district", $("district").value);
  if ($("year").value) params.set("year", $("year").value);
  if ($("explain").checked) params.set("explain", "true");
  $("search-status").textContent = "检索中…";
  $("explain-summary").textContent = "";
  $("results").replaceChildren();
  try {
    const data = await api(`/search?${params}`);
    $("search-status").textContent = data.results.length ? `「${data.query}」共 ${data.results.length} 条结果` : `没有与「${data.query}」相关的段落`;
    if (data.explain) $("explain-summary").textContent = explainSummary(data.explain);
    $("results").replaceChildren(...data.results.map(resultItem));
    if (data.results.length) {
      const shown = Object.fromEntries([...params].filter(([key]) => !["highlight", "explain"].includes(key)));
      exportBar($("search-exports"), "/export/search", shown, $("search-status"), fetchExport);
    }
  } catch (error) {
    $("search-status").textContent = "";
    $("search-status").append(el("span", { className: "error" }, error.message));
  }
}

function citationItems(citations) {
  return citations.map((c, i) => el("li", { className: "citation", value: String(i + 1) }, `${place(c)}  `, reportLink(c)));
}

function showAnswer(data) {
  $("ask-status").textContent = data.answered ? (data.mode === "generated" ? "生成式回答" : "摘自报告原文的回答") : "报告中没有找到答案";
  $("answer-notice").textContent = data.notice || "";
  $("answer-notice").hidden = !data.notice;
  $("answer-text").textContent = data.answer;
  const items = citationItems(data.citations);
  if (!data.answered) {
    for (const hit of data.closest || []) items.push(el("li", {}, `${place(hit)}：${hit.text.slice(0, 80)}…  `, reportLink(hit)));
  }
  $("citations").replaceChildren(...items);
  $("answer").hidden = false;
  exportBar($("answer-exports"), "/export/ask", { q: data.query }, $("ask-status"), fetchExport);
}

// The answer streams: citations first, then its text as it comes, then the full answer,
// which replaces what was shown (a generated answer keeps only the sources it cited).
async function runAsk(event) {
  event.preventDefault();
  pushState({ ask: $("question").value.trim() });
  await doAsk();
}

async function doAsk() {
  $("answer-exports").hidden = true;
  $("ask-status").textContent = "思考中…";
  $("answer").hidden = true;
  $("answer-notice").hidden = true;
  $("answer-text").textContent = "";
  try {
    const body = JSON.stringify({ query: $("question").value, stream: true });
    const response = await request("/ask", { method: "POST", body, headers: { Accept: "text/event-stream" } });
    if (!response.ok) throw await failure(response);
    for await (const [name, data] of serverEvents(response)) {
      if (name === "citations") {
        $("citations").replaceChildren(...citationItems(data.citations));
        $("ask-status").textContent = "回答中…";
        $("answer").hidden = false;
      } else if (name === "text") {
        $("answer-text").append(document.createTextNode(data.text));
      } else if (name === "answer") {
        showAnswer(data);
      }
    }
  } catch (error) {
    $("ask-status").textContent = "";
    $("ask-status").append(el("span", { className: "error" }, error.message));
  }
}

async function loadFilters() {
  try {
    const [districts, reports] = await Promise.all([api("/districts"), api("/reports")]);
    for (const d of districts.districts) if (d.district) $("district").append(el("option", { value: d.district }, d.district));
    const years = [...new Set(reports.map((r) => r.year).filter(Boolean))].sort();
    for (const y of years) $("year").append(el("option", { value: String(y) }, String(y)));
  } catch (error) {
    $("search-status").append(el("span", { className: "error" }, error.message));
  }
}

$("search-form").addEventListener("submit", runSearch);
$("ask-form").addEventListener("submit", runAsk);
window.addEventListener("popstate", restoreFromUrl);
// Filters first, so a shared URL's district and year can be selected. Only an address that
// carries a search is restored, and only if no search ran while the filters loaded: filling the
// fields from an empty address would wipe a query typed meanwhile.
const openedWith = location.search;
loadFilters().then(() => {
  if (openedWith && location.search === openedWith) restoreFromUrl();
});

// The search page. Every piece of report or query text is inserted with textContent, never
// as HTML, so a query like <img src=x onerror=alert(1)> shows as text.
"use strict";

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "className") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

async function api(path, options = {}) {
  const response = await fetch(path, { headers: { Accept: "application/json", "Content-Type": "application/json" }, ...options });
  const data = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(data.error || `HTTP ${response.status}`);
  return data;
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
  const url = `/reports/${encodeURIComponent(hit.report_id)}?passage=${encodeURIComponent(hit.passage_id)}`;
  return el("a", { href: url }, "在报告中查看");
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

async function runSearch(event) {
  event.preventDefault();
  const params = new URLSearchParams({ q: $("q").value, mode: $("mode").value, k: "10", highlight: "true" });
  if ($("district").value) params.set("district", $("district").value);
  if ($("year").value) params.set("year", $("year").value);
  $("search-status").textContent = "检索中…";
  $("results").replaceChildren();
  try {
    const data = await api(`/search?${params}`);
    $("search-status").textContent = data.results.length ? `「${data.query}」共 ${data.results.length} 条结果` : `没有与「${data.query}」相关的段落`;
    $("results").replaceChildren(...data.results.map(resultItem));
  } catch (error) {
    $("search-status").textContent = "";
    $("search-status").append(el("span", { className: "error" }, error.message));
  }
}

async function runAsk(event) {
  event.preventDefault();
  $("ask-status").textContent = "思考中…";
  $("answer").hidden = true;
  try {
    const data = await api("/ask", { method: "POST", body: JSON.stringify({ query: $("question").value }) });
    $("ask-status").textContent = data.answered ? (data.mode === "generated" ? "生成式回答" : "摘自报告原文的回答") : "报告中没有找到答案";
    $("answer-text").textContent = data.answer;
    const items = data.citations.map((c, i) =>
      el("li", { className: "citation", value: String(i + 1) }, `${place(c)}  `, reportLink(c)),
    );
    if (!data.answered) {
      for (const hit of data.closest || []) items.push(el("li", {}, `${place(hit)}：${hit.text.slice(0, 80)}…  `, reportLink(hit)));
    }
    $("citations").replaceChildren(...items);
    $("answer").hidden = false;
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
loadFilters();

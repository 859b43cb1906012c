// The comparison page: a topic across districts, the district similarity heatmap, and the
// indicator pivot. The view and its filters live in the URL, so a link reopens the same view
// and back/forward move between views. Report text goes in as text nodes, never as HTML.
"use strict";

// $, el, exportBar: shared.js, loaded first.
const KEY_STORAGE = "reportsearch-api-key";

function headers() {
  // The key the main page stored, when the server asks for one.
  const key = localStorage.getItem(KEY_STORAGE);
  return key ? { Authorization: `Bearer ${key}` } : {};
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json", ...headers() } });
  const data = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(data.error || `HTTP ${response.status}`);
  return data;
}

// Downloads go through fetch, not a plain link, so they carry the API key like every other call.
const fetchExport = (path) => fetch(path, { headers: headers() });

function reportLink(citation, text) {
  // start/end mark the exact sentence; the passage id scrolls there when offsets are absent.
  const query = new URLSearchParams({ passage: citation.passage_id || "", start: citation.start, end: citation.end });
  return el("a", { href: `/reports/${encodeURIComponent(citation.report_id)}?${query}` }, text);
}

function place(hit) {
  return `${hit.year || "年份不详"} · ${(hit.section_path || []).join(" › ") || "开头"}`;
}

function state() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

function go(params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null));
  history.pushState(null, "", `?${query}`);
  render();
}

// -- topic comparison ---------------------------------------------------------------------
async function showTopic(params) {
  $("topic-year").value = params.year || "";
  $("topic-section").value = params.section_type || "";
  $("columns").replaceChildren();
  $("topic-exports").hidden = true;
  if (!params.topic) {
    $("topic-status").textContent = "输入主题，比较各区的做法。";
    return;
  }
  $("topic-status").textContent = "比较中…";
  const query = { topic: params.topic, k: "3" };
  if (params.year) query.year = params.year;
  if (params.section_type) query.section_type = params.section_type;
  try {
    const data = await api(`/compare?${new URLSearchParams(query)}`);
    const speaking = data.districts.filter((d) => d.has_evidence).length;
    $("topic-status").textContent = `「${data.topic}」：${speaking} 个区的报告谈到，${data.districts.length - speaking} 个区没有相符的段落。`;
    $("columns").replaceChildren(...data.districts.map(districtColumn));
    exportBar($("topic-exports"), "/export/compare", query, $("topic-status"), fetchExport);
  } catch (error) {
    $("topic-status").replaceChildren(el("span", { className: "error" }, error.message));
  }
}

function districtColumn(entry) {
  const column = el("article", { className: entry.has_evidence ? "column" : "column silent" }, el("h3", {}, entry.label));
  if (!entry.has_evidence) {
    column.append(el("p", { className: "status" }, entry.note || "报告中没有与该主题相符的段落。"));
    return column;
  }
  const list = el("ol");
  for (const hit of entry.passages) {
    list.append(el("li", {}, el("div", { className: "meta" }, place(hit)), el("div", {}, hit.text), reportLink(hit, "在报告中查看")));
  }
  column.append(list);
  return column;
}

// -- similarity heatmap -------------------------------------------------------------------
async function showMatrix(params) {
  $("matrix-status").textContent = "计算中…";
  $("matrix-section").value = params.section_type || "";
  try {
    const data = await api("/districts?matrix=true");
    const { labels } = data.similarity;
    const matrix = params.section_type ? data.similarity.by_section_type[params.section_type] : data.similarity.overall;
    if (!matrix) throw new Error(`没有「${params.section_type}」这一章节类型的相似度。`);
    const off = matrix.flatMap((row, i) => row.filter((v, j) => j !== i && v !== null));
    const low = Math.min(...off), high = Math.max(...off);
    const head = el("tr", {}, el("th", {}, ""), ...labels.map((l) => el("th", { scope: "col" }, l)));
    const rows = matrix.map((row, i) =>
      el("tr", {}, el("th", { scope: "row" }, labels[i]), ...row.map((value, j) => heatCell(value, i === j, low, high, labels[i], labels[j]))),
    );
    $("heatmap").replaceChildren(head, ...rows);
    $("matrix-status").textContent = off.length
      ? `${labels.length} 个区；两区之间最相近 ${high.toFixed(3)}，最不相近 ${low.toFixed(3)}。`
      : "没有可比较的两区。";
  } catch (error) {
    $("matrix-status").replaceChildren(el("span", { className: "error" }, error.message));
  }
}

function heatCell(value, diagonal, low, high, a, b) {
  if (value === null) return el("td", { title: `${a} × ${b}：其中一区没有这类章节` }, "—");
  const share = diagonal || high === low ? 1 : (value - low) / (high - low);
  const cell = el("td", { title: `${a} × ${b}：${value.toFixed(3)}`, "data-value": value.toFixed(4) }, value.toFixed(3));
  cell.style.background = diagonal ? "#eee" : `rgba(179, 38, 30, ${0.08 + 0.72 * share})`;
  cell.style.color = !diagonal && share > 0.55 ? "#fff" : "";
  return cell;
}

// -- indicator pivot ----------------------------------------------------------------------
async function showIndicators(params, years) {
  const year = params.year || String(years[years.length - 1] || "");
  $("indicators-year").value = year;
  $("indicators-status").textContent = "读取中…";
  try {
    const data = await api(`/indicators?${new URLSearchParams({ pivot: "true", year })}`);
    const head = el("tr", {}, el("th", { scope: "col" }, "指标"), ...data.districts.map((d) => el("th", { scope: "col" }, d)));
    const rows = data.indicators.map((indicator) =>
      el("tr", {}, el("th", { scope: "row" }, indicator), ...data.districts.map((d) => pivotCell((data.cells[d] || {})[indicator]))),
    );
    $("pivot").replaceChildren(head, ...rows);
    $("indicators-status").textContent = `${year} 年：${data.districts.length} 个区，${data.indicators.length} 项指标；每个数字链接到它的原句。`;
    exportBar($("indicators-exports"), "/export/indicators", { year }, $("indicators-status"), fetchExport);
  } catch (error) {
    $("indicators-status").replaceChildren(el("span", { className: "error" }, error.message));
  }
}

function pivotCell(cell) {
  if (!cell) return el("td", { className: "empty" }, "—");
  // cell.text is the server's rendering (value and unit, not 3.86万 + 万元); a stated zero
  // ("无", "未发生") shows as 0 with the words it was read from.
  const link = reportLink(cell.citation, cell.text);
  link.title = cell.citation.sentence;
  const td = el("td", {}, link);
  if (cell.value === 0 && !/\d/.test(cell.raw)) td.append(el("div", { className: "more" }, `原文：${cell.raw}`));
  if (cell.qualifier) td.append(el("div", { className: "more" }, cell.qualifier));
  if (cell.more && cell.more.length) td.append(el("div", { className: "more" }, `（+${cell.more.length}）`));
  return td;
}

// -- page ---------------------------------------------------------------------------------
let options = null;
let optionsLoading = null; // one load, however many renders wait for it

async function loadOptions() {
  const [reports, schema] = await Promise.all([api("/reports"), api("/openapi.json")]);
  const years = [...new Set((reports.reports || reports).map((r) => r.year).filter(Boolean))].sort();
  // The section types are the API's own enum, so the page never offers one the server refuses.
  const parameter = (schema.paths["/search"].get.parameters || []).find((p) => p.name === "section_type");
  const types = ((parameter.schema.anyOf || [parameter.schema]).find((s) => s.enum) || { enum: [] }).enum;
  for (const y of years) {
    $("topic-year").append(el("option", { value: String(y) }, String(y)));
    $("indicators-year").append(el("option", { value: String(y) }, String(y)));
  }
  for (const t of types) {
    $("topic-section").append(el("option", { value: t }, t));
    $("matrix-section").append(el("option", { value: t }, t));
  }
  return { years };
}

async function render() {
  const params = state();
  const view = ["topic", "matrix", "indicators"].includes(params.view) ? params.view : "topic";
  for (const name of ["topic", "matrix", "indicators"]) {
    $(`view-${name}`).hidden = name !== view;
    if (name === view) $(`tab-${name}`).setAttribute("aria-current", "page");
    else $(`tab-${name}`).removeAttribute("aria-current");
  }
  document.title = `${{ topic: "主题比较", matrix: "相似度热图", indicators: "指标表" }[view]} · reportsearch`;
  // The text field follows the address before the options arrive: filled after them, it would
  // wipe a topic typed while they load.
  if (view === "topic") $("topic").value = params.topic || "";
  const address = location.search;
  try {
    optionsLoading = optionsLoading || loadOptions();
    options = await optionsLoading;
  } catch (error) {
    optionsLoading = null; // the next render tries again
    $(`${view}-status`).replaceChildren(el("span", { className: "error" }, error.message));
    return;
  }
  if (location.search !== address) return; // a search sent while the options loaded renders itself
  if (view === "topic") await showTopic(params);
  else if (view === "matrix") await showMatrix(params);
  else await showIndicators(params, options.years);
}

for (const tab of document.querySelectorAll(".tabs a")) {
  tab.addEventListener("click", (event) => {
    event.preventDefault();
    go({ view: tab.dataset.view });
  });
}
$("topic-form").addEventListener("submit", (event) => {
  event.preventDefault();
  go({ view: "topic", topic: $("topic").value.trim(), year: $("topic-year").value, section_type: $("topic-section").value });
});
$("indicators-form").addEventListener("submit", (event) => {
  event.preventDefault();
  go({ view: "indicators", year: $("indicators-year").value });
});
$("matrix-section").addEventListener("change", () => go({ view: "matrix", section_type: $("matrix-section").value }));
window.addEventListener("popstate", render);
render();

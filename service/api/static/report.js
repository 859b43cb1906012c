// The reading view of one report, with the cited passage marked. Text goes in as text nodes.
"use strict";

// The key the search page stored, for a server started with API keys.
function headers() {
  const key = localStorage.getItem("reportsearch-api-key");
  return key ? { Accept: "application/json", Authorization: `Bearer ${key}` } : { Accept: "application/json" };
}

async function show() {
  const status = document.getElementById("status");
  const reportId = decodeURIComponent(location.pathname.split("/").pop());
  const passageId = new URLSearchParams(location.search).get("passage");
  try {
    const response = await fetch(`/reports/${encodeURIComponent(reportId)}`, { headers: headers() });
    const report = await response.json();
    if (!response.ok) throw new Error(report.error || `HTTP ${response.status}`);
    document.getElementById("title").textContent = report.title || `${report.district || "未具名区"} ${report.year || ""} 年度报告`;
    document.title = `${document.getElementById("title").textContent} · reportsearch`;
    document.getElementById("meta").textContent =
      [report.bureau, report.doc_number, report.issued && `印发 ${report.issued}`, report.source].filter(Boolean).join(" · ");
    // start/end (a cited sentence, a figure's sentence) mark exactly that text; otherwise the
    // passage's own span is marked.
    const params = new URLSearchParams(location.search);
    let start = Number.parseInt(params.get("start") ?? "", 10), end = Number.parseInt(params.get("end") ?? "", 10);
    const exact = Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end;
    if (!exact) start = end = -1;
    if (!exact && passageId) {
      const passage = await fetch(`/passages/${encodeURIComponent(passageId)}`, { headers: headers() });
      if (passage.ok) ({ start, end } = await passage.json());
    }
    const article = document.getElementById("report-text");
    const text = report.cleaned;
    if (start >= 0 && end <= text.length) {
      const mark = document.createElement("mark");
      mark.id = "cited";
      mark.textContent = text.slice(start, end);
      article.replaceChildren(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
      mark.scrollIntoView({ block: "center" });
    } else {
      article.textContent = text;
    }
  } catch (error) {
    status.textContent = error.message;
    status.className = "status error";
  }
}

show();

// What every page of the site needs: building nodes from text (never HTML), and exports
// fetched with the page's own request function (so they carry the API key), saved as files.
"use strict";

const $ = (id) => document.getElementById(id);
const EXPORT_FORMATS = [["xlsx", "Excel"], ["csv", "CSV"], ["docx", "Word"], ["md", "Markdown"]];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "className") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

async function download(path, status, fetcher) {
  try {
    const response = await fetcher(path);
    if (!response.ok) {
      const data = await response.json().catch(() => ({}));
      throw new Error(data.error || `HTTP ${response.status}`);
    }
    const name = (response.headers.get("Content-Disposition") || "").match(/filename="([^"]+)"/);
    const url = URL.createObjectURL(await response.blob());
    const link = el("a", { href: url, download: name ? name[1] : "reportsearch-export" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (error) {
    status.replaceChildren(el("span", { className: "error" }, `导出失败：${error.message}`));
  }
}

function exportBar(box, path, params, status, fetcher) {
  box.replaceChildren("导出：");
  for (const [format, label] of EXPORT_FORMATS) {
    const link = el("a", { href: `${path}?${new URLSearchParams({ ...params, format })}`, className: `export-${format}` }, label);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      download(link.getAttribute("href"), status, fetcher);
    });
    box.append(link);
  }
  box.hidden = false;
}

// The studio page: proofs of every card and page, diagnostics, and the translator's table.
#include "serve/studio_page.hpp"

namespace kp {

namespace {

const char* kPage = R"KP(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="kp-token" content="@TOKEN@">
<meta name="kp-lang" content="@LANG@">
<title>kitpress studio</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #f4f4f2; }
  header { display: flex; gap: 1em; align-items: center; padding: .6em 1em; background: #1f5c99; color: #fff; }
  header h1 { font-size: 16px; margin: 0 1em 0 0; }
  header button { background: none; border: 1px solid #fff8; color: #fff; padding: .3em .8em; border-radius: 3px; cursor: pointer; }
  header button.on { background: #fff; color: #1f5c99; }
  main { padding: 1em; }
  #diagnostics { list-style: none; padding: 0; margin: 0 0 1em; font-family: monospace; }
  #diagnostics li { padding: .2em .5em; border-left: 4px solid #c90; background: #fff; margin-bottom: 2px; }
  #diagnostics li.error { border-color: #c00; }
  .grid { display: flex; flex-wrap: wrap; gap: 12px; }
  figure { margin: 0; background: #fff; padding: 6px; box-shadow: 0 1px 2px #0002; }
  figure.fault { outline: 3px solid #d00; }
  figure img { display: block; height: 220px; }
  figure.page img { height: 320px; }
  figcaption { font-size: 12px; color: #555; max-width: 240px; }
  figcaption .fault { color: #c00; }
  table { border-collapse: collapse; width: 100%; background: #fff; }
  td, th { border-bottom: 1px solid #ddd; padding: .4em; vertical-align: top; text-align: start; }
  td.key { font-family: monospace; font-size: 12px; color: #555; width: 18em; word-break: break-all; }
  td textarea { width: 100%; min-height: 3.2em; font: inherit; box-sizing: border-box; }
  td.text { width: 38%; }
  .status-missing { color: #c00; } .status-stale { color: #c60; } .status-translated { color: #080; }
  .old { color: #888; text-decoration: line-through; }
  #editor { display: flex; gap: 1em; align-items: flex-start; }
  #live { position: sticky; top: 1em; min-width: 260px; }
  #live img { max-width: 300px; border: 1px solid #ccc; }
  .msg { font-size: 12px; color: #c00; white-space: pre-wrap; }
  .hidden { display: none; }
</style>
</head>
<body>
<header>
  <h1>kitpress studio</h1>
  <label>Language <select id="lang"></select></label>
  <button id="tab-proofs" class="on">Proofs</button>
  <button id="tab-translate">Translate</button>
  <span id="downloads"></span>
  <span id="status"></span>
</header>
<main>
  <section id="proofs">
    <ul id="diagnostics"></ul>
    <h2>Cards</h2>
    <div id="cards" class="grid"></div>
    <h2>Pages</h2>
    <div id="pages" class="grid"></div>
  </section>
  <section id="translate" class="hidden">
    <div id="editor">
      <table><thead><tr><th>Key</th><th>Source</th><th>Translation</th><th>Status</th></tr></thead>
      <tbody id="texts"></tbody></table>
      <div id="live"><img id="live-img" alt=""><div id="live-msg" class="msg"></div></div>
    </div>
  </section>
</main>
<script>
"use strict";
const token = document.querySelector('meta[name="kp-token"]').content;
let lang = document.querySelector('meta[name="kp-lang"]').content;
let generation = 0;
let state = null;
const $ = (id) => document.getElementById(id);
const el = (tag, props, ...children) => {
  const { dataset, ...rest } = props || {};
  const e = Object.assign(document.createElement(tag), rest);
  Object.assign(e.dataset, dataset || {});
  for (const c of children) e.append(c);
  return e;
};
const q = (params) => new URLSearchParams(params).toString();

function renderState(s) {
  state = s;
  generation = s.generation;
  if (!lang) lang = s.language;
  const select = $("lang");
  select.replaceChildren(...s.languages.map((l) => el("option", { value: l, textContent: l, selected: l === s.language })));
  $("diagnostics").replaceChildren(...s.diagnostics.map((d) =>
    el("li", { className: d.severity, textContent: `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}` })));
  $("cards").replaceChildren(...s.proofs.map((p) => {
    const f = el("figure", { className: p.faults ? "fault" : "", dataset: { proof: p.name } },
      el("img", { src: "/api/page?" + q({ lang: s.language, output: "proof", name: p.name, g: s.generation }), alt: p.name }),
      el("figcaption", { textContent: p.name }));
    if (p.faults) for (const fault of p.faults)
      f.lastChild.append(el("div", { className: "fault", textContent: `does not fit: ${fault.overflow_mm.toFixed(1)} mm over` }));
    return f;
  }));
  const pages = [];
  for (const o of s.outputs) {
    if (o.file === "cards.pdf") continue;
    for (let n = 0; n < o.pages; n++)
      pages.push(el("figure", { className: "page" },
        el("img", { src: "/api/page?" + q({ lang: s.language, output: o.file, n, g: s.generation }), alt: `${o.file} ${n + 1}` }),
        el("figcaption", { textContent: `${o.file} ${n + 1}/${o.pages}` })));
  }
  $("pages").replaceChildren(...pages);
  $("downloads").replaceChildren(...s.outputs.filter((o) => o.file.endsWith(".pdf")).map((o) =>
    el("a", { href: "/download?" + q({ lang: s.language, file: o.file }), textContent: o.file, style: "color:#fff;margin-right:.6em" })));
  $("status").textContent = `build ${s.generation}`;
  document.documentElement.dir = s.rtl ? "rtl" : "ltr";
}

async function load() {
  const r = await fetch("/api/state?" + q({ lang }));
  renderState(await r.json());
}

async function poll() {
  for (;;) {
    try {
      const r = await fetch("/api/state?" + q({ lang, since: generation }));
      const s = await r.json();
      if (s.generation !== generation) {
        renderState(s);
        if (!$("translate").classList.contains("hidden")) loadTexts();
      }
    } catch (e) {
      await new Promise((ok) => setTimeout(ok, 1000));
    }
  }
}

let pending = null;
function preview(key, text, row) {
  clearTimeout(pending);
  pending = setTimeout(async () => {
    const r = await fetch("/api/preview", {
      method: "POST", headers: { "Content-Type": "application/json", "X-Kitpress-Token": token },
      body: JSON.stringify({ lang, key, text }) });
    const j = await r.json();
    if (j.png) $("live-img").src = "data:image/png;base64," + j.png;
    $("live-msg").textContent = (j.messages || []).map((m) => m.message).join("\n");
    row.dataset.fits = j.fits ? "yes" : "no";
    row.querySelector(".fit").textContent = j.fits ? "fits" : "does not fit";
  }, 150);
}

async function save(key, text, row) {
  const r = await fetch("/api/save", {
    method: "POST", headers: { "Content-Type": "application/json", "X-Kitpress-Token": token },
    body: JSON.stringify({ lang, key, text }) });
  const j = await r.json();
  row.querySelector(".fit").textContent = j.saved ? "saved" : "not saved";
  $("live-msg").textContent = (j.messages || []).map((m) => m.message).join("\n");
}

async function loadTexts() {
  const r = await fetch("/api/texts?" + q({ lang }));
  const j = await r.json();
  if (j.error) { $("texts").replaceChildren(el("tr", {}, el("td", { colSpan: 4, textContent: j.error }))); return; }
  $("texts").replaceChildren(...j.units.map((u) => {
    const area = el("textarea", { value: u.translation, dir: j.rtl ? "rtl" : "ltr" });
    const source = el("td", {}, u.source);
    if (u.previous) source.append(el("div", { className: "old", textContent: u.previous }));
    const row = el("tr", { dataset: { key: u.key } },
      el("td", { className: "key", textContent: u.key }), source, el("td", { className: "text" }, area),
      el("td", {}, el("span", { className: "status-" + u.status, textContent: u.status }), el("div", { className: "fit" }),
        el("button", { textContent: "Save", className: "save" })));
    area.addEventListener("input", () => preview(u.key, area.value, row));
    area.addEventListener("focus", () => preview(u.key, area.value, row));
    row.querySelector(".save").addEventListener("click", () => save(u.key, area.value, row));
    return row;
  }));
}

$("lang").addEventListener("change", (e) => { lang = e.target.value; load(); if (!$("translate").classList.contains("hidden")) loadTexts(); });
$("tab-proofs").addEventListener("click", () => { $("proofs").classList.remove("hidden"); $("translate").classList.add("hidden"); $("tab-proofs").classList.add("on"); $("tab-translate").classList.remove("on"); });
$("tab-translate").addEventListener("click", () => { $("translate").classList.remove("hidden"); $("proofs").classList.add("hidden"); $("tab-translate").classList.add("on"); $("tab-proofs").classList.remove("on"); loadTexts(); });
if (location.hash === "#translate") $("tab-translate").click();
load().then(poll);
</script>
</body>
</html>
)KP";

std::string replaced(std::string text, const std::string& key, const std::string& value) {
  for (size_t at; (at = text.find(key)) != std::string::npos;) text.replace(at, key.size(), value);
  return text;
}

}  // namespace

std::string studio_page_html(const std::string& token, const std::string& language) {
  // Both are checked to be [0-9a-z-] by the caller: nothing here needs escaping.
  return replaced(replaced(kPage, "@TOKEN@", token), "@LANG@", language);
}

}  // namespace kp

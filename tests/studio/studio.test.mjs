// Browser tests of `kitpress serve`: proofs, the translator's editor, and the server's defences.
// Runs Debian's chromium through playwright-core; KITPRESS names the binary, KP_PROJECT the
// project folder, KP_OUT where screenshots go.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import http from "node:http";
import { chromium } from "playwright-core";

const binary = process.env.KITPRESS;
const project = process.env.KP_PROJECT;
const outDir = process.env.KP_OUT || os.tmpdir();
const kit = fs.mkdtempSync(path.join(os.tmpdir(), "kp-studio-")) + "/kit";
fs.cpSync(path.join(project, "kit/bulle-dg"), kit, { recursive: true });

let server, url, port, token, browser;

function startServer() {
  return new Promise((resolve, reject) => {
    port = 20000 + Math.floor(Math.random() * 20000);
    server = spawn(binary, ["serve", kit, "--port", String(port)], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const timer = setTimeout(() => reject(new Error("no URL printed: " + out)), 30000);
    server.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=([0-9a-f]+)/);
      if (m) { clearTimeout(timer); url = m[0]; token = m[1]; resolve(); }
    });
    server.stderr.on("data", (d) => { out += d; });
    server.on("exit", (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
}

// A raw request (node's fetch sets Host itself): returns {status, body}.
function request(pathname, { host, headers = {}, method = "GET", body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: pathname, method,
      headers: { Host: host || `127.0.0.1:${port}`, ...headers } }, (res) => {
      let data = "";
      res.on("data", (c) => { data += c; });
      res.on("end", () => resolve({ status: res.statusCode, body: data }));
    });
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}

async function shot(page, name) {
  const file = path.join(outDir, `studio-${name}.png`);
  const png = await page.screenshot({ path: file, fullPage: false });
  // Not blank: a page of proofs compresses far worse than a plain background.
  assert.ok(png.length > 30000, `${name} screenshot looks blank (${png.length} bytes)`);
}

before(async () => {
  await startServer();
  browser = await chromium.launch({ executablePath: process.env.KP_CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"] });
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill("SIGINT");
});

test("the proof view lists the 20 card faces of the default kit, and pages", async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('figure[data-proof$="-front"]').length === 20);
  await page.waitForFunction(() => [...document.images].filter((i) => i.complete && i.naturalWidth > 0).length >= 20);
  assert.equal(await page.locator('figure[data-proof$="-front"]').count(), 20);
  assert.ok(await page.locator("figure.page").count() >= 20);  // stickers, guide, worksheets
  await shot(page, "proofs");
  await page.close();
});

test("editing a German text updates its proof, and saving writes the file on disk", async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(url + "#translate");
  await page.waitForSelector("#lang option[value=de]", { state: "attached" });
  await page.selectOption("#lang", "de");
  const key = "decks.leviers.cards.pas-a-pas.title";
  const row = page.locator(`tr[data-key="${key}"]`);
  await row.waitFor();
  const area = row.locator("textarea");
  await area.focus();
  await page.waitForFunction(() => document.getElementById("live-img").src.startsWith("data:image/png"));
  const before = await page.locator("#live-img").getAttribute("src");
  await area.fill("Schritt um Schritt");
  await page.waitForFunction((old) => document.getElementById("live-img").src !== old, before);
  await page.waitForFunction((k) => document.querySelector(`tr[data-key="${k}"] .fit`).textContent === "fits", key);
  await shot(page, "translate");
  await row.locator("button.save").click();
  await page.waitForFunction((k) => document.querySelector(`tr[data-key="${k}"] .fit`).textContent === "saved", key);
  const yaml = fs.readFileSync(path.join(kit, "i18n/de.yaml"), "utf8");
  assert.match(yaml, /  decks\.leviers\.cards\.pas-a-pas\.title:\n    # fr: Pas à pas\n    from: [0-9a-f]{8}\n    text: "Schritt um Schritt"\n/);
  // The file is the only state: a new page shows what was saved.
  await page.reload();
  await page.selectOption("#lang", "de");
  await page.locator(`tr[data-key="${key}"] textarea`).waitFor();
  await page.waitForFunction((k) => document.querySelector(`tr[data-key="${k}"] textarea`).value === "Schritt um Schritt", key);
  await page.close();
});

test("a text that breaks the markup is refused and nothing is written", async () => {
  const before = fs.readFileSync(path.join(kit, "i18n/de.yaml"), "utf8");
  const body = JSON.stringify({ lang: "de", key: "decks.leviers.cards.pas-a-pas.title", text: "Schritt **um" });
  const r = await request("/api/save", { method: "POST", body,
    headers: { Cookie: `kp_token=${token}`, "X-Kitpress-Token": token, "Content-Type": "application/json" } });
  assert.equal(r.status, 422);
  assert.match(r.body, /unclosed \*\*bold\*\* marker/);
  assert.equal(fs.readFileSync(path.join(kit, "i18n/de.yaml"), "utf8"), before);
});

test("without the token: 403; another Host: 403; a write without the header: 403", async () => {
  assert.equal((await request("/api/state")).status, 403);
  assert.equal((await request("/?token=wrong")).status, 403);
  assert.equal((await request(`/api/state?token=${token}`, { host: `evil.example:${port}` })).status, 403);
  assert.equal((await request(`/api/state?token=${token}`, { host: "localhost:1" })).status, 403);
  assert.equal((await request(`/api/state?token=${token}`)).status, 200);
  const body = JSON.stringify({ lang: "de", key: "title", text: "x" });
  assert.equal((await request("/api/save", { method: "POST", body, headers: { Cookie: `kp_token=${token}` } })).status, 403);
  const cors = await request(`/api/state?token=${token}`, { headers: { Origin: "http://evil.example" } });
  assert.equal(cors.status, 200);
  assert.ok(!/access-control/i.test(JSON.stringify(cors)), "no CORS headers");
});

test("path traversal reaches no file: nothing is read or written outside the kit's translations", async () => {
  const listing = () => fs.readdirSync(kit, { recursive: true }).sort().join("\n");
  const files = listing();
  const auth = { Cookie: `kp_token=${token}`, "X-Kitpress-Token": token, "Content-Type": "application/json" };
  for (const p of ["/download?file=../../../../etc/passwd", "/download?file=..%2F..%2Fkit.yaml",
                   "/api/page?output=../kit.yaml&n=0", "/../../etc/passwd"]) {
    const r = await request(p + (p.includes("?") ? "&" : "?") + `token=${token}`);
    assert.notEqual(r.status, 200, p);
    assert.ok(!r.body.includes("root:"), p);
  }
  for (const lang of ["../x", "../../tmp/evil", "de/../../x"]) {
    const r = await request("/api/save", { method: "POST", headers: auth,
      body: JSON.stringify({ lang, key: "title", text: "x" }) });
    assert.notEqual(r.status, 200, lang);
  }
  const r = await request("/api/save", { method: "POST", headers: auth,
    body: JSON.stringify({ lang: "de", key: "../../kit.yaml", text: "x" }) });
  assert.equal(r.status, 422);
  assert.equal(listing(), files);
});

test("a second instance on the same port says so and exits 3", async () => {
  const second = spawn(binary, ["serve", kit, "--port", String(port)], { stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  second.stderr.on("data", (d) => { err += d; });
  const code = await new Promise((resolve) => second.on("exit", resolve));
  assert.equal(code, 3);
  assert.match(err, /in use/);
});

test("a language that is no file of the kit is refused, and nothing outside the kit is read", async () => {
  for (const lang of ["../../../etc/passwd", "xx", "de/../../kit"]) {
    const r = await request(`/api/state?token=${token}&lang=${encodeURIComponent(lang)}`);
    assert.equal(r.status, 200);
    assert.match(r.body, /no translation into|not a language code/);
    assert.doesNotMatch(r.body, /root:/);
    // A new language's table may be asked for (saving starts its file); a path may not.
    const t = await request(`/api/texts?token=${token}&lang=${encodeURIComponent(lang)}`);
    if (lang !== "xx") assert.notEqual(t.status, 200, lang);
  }
  const auth = { Cookie: `kp_token=${token}`, "X-Kitpress-Token": token, "Content-Type": "application/json" };
  const p = await request("/api/preview", { method: "POST", headers: auth,
    body: JSON.stringify({ lang: "../../x", key: "title", text: "x" }) });
  assert.equal(p.status, 400);
});

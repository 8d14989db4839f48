// Bytes fetched before the first results and query time, Playbook's search vs Pagefind, in headless Chromium.
// Usage: node measure.mjs <base-url> (a static server over a site built by Playbook, then `npx pagefind --site` over it).
// Needs playwright-core (npm install playwright-core) and /usr/bin/chromium.
import { chromium } from "playwright-core";

const base = process.argv[2];
const queries = ["outsourcing agreement", "stakeholder review", "dozisazi", "stakehlder"];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });

async function session(prefix) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(base + "/articles/page-00000/");
  const fetched = [];
  page.on("response", async (r) => {
    if (!new URL(r.url()).pathname.startsWith(prefix)) return;
    try { fetched.push({ url: r.url(), bytes: (await r.body()).length }); } catch { /* redirects have no body */ }
  });
  return { page, fetched };
}
const total = (list) => list.reduce((n, f) => n + f.bytes, 0);
const rows = [];

{ // Playbook: type in the header box, wait for the first result rendered.
  const { page, fetched } = await session("/search/");
  for (const q of queries) {
    const before = fetched.length;
    await page.fill("#search-box-q", "");
    await page.waitForTimeout(200);
    await page.$eval("#search-box-q-results", (p) => delete p.dataset.renderMs);
    await page.fill("#search-box-q", q);
    await page.waitForFunction(() => document.querySelector("#search-box-q-results").dataset.renderMs);
    await page.waitForTimeout(200);
    const d = await page.$eval("#search-box-q-results", (p) => ({ search: p.dataset.searchMs, render: p.dataset.renderMs, first: p.querySelector(".search-result a")?.pathname }));
    rows.push({ tool: "playbook", q, files: fetched.length - before, bytes: total(fetched.slice(before)), searchMs: d.search, firstResultMs: d.render, first: d.first });
  }
}
{ // Pagefind: its JS API, search then the data of the first six results (what a result list shows).
  const { page, fetched } = await session("/pagefind/");
  await page.evaluate(async () => { window.pf = await import("/pagefind/pagefind.js"); await window.pf.init(); });
  await page.waitForTimeout(500);
  rows.push({ tool: "pagefind", q: "(init: pagefind.js, wasm, entry, meta)", files: fetched.length, bytes: total(fetched) });
  for (const q of queries) {
    const before = fetched.length;
    const d = await page.evaluate(async (q) => {
      const t0 = performance.now();
      const s = await window.pf.search(q);
      const t1 = performance.now();
      const data = await Promise.all(s.results.slice(0, 6).map((r) => r.data()));
      return { search: (t1 - t0).toFixed(1), render: (performance.now() - t0).toFixed(1), first: data[0] && new URL(data[0].url, location.href).pathname, n: s.results.length };
    }, q);
    await page.waitForTimeout(200);
    rows.push({ tool: "pagefind", q, files: fetched.length - before, bytes: total(fetched.slice(before)), searchMs: d.search, firstResultMs: d.render, first: d.first });
  }
}
console.table(rows);
await browser.close();

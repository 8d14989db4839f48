// Runs the site's own search.js under node over a built site's /search/ files, as the header box
// does in the browser (six results, no filter), each query in a fresh context so its files count as
// a first query's. Used by the relevance tests (SearchRelevanceTests) and by search-figures.sh.
//
//   node run-search.js SITE_DIR SEARCH_JS < queries.json > results.json
// queries.json: ["query", ...]; results: [{ query, results: [{ url, title, anchors }], files, bytes, gzip }]
"use strict";
const fs = require("fs"), path = require("path"), vm = require("vm"), zlib = require("zlib");

const [site, script] = process.argv.slice(2);
const source = fs.readFileSync(script, "utf8");
const queries = JSON.parse(fs.readFileSync(0, "utf8"));

async function run(query) {
  const fetched = new Map();
  const context = {
    location: { href: "http://playbook.local/" }, URL, console,
    fetch: async (url) => {
      const file = path.join(site, decodeURIComponent(new URL(url).pathname));
      const bytes = fs.readFileSync(file);
      fetched.set(file, bytes);
      return { ok: true, json: async () => JSON.parse(bytes.toString("utf8")) };
    },
  };
  context.globalThis = context;
  vm.createContext(context);
  vm.runInContext(source, context, { filename: script });
  const found = await context.PlaybookSearch.find(query, { stage: "", kind: "", shown: 6 });
  const files = [...fetched.values()];
  return {
    query,
    results: found.entries.map((e) => ({ url: e.doc.url, title: e.doc.title, anchors: e.parts.map((p) => p.anchor) })),
    files: files.length,
    bytes: files.reduce((n, b) => n + b.length, 0),
    gzip: files.reduce((n, b) => n + zlib.gzipSync(b, { level: 9 }).length, 0),
  };
}

(async () => {
  const out = [];
  for (const q of queries) out.push(await run(q));
  process.stdout.write(JSON.stringify(out));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

// Search as you type over the index the build wrote under /search/ (src/Playbook/Search).
// The header box shows a few results under it; /search/?q= shows the full list. A query fetches
// the manifest once, one shard per word, and the small file holding each result shown. Page text only
// ever reaches the DOM as text nodes: never through innerHTML.
(() => {
  "use strict";
  const INDEX = new URL("/search/manifest.json", location.href);
  const cache = new Map();
  const load = (url) => {
    const key = String(url);
    if (!cache.has(key)) cache.set(key, fetch(key).then((r) => (r.ok ? r.json() : Promise.reject(new Error(key + ": " + r.status)))));
    return cache.get(key);
  };

  // The same rules as SearchText.cs and Stemmer.cs, or queries would miss the terms they mean.
  const WORD = /([\p{L}\p{Nd}'\u2019]+)/u;
  const ACCENTED = "àáâãäåāăąçćĉċčďèéêëēĕėęěĝğġģĥìíîïĩīĭįĵķĺļľñńņňòóôõöōŏőŕŗřśŝşšţťùúûüũūŭůűųŵýÿŷźżž";
  const PLAIN = "aaaaaaaaacccccdeeeeeeeeegggghiiiiiiiijklllnnnnoooooooorrrssssttuuuuuuuuuuwyyyzzz";
  const fold = (c) => (ACCENTED.includes(c) ? PLAIN[ACCENTED.indexOf(c)] : c);
  const words = (text) => text.toLowerCase().replace(/[\u00e0-\u017e]/g, fold).replace(/['\u2019]/g, "")
    .split(/[^\p{L}\p{Nd}]+/u).filter((w) => w.length > 1);
  const stem = (w) => {
    if (w.length <= 3) return w;
    if (w.endsWith("ies") && !/[ea]ies$/.test(w)) return w.slice(0, -3) + "y";
    if (w.endsWith("es") && !/[aeo]es$/.test(w)) return w.slice(0, -1);
    if (w.endsWith("s") && !/(us|ss)$/.test(w)) return w.slice(0, -1);
    return w;
  };

  // At most one insertion, deletion, substitution or swap of neighbours between a and b.
  const oneEdit = (a, b) => {
    if (Math.abs(a.length - b.length) > 1) return false;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  };
  // How well index term t answers query word w (stemmed q): exactly, as its prefix, or with one typo (words of 5+ letters).
  const factor = (w, q, t) => {
    if (t === q) return 1;
    if (t.startsWith(q)) return 0.7;
    if (w.length < 5) return 0;
    if (oneEdit(q, t)) return 0.4;
    return t.length > q.length && [q.length - 1, q.length, q.length + 1].some((n) => oneEdit(q, t.slice(0, n))) ? 0.3 : 0;
  };
  const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  const digit = (c) => ALPHABET.indexOf(c);
  const postings = (text, each) => {
    for (let i = 0, doc = 0; i < text.length;) {
      let gap = 0, d;
      do { d = digit(text[i++]); gap = gap * 32 + (d & 31); } while (d & 32);
      doc += gap;
      each(doc, digit(text[i++]));
    }
  };

  async function search(query) {
    const m = await load(INDEX);
    const stop = new Set(m.stop);
    const all = words(query);
    // Stop words are not in the index; a query of nothing else keeps its last, as the start of a longer word ("the" → "theme").
    const kept = all.filter((w) => !stop.has(w));
    const wanted = (kept.length ? kept : all.slice(-1)).map((w) => ({ w, q: stem(w) }));
    const queries = wanted.filter((x, i) => wanted.findIndex((y) => y.q === x.q) === i);
    // A word needs the shards whose prefix it starts with, and all shards of longer prefixes that start with it.
    const keys = Object.keys(m.shards);
    const shards = await Promise.all(queries.map(({ q }) => Promise.all(keys.filter((k) => k.startsWith(q) || q.startsWith(k))
      .map((k) => load(new URL("shards/" + m.shards[k] + ".json", INDEX)))).then((lists) => lists.flat())));
    const scores = new Map(), hits = new Map(), matched = new Set();
    queries.forEach(({ w, q }, n) => {
      const best = new Map();
      for (const [term, list] of shards[n]) {
        const f = factor(w, q, term);
        if (!f) continue;
        matched.add(term);
        postings(list, (doc, weight) => {
          if (weight * f > (best.get(doc) || 0)) best.set(doc, weight * f);
        });
      }
      // The word counts as one term over every page any of its matches is on: a prefix as short as "out" is common, however rare "outcome" is.
      const idf = Math.log(1 + (m.documents - best.size + 0.5) / (best.size + 0.5));
      for (const [doc, weight] of best) {
        const s = idf * weight / 63;
        scores.set(doc, (scores.get(doc) || 0) + s);
        hits.set(doc, (hits.get(doc) || 0) + 1);
      }
    });
    // Pages that match every word of the query come before pages that match some.
    const results = [...scores].map(([doc, s]) => ({ doc, score: s * (hits.get(doc) / queries.length) ** 2 }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc);
    return { manifest: m, results, matched };
  }

  const facetsOf = (m, doc) => {
    let code = 0;
    for (let i = 0; i < m.facetWidth; i++) code = code * 64 + digit(m.facets[doc * m.facetWidth + i]);
    return { kind: code >> m.stages.length, stages: code & ((1 << m.stages.length) - 1) };
  };

  const el = (tag, props, ...children) => {
    const e = Object.assign(document.createElement(tag), props);
    e.append(...children);
    return e;
  };
  const isMatch = (text, matched) => words(text).some((w) => matched.has(stem(w)));
  const highlight = (text, matched) => text.split(WORD).map((part, i) => (i % 2 && isMatch(part, matched) ? el("mark", { textContent: part }) : part));

  // The passage with the most matched words (the description or a section), cut round the first match.
  function snippet(doc, matched) {
    const passages = [["", "", doc.description], ...doc.sections].filter((p) => p[2]);
    if (!passages.length) return { anchor: "", heading: "", text: "" };
    const count = (text) => new Set(text.split(WORD).filter((p, i) => i % 2 && isMatch(p, matched)).map((p) => p.toLowerCase())).size;
    const best = passages.reduce((a, b) => (count(b[2]) > count(a[2]) ? b : a));
    const parts = best[2].split(WORD);
    const first = parts.findIndex((p, i) => i % 2 && isMatch(p, matched));
    const at = first < 0 ? 0 : parts.slice(0, first).join("").length;
    let text = best[2];
    if (at > 60) text = "…" + text.slice(text.lastIndexOf(" ", at - 40) + 1);
    if (text.length > 200) text = text.slice(0, text.lastIndexOf(" ", 200)) + " …";
    return { anchor: best[1], heading: best[0], text };
  }

  function item(m, doc, matched) {
    const s = snippet(doc, matched);
    const kind = m.kinds.find((k) => k[0] === doc.kind);
    const stages = m.stages.filter((st) => doc.stages.includes(st[0])).map((st) => st[1]);
    const meta = [kind ? kind[1] : doc.kind, ...stages, s.heading].filter(Boolean).join(" · ");
    return el("li", { className: "search-result" },
      el("a", { href: doc.url + (s.anchor ? "#" + encodeURIComponent(s.anchor) : "") },
        el("span", { className: "search-result-title" }, ...highlight(doc.title, matched)),
        el("span", { className: "search-result-meta" }, meta),
        el("span", { className: "search-result-snippet" }, ...highlight(s.text, matched))));
  }

  function filter(name, label, options, value, counts) {
    const select = el("select", { name, className: "search-filter" },
      el("option", { value: "", textContent: label }),
      ...options.map(([id, title], i) => el("option", { value: id, textContent: `${title} (${counts[i]})`, selected: id === value })));
    return el("label", { className: "search-filter-label" }, el("span", { className: "visually-hidden", textContent: label }), select);
  }

  // One search UI per form: "box" (the header, a few results below it) or "page" (/search/).
  function attach(form) {
    const page = form.dataset.search === "page";
    const input = form.querySelector("input[name=q]");
    const panel = el("div", { className: page ? "search-panel search-panel-page" : "search-panel", hidden: true });
    panel.id = input.id + "-results";
    input.setAttribute("aria-controls", panel.id);
    (page ? form.parentElement : form).append(panel);
    const params = new URLSearchParams(location.search);
    const state = { stage: page ? params.get("stage") || "" : "", kind: page ? params.get("kind") || "" : "", shown: page ? 20 : 6, run: 0 };
    let timer = 0;

    async function run() {
      const query = input.value.trim();
      const run = ++state.run;
      if (!query) {
        panel.hidden = true;
        panel.replaceChildren();
        return;
      }
      const started = performance.now();
      const { manifest: m, results, matched } = await search(query);
      const searched = performance.now();
      const stageIndex = m.stages.findIndex((s) => s[0] === state.stage);
      const kindIndex = m.kinds.findIndex((k) => k[0] === state.kind);
      const facets = results.map((r) => facetsOf(m, r.doc));
      const byStage = (f) => stageIndex < 0 || f.stages & (1 << stageIndex);
      const byKind = (f) => kindIndex < 0 || f.kind === kindIndex;
      const shown = results.filter((r, i) => byStage(facets[i]) && byKind(facets[i]));
      const docs = await Promise.all(shown.slice(0, state.shown).map((r) =>
        load(new URL(m.docs + Math.floor(r.doc / m.docsPerFile) + ".json", INDEX)).then((file) => file[r.doc % m.docsPerFile])));
      if (run !== state.run) return;

      const stageCounts = m.stages.map((_, s) => facets.filter((f) => byKind(f) && f.stages & (1 << s)).length);
      const kindCounts = m.kinds.map((_, k) => facets.filter((f) => byStage(f) && f.kind === k).length);
      const status = shown.length ? `${shown.length} ${shown.length === 1 ? "page" : "pages"} found` : `No pages match “${query}”`;
      const list = el("ul", { className: "search-results" }, ...docs.map((d) => item(m, d, matched)));
      const children = [
        el("div", { className: "search-filters" }, filter("stage", "All stages", m.stages, state.stage, stageCounts), filter("kind", "All kinds", m.kinds, state.kind, kindCounts)),
        el("p", { className: "search-status", textContent: status }),
        list,
      ];
      if (shown.length > docs.length) {
        children.push(page
          ? el("button", { type: "button", className: "search-more", textContent: "Show more" })
          : el("a", { className: "search-all", href: "/search/?q=" + encodeURIComponent(query), textContent: `All ${shown.length} results` }));
      }
      panel.replaceChildren(...children);
      panel.hidden = false;
      panel.dataset.searchMs = (searched - started).toFixed(1);
      panel.dataset.renderMs = (performance.now() - started).toFixed(1);
      if (page) {
        const url = new URL(location.href);
        url.search = new URLSearchParams(Object.entries({ q: query, stage: state.stage, kind: state.kind }).filter(([, v]) => v)).toString();
        history.replaceState(null, "", url);
      }
    }
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => run().catch((e) => console.warn("search:", e.message)), 80);
    };

    input.addEventListener("input", () => {
      if (page) state.shown = 20;
      later();
    });
    panel.addEventListener("change", (e) => {
      state[e.target.name] = e.target.value;
      later();
    });
    panel.addEventListener("click", (e) => {
      if (!e.target.classList.contains("search-more")) return;
      state.shown += 20;
      later();
    });
    form.addEventListener("submit", (e) => {
      if (!page) return;
      e.preventDefault();
      later();
    });
    // Arrow keys walk from the box through the result links and back; Enter follows the focused link; Esc clears.
    const links = () => [...panel.querySelectorAll(".search-result a")];
    const move = (e) => {
      const all = links();
      const at = all.indexOf(document.activeElement);
      if (e.key === "ArrowDown" && all.length) all[Math.min(at + 1, all.length - 1)].focus();
      else if (e.key === "ArrowUp") (at > 0 ? all[at - 1] : input).focus();
      else if (e.key === "Escape") {
        input.value = "";
        input.focus();
        run();
      } else return;
      e.preventDefault();
    };
    input.addEventListener("keydown", move);
    panel.addEventListener("keydown", (e) => e.target.closest(".search-result") && move(e));
    if (!page) {
      document.addEventListener("click", (e) => {
        if (!form.contains(e.target)) panel.hidden = true;
      });
      input.addEventListener("focus", () => {
        if (panel.childElementCount) panel.hidden = false;
      });
      // What was typed while this script was on its way is searched at once.
      if (input.value.trim()) later();
    } else if (params.get("q")) {
      input.value = params.get("q");
      run().catch((e) => console.warn("search:", e.message));
    }
  }

  // search-loader.js fetched this script on the reader's first focus or keystroke, and handles "/".
  document.querySelectorAll("form[data-search]").forEach(attach);
})();

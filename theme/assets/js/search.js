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
  const ACCENTED = "àáâãäåāăąçćĉċčďèéêëēĕėęěĝğġģĥìíîïĩīĭįĵķĺļľñńņňòóôõöōŏőŕŗřśŝşšţťùúûüũūŭůűųŵýÿŷźżž";
  const PLAIN = "aaaaaaaaacccccdeeeeeeeeegggghiiiiiiiijklllnnnnoooooooorrrssssttuuuuuuuuuuwyyyzzz";
  const fold = (c) => (ACCENTED.includes(c) ? PLAIN[ACCENTED.indexOf(c)] : c);
  // A run of letters and digits, or several joined by single hyphens (a compound: "follow-up").
  const WORD = /([\p{L}\p{Nd}'\u2019]+(?:[-\u2010\u2011][\p{L}\p{Nd}'\u2019]+)*)/u;
  const compounds = (text) => text.toLowerCase().replace(/[\u00e0-\u017e]/g, fold).replace(/['\u2019]/g, "")
    .split(/[^\p{L}\p{Nd}\-\u2010\u2011]+|[-\u2010\u2011]{2,}/u).map((c) => c.replace(/^[-\u2010\u2011]+|[-\u2010\u2011]+$/gu, "")).filter(Boolean);
  const partsOf = (c) => c.split(/[-\u2010\u2011]/u).filter(Boolean);
  const isCompound = (c) => partsOf(c).length > 1 && /\p{L}/u.test(c);
  // The words of page text: a compound gives its parts and, after them, the parts joined.
  const words = (text) => compounds(text).flatMap((c) => [...partsOf(c), ...(isCompound(c) ? [partsOf(c).join("")] : [])]).filter((w) => w.length > 1);
  // The words of a query: a compound is meant as one word, so it is looked for joined ("follow-up" finds "followup" and "follow-up").
  const queryWords = (text) => compounds(text).flatMap((c) => (isCompound(c) ? [partsOf(c).join("")] : partsOf(c))).filter((w) => w.length > 1);
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
  // How well index term t answers query word w (stemmed q) when read as a typo (words of 5+ letters): the whole word, or the start of a longer one.
  const typo = (w, q, t) => {
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

  // Acronyms a consultant types for what pages may spell out (the glossary's own): a query word that is one also
  // matches a page holding every word it stands for, at SPELT of their weight, so a page using the acronym comes first.
  const SPELT_OUT = { hr: ["human", "resources"], pr: ["public", "relations"], kpi: ["key", "performance", "indicator"], roi: ["return", "investment"] };
  const SPELT = 0.8;

  // Ranks the pages for a query. Each word meets the index terms equal to it (in full), starting with it
  // (0.7: the word being typed, or a longer form), and only when no term equals it, terms one typo away
  // (0.4, or 0.3 as the start of a longer one), so a misspelling never pulls a page above the exact word.
  // Pages holding every word are the results; only when none does are pages with some of them listed,
  // most words first. List pages (the home page) come after every page of content.
  async function search(query) {
    const m = await load(INDEX);
    const stop = new Set(m.stop);
    const all = queryWords(query);
    // Stop words are not in the index; a query of nothing else keeps its last, as the start of a longer word ("the" → "theme").
    const kept = all.filter((w) => !stop.has(w));
    const wanted = (kept.length ? kept : all.slice(-1)).map((w) => ({ w, q: stem(w) }));
    const queries = wanted.filter((x, i) => wanted.findIndex((y) => y.q === x.q) === i);
    // A word needs the shards whose prefix it starts with, and all shards of longer prefixes that start with it.
    const keys = Object.keys(m.shards);
    const shardsOf = (q) => Promise.all(keys.filter((k) => k.startsWith(q) || q.startsWith(k))
      .map((k) => load(new URL("shards/" + m.shards[k] + ".json", INDEX)))).then((lists) => lists.flat());
    const shards = await Promise.all(queries.map(({ q }) => shardsOf(q)));
    const spelt = queries.map(({ q }) => (SPELT_OUT[q] || []).map(stem));
    const speltShards = await Promise.all(spelt.map((words) => Promise.all(words.map(shardsOf))));
    const scores = new Map(), hits = new Map();
    const matched = queries.map(({ w, q }, n) => {
      const exact = shards[n].some(([t]) => t === q);
      const terms = new Set(), best = new Map();
      for (const [term, list] of shards[n]) {
        const f = term === q ? 1 : term.startsWith(q) ? 0.7 : exact ? 0 : typo(w, q, term);
        if (!f) continue;
        terms.add(term);
        postings(list, (doc, weight) => {
          if (weight * f > (best.get(doc) || 0)) best.set(doc, weight * f);
        });
      }
      // An acronym also meets the pages holding every word it stands for, each at its least weight there.
      if (spelt[n].length) {
        const on = spelt[n].map((e, i) => {
          const weights = new Map();
          for (const [term, list] of speltShards[n][i]) if (term === e) postings(list, (doc, weight) => weights.set(doc, weight));
          if (weights.size) terms.add(e);
          return weights;
        });
        for (const [doc, weight] of on[0]) {
          const least = Math.min(weight, ...on.slice(1).map((weights) => weights.get(doc) || 0)) * SPELT;
          if (least > (best.get(doc) || 0)) best.set(doc, least);
        }
      }
      // The word counts as one term over every page any of its matches is on: a prefix as short as "out" is common, however rare "outcome" is.
      const idf = Math.log(1 + (m.documents - best.size + 0.5) / (best.size + 0.5));
      for (const [doc, weight] of best) {
        scores.set(doc, (scores.get(doc) || 0) + idf * weight / 63);
        hits.set(doc, (hits.get(doc) || 0) + 1);
      }
      return terms;
    });
    const lists = new Set(m.lists);
    const every = [...hits].some(([, h]) => h === queries.length);
    const results = [...scores].filter(([doc]) => !every || hits.get(doc) === queries.length)
      .map(([doc, score]) => ({ doc, score, hits: hits.get(doc), list: lists.has(doc) }))
      .sort(byRank);
    return { manifest: m, results, matched };
  }
  const byRank = (a, b) => a.list - b.list || b.hits - a.hits || b.score - a.score || a.doc - b.doc;

  // Which query words a text holds, as a bit per word.
  const holds = (text, matched) => {
    let mask = 0;
    for (const w of words(text)) matched.forEach((terms, n) => { if (terms.has(stem(w))) mask |= 1 << n; });
    return mask;
  };
  const bits = (mask) => { let n = 0; for (; mask; mask &= mask - 1) n++; return n; };
  const isMatch = (token, matched) => holds(token, matched) > 0;

  // A page's text cut round the first matched word, at most max characters.
  function cut(text, matched, max) {
    const parts = text.split(WORD);
    const first = parts.findIndex((p, i) => i % 2 && isMatch(p, matched));
    const at = first < 0 ? 0 : parts.slice(0, first).join("").length;
    if (at > max / 3) text = "…" + text.slice(text.lastIndexOf(" ", at - max / 5) + 1);
    if (text.length > max) text = text.slice(0, Math.max(text.lastIndexOf(" ", max), max / 2)) + " …";
    return text;
  }

  // Words of the query held by a page's title, description and parts; the parts holding most of them, in page order.
  // A page whose title, description or one part (with the title, which names what every part is about) holds every word has them near each other.
  // A part that holds a word counts the title's words as its own too ("observation phase" lists the section
  // Observation of "The six adoption phases"); a part holding none of the words is not listed.
  function weigh(doc, matched) {
    const everyWord = (1 << matched.length) - 1;
    const title = holds(doc.title, matched);
    const parts = doc.sections.map(([heading, anchor, text], i) => {
      const own = holds(heading + " " + text, matched);
      return { heading, anchor, text, i, mask: own && own | title, inText: bits(holds(text, matched)) };
    });
    const most = Math.max(0, ...parts.map((p) => bits(p.mask)));
    const best = parts.filter((p) => bits(p.mask) === most && most > 0);
    const intro = holds(doc.description, matched);
    const near = (title | intro) === everyWord || parts.some((p) => (title | p.mask) === everyWord);
    // The snippet comes from the part whose text holds most words (a heading alone is named before its text).
    const lead = best.length && most >= bits(intro) ? best.reduce((a, b) => (b.inText > a.inText ? b : a)) : { heading: "", anchor: "", text: doc.description, inText: 1 };
    const snippet = lead.inText || !lead.heading ? lead.text : lead.heading + ": " + lead.text;
    return { near, lead, snippet, parts: best.filter((p) => p.anchor).slice(0, 3) };
  }

  // What one query shows: the ranked pages passing the filters, and for the first `shown` of them their
  // page file, the snippet and the parts (checklist items, guide steps, sections) that hold the words. Among
  // those, pages holding every word near each other come first. The header box, /search/ and the relevance
  // tests (through node) all go through here.
  async function find(query, state) {
    const { manifest: m, results, matched } = await search(query);
    const stageIndex = m.stages.findIndex((s) => s[0] === state.stage);
    const kindIndex = m.kinds.findIndex((k) => k[0] === state.kind);
    const facets = results.map((r) => facetsOf(m, r.doc));
    const byStage = (f) => stageIndex < 0 || f.stages & (1 << stageIndex);
    const byKind = (f) => kindIndex < 0 || f.kind === kindIndex;
    const passing = results.filter((r, i) => byStage(facets[i]) && byKind(facets[i]));
    const docs = await Promise.all(passing.slice(0, state.shown).map((r) =>
      load(new URL(m.docs + Math.floor(r.doc / m.docsPerFile) + ".json", INDEX)).then((file) => file[r.doc % m.docsPerFile])));
    const entries = docs.map((doc, i) => ({ doc, rank: passing[i], ...weigh(doc, matched) }))
      .sort((a, b) => byRank({ ...a.rank, score: a.rank.score * (a.near ? NEAR : 1) }, { ...b.rank, score: b.rank.score * (b.near ? NEAR : 1) }));
    return {
      manifest: m, matched, entries, total: passing.length,
      stageCounts: m.stages.map((_, s) => facets.filter((f) => byKind(f) && f.stages & (1 << s)).length),
      kindCounts: m.kinds.map((_, k) => facets.filter((f) => byStage(f) && f.kind === k).length),
    };
  }
  // How much a page holding every query word in its title or one of its parts gains over one that spreads them.
  const NEAR = 1.5;

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
  const highlight = (text, matched) => text.split(WORD).map((part, i) => (i % 2 && isMatch(part, matched) ? el("mark", { textContent: part }) : part));
  const href = (url, anchor) => url + (anchor ? "#" + encodeURIComponent(anchor) : "");

  function item(m, entry, matched) {
    const { doc, lead, snippet, parts } = entry;
    const facets = facetsOf(m, entry.rank.doc);
    const meta = [m.kinds[facets.kind][1], ...m.stages.filter((_, i) => facets.stages & (1 << i)).map((st) => st[1])].join(" · ");
    const li = el("li", { className: "search-result" },
      el("a", { href: href(doc.url, parts.length ? "" : lead.anchor) },
        el("span", { className: "search-result-title" }, ...highlight(doc.title, matched)),
        el("span", { className: "search-result-meta" }, meta),
        el("span", { className: "search-result-snippet" }, ...highlight(cut(snippet, matched, 200), matched))));
    // The checklist items, guide steps and sections that hold the words, each a link to its own place on the page.
    if (parts.length) {
      li.append(el("ul", { className: "search-parts" }, ...parts.map((p) => el("li", { className: "search-part" },
        el("a", { href: href(doc.url, p.anchor) },
          el("span", { className: "search-part-heading" }, ...highlight(p.heading || doc.title, matched)),
          el("span", { className: "search-result-snippet" }, ...highlight(cut(p.text, matched, 120), matched)))))));
    }
    return li;
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
      const found = await find(query, state);
      const searched = performance.now();
      const m = found.manifest;
      if (run !== state.run) return;

      const total = found.total;
      const status = total ? `${total} ${total === 1 ? "page" : "pages"} found` : `No pages match “${query}”`;
      const list = el("ul", { className: "search-results" }, ...found.entries.map((e) => item(m, e, found.matched)));
      const children = [
        el("div", { className: "search-filters" }, filter("stage", "All stages", m.stages, state.stage, found.stageCounts), filter("kind", "All kinds", m.kinds, state.kind, found.kindCounts)),
        el("p", { className: "search-status", textContent: status }),
        list,
      ];
      if (total > found.entries.length) {
        children.push(page
          ? el("button", { type: "button", className: "search-more", textContent: "Show more" })
          : el("a", { className: "search-all", href: "/search/?q=" + encodeURIComponent(query), textContent: `All ${total} results` }));
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

  // search-loader.js fetched this script on the reader's first focus or keystroke, and handles "/". Run
  // by node (no document), it hands out its ranking instead: the relevance tests and search-figures use it.
  if (typeof document === "undefined") globalThis.PlaybookSearch = { find };
  else document.querySelectorAll("form[data-search]").forEach(attach);
})();

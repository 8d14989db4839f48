// The client dashboard (/clients/) and the printable report (/clients/report/), drawn from the
// clients kept in this browser (clients.js) and the playbook's checklists and guides
// (/playbook.json, kept by the service worker for offline use). Export writes a client file;
// import checks one and changes nothing unless it is sound.
(() => {
  "use strict";
  const clients = window.PlaybookClients;
  const list = document.querySelector("[data-clients-list]");
  const report = document.querySelector("[data-clients-report]");
  if (!clients || (!list && !report)) return;
  const message = document.querySelector("[data-clients-message]");

  // The client file format, published as /schema/client.schema.json; ClientSchemaTests holds the two together.
  const FILE_TYPE = "playbook-client";
  const FILE_VERSION = 1;
  const MAX_FILE_BYTES = 1024 * 1024;
  const FIELDS = ["id", "name", "stage", "ticks", "walks", "notes", "touched"];
  const { MAX_NAME, MAX_NOTE } = clients;

  const fileOf = (id) => {
    const client = clients.get(id);
    return {
      $schema: new URL("/schema/client.schema.json", location.origin).href,
      type: FILE_TYPE,
      version: FILE_VERSION,
      client: { id, name: client.name, stage: client.stage, ticks: client.ticks, walks: client.walks, notes: client.notes, touched: client.touched },
    };
  };

  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  const strings = (v) => Array.isArray(v) && v.every((s) => typeof s === "string");
  // The same rules as the published schema; the first one broken is named.
  const shapeProblem = (c) => {
    if (!isObject(c)) return "\"client\" must be an object";
    const unknown = Object.keys(c).find((k) => !FIELDS.includes(k));
    if (unknown) return `"client" has a field this format does not know: "${unknown}"`;
    if (typeof c.id !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(c.id)) return "\"client.id\" must be 1 to 64 letters, digits, - or _";
    if (typeof c.name !== "string" || !c.name.trim() || c.name.length > MAX_NAME) return `"client.name" must be a text of 1 to ${MAX_NAME} characters`;
    if (typeof c.stage !== "string") return "\"client.stage\" must be a text (empty for no stage)";
    for (const field of ["ticks", "walks", "notes", "touched"]) if (!isObject(c[field])) return `"client.${field}" must be an object keyed by page URL`;
    for (const [url, ids] of Object.entries(c.ticks)) if (!strings(ids)) return `"client.ticks" of ${url} must be a list of item ids`;
    for (const [url, walk] of Object.entries(c.walks)) {
      if (!isObject(walk) || !strings(walk.path) || walk.path.length === 0 || typeof walk.outcome !== "string") return `"client.walks" of ${url} must have a non-empty "path" list and an "outcome" text`;
    }
    for (const [url, note] of Object.entries(c.notes)) if (typeof note !== "string" || note.length > MAX_NOTE) return `"client.notes" of ${url} must be a text of at most ${MAX_NOTE} characters`;
    for (const [url, when] of Object.entries(c.touched)) if (typeof when !== "string" || Number.isNaN(Date.parse(when))) return `"client.touched" of ${url} must be a date and time`;
    return "";
  };

  // Returns { error } when the file must be refused, or { client } when it can be imported.
  const validateFile = (text, byteSize) => {
    if (byteSize > MAX_FILE_BYTES) return { error: `The file is ${byteSize} bytes, over the 1 MB (${MAX_FILE_BYTES} bytes) a client file may be. Nothing was imported.` };
    let data;
    try { data = JSON.parse(text); } catch { return { error: "The file is not JSON, so it is not a client file exported from this playbook. Nothing was imported." }; }
    if (!isObject(data) || data.type !== FILE_TYPE) {
      const type = isObject(data) && "type" in data ? `"${String(data.type)}"` : "missing";
      return { error: `The file's type is ${type}, not "${FILE_TYPE}": it is not a client file. Nothing was imported.` };
    }
    if (data.version !== FILE_VERSION) return { error: `The file is version ${JSON.stringify(data.version)}; this playbook reads client files of version ${FILE_VERSION}. Nothing was imported.` };
    const problem = shapeProblem(data.client);
    if (problem) return { error: `The file's client is malformed: ${problem}. Nothing was imported.` };
    const c = data.client;
    return { client: { id: c.id, name: c.name.trim(), stage: c.stage, ticks: c.ticks, walks: c.walks, notes: c.notes, touched: c.touched } };
  };

  const el = (tag, props = {}, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  };
  const link = (href, text) => el("a", { href }, text);
  const when = (iso) => el("time", { dateTime: iso }, new Date(iso).toLocaleString());

  let site = { stages: [], phases: [], pages: [] };
  let pages = new Map();
  const checklists = () => site.pages.filter((p) => p.kind === "checklist" && p.checklist);
  const guides = () => site.pages.filter((p) => p.kind === "guide" && p.guide);
  const titleOf = (url) => pages.get(url)?.title || url;

  const stageLine = (client) => {
    const index = site.stages.findIndex((s) => s.id === client.stage);
    if (!client.stage) return el("p", {}, "Stage: not chosen yet");
    if (index < 0) return el("p", {}, `Stage: "${client.stage}", which this playbook no longer has`);
    const stage = site.stages[index];
    const phases = site.phases.filter((p) => p.stages.includes(stage.id)).map((p) => p.title);
    const stagePage = site.pages.find((p) => p.kind === "stage" && p.stages.length === 1 && p.stages[0] === stage.id);
    const name = el("span", { className: `client-stage stage-tone-${index + 1}` }, stagePage ? link(stagePage.url, stage.title) : stage.title);
    return el("p", {}, "Stage: ", name, phases.length ? ` · phase: ${phases.join(", ")}` : "");
  };

  const lastTouched = (client) => {
    const [url, iso] = Object.entries(client.touched).sort((a, b) => b[1].localeCompare(a[1]))[0] || [];
    return url ? el("p", {}, "Last worked on: ", link(url, titleOf(url)), ", ", when(iso)) : el("p", {}, "Nothing worked on yet");
  };

  const progress = (client, page) => {
    const ids = new Set(page.checklist.map((i) => i.id));
    const ticked = client.ticks[page.url] || [];
    const done = ticked.filter((id) => ids.has(id)).length;
    const gone = ticked.length - done;
    return { done, total: ids.size, gone };
  };

  const outcome = (client, page) => {
    const walk = client.walks[page.url];
    if (!walk) return "not started";
    const reached = page.guide.outcomes.find((o) => o.id === walk.outcome);
    return reached ? `outcome: ${reached.title}` : `in progress, ${walk.path.length - 1} answered`;
  };

  const notes = (client) => Object.entries(client.notes).sort((a, b) => a[0].localeCompare(b[0]));

  const card = (client) => {
    const current = client.id === clients.currentId();
    const heading = el("h2", { id: `client-${client.id}` }, client.name, current ? el("span", { className: "client-current" }, " (current)") : null);
    const tools = el("p", { className: "client-card-actions" });
    const button = (text, action) => {
      const b = el("button", { type: "button" }, text);
      b.setAttribute("aria-label", `${text} ${client.name}`);
      b.addEventListener("click", action);
      tools.append(b, " ");
      return b;
    };
    if (!current) button("Switch to", () => clients.switchTo(client.id));
    button("Rename", () => clients.askRename(client.id));
    button("Export", () => exportClient(client.id));
    button("Delete", () => clients.askRemove(client.id));
    const checklistItems = checklists().map((page) => {
      const { done, total, gone } = progress(client, page);
      return el("li", {}, link(page.url, page.title), `: ${done} of ${total}`,
        gone ? el("span", { className: "client-gone" }, ` (and ${gone} ticked item${gone === 1 ? "" : "s"} this checklist no longer has)`) : null);
    });
    const guideItems = guides().map((page) => el("li", {}, link(page.url, page.title), `: ${outcome(client, page)}`));
    const noteItems = notes(client).map(([url, text]) => el("div", {}, el("dt", {}, link(url, titleOf(url))), el("dd", {}, text)));
    const section = el("section", { className: `client-card${current ? " client-card-current" : ""}` },
      heading, stageLine(client), lastTouched(client),
      el("h3", {}, "Checklists"), checklistItems.length ? el("ul", {}, ...checklistItems) : el("p", {}, "This playbook has no checklists."),
      el("h3", {}, "Guides"), guideItems.length ? el("ul", {}, ...guideItems) : el("p", {}, "This playbook has no guides."),
      noteItems.length ? el("h3", {}, "Notes") : null, noteItems.length ? el("dl", { className: "client-notes" }, ...noteItems) : null,
      tools);
    section.setAttribute("aria-labelledby", heading.id);
    return section;
  };

  // One section per client; on paper each starts a page (the handout's print style).
  const printed = (client) => el("section", { className: "client-report-client" },
    el("h2", {}, `Client: ${client.name}`), stageLine(client), lastTouched(client),
    el("h3", {}, "Checklists"),
    el("ul", { className: "client-report-list" }, ...checklists().map((page) => {
      const { done, total } = progress(client, page);
      return el("li", {}, `${page.title}: ${done} of ${total} done`);
    })),
    el("h3", {}, "Guides"),
    el("ul", { className: "client-report-list" }, ...guides().map((page) => el("li", {}, `${page.title}: ${outcome(client, page)}`))),
    el("h3", {}, "Notes"),
    notes(client).length
      ? el("dl", { className: "client-notes" }, ...notes(client).map(([url, text]) => el("div", {}, el("dt", {}, titleOf(url)), el("dd", {}, text))))
      : el("p", {}, "No notes."));

  const byName = () => clients.all().sort((a, b) => a.name.localeCompare(b.name));
  const draw = () => {
    if (list) list.replaceChildren(...byName().map(card));
    if (report) report.replaceChildren(...byName().map(printed));
  };

  const say = (text, problem) => {
    if (!message) return;
    message.textContent = text;
    message.classList.toggle("clients-message-problem", Boolean(problem));
  };

  const exportClient = (id) => {
    const file = fileOf(id);
    const blob = new Blob([JSON.stringify(file, null, 2) + "\n"], { type: "application/json" });
    const a = el("a", { href: URL.createObjectURL(blob), download: `client-${file.client.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "client"}.json` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    say(`Exported "${file.client.name}" as ${a.download}.`);
  };

  // What a sound file holds that this playbook does not know: kept as it is, and said.
  const unknowns = (client) => {
    const found = [];
    if (client.stage && !site.stages.some((s) => s.id === client.stage)) found.push(`the stage "${client.stage}"`);
    for (const [url, ids] of Object.entries(client.ticks)) {
      const page = pages.get(url);
      const known = new Set(page && page.checklist ? page.checklist.map((i) => i.id) : []);
      const missing = ids.filter((id) => !known.has(id));
      if (missing.length) found.push(`${missing.length} ticked item${missing.length === 1 ? "" : "s"} of ${url} (${missing.join(", ")})`);
    }
    for (const url of Object.keys(client.walks)) {
      const page = pages.get(url);
      if (!page || !page.guide) found.push(`the walk of ${url}`);
    }
    return found;
  };

  const importFile = async (file) => {
    if (file.size > MAX_FILE_BYTES) {
      say(validateFile("", file.size).error, true);
      return;
    }
    const checked = validateFile(await file.text(), file.size);
    if (checked.error) {
      say(checked.error, true);
      return;
    }
    const client = checked.client;
    const existing = clients.existing(client);
    if (existing && !confirm(`The client "${clients.get(existing).name}" is already in this browser. Replace it with the one in the file?`)) {
      say(`Nothing was imported: "${clients.get(existing).name}" is kept as it was.`);
      return;
    }
    clients.importClient(client);
    if (existing && existing !== client.id) clients.remove(existing);
    const found = unknowns(client);
    say(`Imported "${client.name}".` + (found.length ? ` Kept, though this playbook no longer has them: ${found.join("; ")}.` : ""), found.length > 0);
  };

  const input = document.querySelector("#clients-import-file");
  if (input) {
    input.addEventListener("change", () => {
      const file = input.files && input.files[0];
      input.value = "";
      if (file) importFile(file);
    });
  }
  document.querySelector("[data-clients-new]")?.addEventListener("click", () => clients.askCreate());
  document.querySelector("[data-clients-print]")?.addEventListener("click", () => window.print());

  window.addEventListener("playbook:clients", draw);
  fetch("/playbook.json")
    .then((response) => response.ok ? response.json() : Promise.reject(new Error(String(response.status))))
    .then((json) => { site = json; })
    .catch(() => say("The playbook's checklists and guides could not be loaded, so progress is not shown.", true))
    .finally(() => {
      pages = new Map(site.pages.map((p) => [p.url, p]));
      document.querySelector("[data-clients-nojs]").hidden = true;
      document.querySelector("[data-clients-tools]").hidden = false;
      draw();
      document.body.dataset.clientsReady = "";
    });
})();

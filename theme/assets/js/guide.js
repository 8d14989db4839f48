// Walks a decision guide one step at a time. The path so far lives in the URL
// (?path=start,next-step,...), so a walk can be shared, reloaded and navigated with the
// browser's back button. A link straight to a step (#outcome-x) opens there with no answers:
// the reader gave none. Without this file every step is a section and every answer a link.
(() => {
  const guide = document.querySelector("[data-guide-start]");
  if (!guide) return;
  const start = guide.dataset.guideStart;
  const sections = new Map([...guide.querySelectorAll("section.guide-step[data-step]")].map((s) => [s.dataset.step, s]));
  const controls = guide.querySelector(".guide-controls");
  if (!sections.has(start) || !controls) return;
  const pathList = controls.querySelector(".guide-path");
  const progress = controls.querySelector(".guide-progress");
  const backButton = controls.querySelector(".guide-back");

  const answers = new Map([...sections].map(([id, section]) => [id,
    [...section.querySelectorAll(".guide-answers > li > a:first-child")].map((a) => ({ text: a.textContent.trim(), target: decodeURIComponent(a.hash.slice(1)) }))]));
  const question = (id) => {
    const heading = sections.get(id).querySelector("h2").cloneNode(true);
    heading.querySelector(".heading-anchor")?.remove();
    return heading.textContent.trim();
  };

  let path = [start];

  // The build writes on each step the most questions left from it, its own included.
  const left = (id) => Number(sections.get(id).dataset.left || 0);
  const plural = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  const progressText = () => {
    const here = path[path.length - 1];
    const answered = path.length - 1;
    if (sections.get(here).classList.contains("guide-outcome"))
      return answered > 0 ? `Outcome, after ${plural(answered, "answer")}` : "Outcome";
    if (path[0] !== start) return `At most ${plural(left(here), "question")} from here to an outcome`;
    return `Question ${answered + 1} of at most ${answered + left(here)}`;
  };

  // Keeps the longest prefix of a path that a reader could really have walked from where it starts.
  const walkable = (ids) => {
    const result = [sections.has(ids[0]) ? ids[0] : start];
    for (const id of ids.slice(1)) {
      const here = result[result.length - 1];
      if (!sections.has(id) || !answers.get(here).some((a) => a.target === id)) break;
      result.push(id);
    }
    return result;
  };
  const fromUrl = () => {
    const shared = new URLSearchParams(location.search).get("path");
    if (shared) return walkable(shared.split(","));
    const anchor = decodeURIComponent(location.hash.slice(1));
    return sections.has(anchor) ? [anchor] : [start];
  };
  const urlFor = (ids) => {
    const url = new URL(location.href);
    const linked = ids.length === 1 && ids[0] !== start;
    url.search = ids.length > 1 ? "?path=" + ids.map(encodeURIComponent).join(",") : "";
    url.hash = linked ? encodeURIComponent(ids[0]) : "";
    return url.href;
  };

  const render = (moveFocus) => {
    const here = path[path.length - 1];
    for (const [id, section] of sections) section.hidden = id !== here;
    const crumbs = path.slice(0, -1).map((id, i) => {
      const item = document.createElement("li");
      const step = document.createElement("button");
      step.type = "button";
      step.textContent = question(id);
      step.setAttribute("aria-label", `Go back to: ${question(id)}`);
      step.addEventListener("click", () => go(path.slice(0, i + 1)));
      const answer = answers.get(id).find((a) => a.target === path[i + 1]);
      item.append(step, document.createTextNode(` ${answer ? answer.text : ""}`));
      return item;
    });
    pathList.replaceChildren(...crumbs);
    progress.textContent = progressText();
    backButton.disabled = path.length === 1;
    // Once the reader has answered, the introduction folds away so the question stays near the top.
    guide.classList.toggle("guide-started", path.length > 1);
    if (moveFocus) {
      const heading = sections.get(here).querySelector("h2");
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      // Keep the answers so far, Back / Restart and the whole question in view together.
      const step = sections.get(here).getBoundingClientRect();
      if (controls.getBoundingClientRect().top < 0 || step.bottom > innerHeight) controls.scrollIntoView({ block: "start", behavior: "instant" });
    }
  };

  const go = (ids) => {
    path = ids;
    history.pushState(null, "", urlFor(path));
    render(true);
  };

  for (const [id, section] of sections) {
    const lists = section.querySelectorAll(".guide-answers");
    if (lists.length === 0) continue;
    const buttons = document.createElement("ul");
    buttons.className = "guide-answer-buttons";
    for (const answer of answers.get(id)) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "guide-answer-button";
      button.dataset.target = answer.target;
      button.textContent = answer.text;
      button.addEventListener("click", () => go([...path, answer.target]));
      item.append(button);
      buttons.append(item);
    }
    lists[lists.length - 1].after(buttons);
  }

  backButton.addEventListener("click", () => go(path.slice(0, -1)));
  controls.querySelector(".guide-restart").addEventListener("click", () => go([start]));
  window.addEventListener("popstate", () => {
    path = fromUrl();
    render(true);
  });
  window.addEventListener("hashchange", () => {
    const anchor = decodeURIComponent(location.hash.slice(1));
    // A link to the step already shown (its heading's own anchor) keeps the reader's walk.
    if (anchor === path[path.length - 1]) history.replaceState(null, "", urlFor(path));
    else if (sections.has(anchor)) go([anchor]);
  });

  path = fromUrl();
  if (urlFor(path) !== location.href && (location.search || location.hash)) history.replaceState(null, "", urlFor(path));
  guide.classList.add("guide-active");
  controls.hidden = false;
  render(false);
  // A link straight to a step lands on its heading; show the controls above it too.
  if (path[0] !== start) controls.scrollIntoView({ block: "start", behavior: "instant" });
})();

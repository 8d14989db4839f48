// Search costs ~13 KB of script that most readers of an article never use, so it is fetched
// the first time a search box is focused or typed in (or "/" is pressed), and at once on /search/.
// The results panel's stylesheet (the box's data-style; /search/ links it itself) comes with it.
(() => {
  const forms = [...document.querySelectorAll("form[data-search][data-script]")];
  if (forms.length === 0) return;
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    const style = forms.find((f) => f.dataset.style)?.dataset.style;
    if (style && !document.querySelector(`link[href="${style}"]`)) {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = style;
      document.head.append(link);
    }
    const script = document.createElement("script");
    script.src = forms[0].dataset.script;
    document.head.append(script);
  };
  for (const form of forms) {
    const input = form.querySelector("input[name=q]");
    input.addEventListener("focus", load, { once: true });
    input.addEventListener("input", load, { once: true });
  }
  if (forms.some((f) => f.dataset.search === "page")) load();

  // "/" jumps to search from anywhere but a field being typed in; on /search/ that is the page's own box.
  document.addEventListener("keydown", (e) => {
    const t = e.target;
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    e.preventDefault();
    forms[forms.length - 1].querySelector("input[name=q]").focus();
  });
})();

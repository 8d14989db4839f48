// "My client is at stage X": the reader picks a stage once; every page then marks the pages,
// phases and chips that belong to it. The choice is kept in local storage. Without this script
// the picker stays hidden and every page reads the same.
(function () {
  "use strict";
  var KEY = "playbook.clientStage";
  var MARK = "in-client-stage";
  var picker = document.querySelector("[data-stage-picker]");
  if (!picker) return;
  var select = picker.querySelector("select");
  var match = picker.querySelector("[data-stage-picker-match]");

  // Storage can be switched off or full; the picker then works for this page only.
  function load() {
    try { return window.localStorage.getItem(KEY) || ""; } catch (e) { return ""; }
  }
  function save(stage) {
    try {
      if (stage) window.localStorage.setItem(KEY, stage);
      else window.localStorage.removeItem(KEY);
    } catch (e) { /* keep the choice for this page only */ }
  }
  function words(value) {
    return (value || "").split(/\s+/).filter(Boolean);
  }

  function mark(stage) {
    document.querySelectorAll("[data-stage], [data-stages]").forEach(function (el) {
      var stages = words(el.getAttribute("data-stages") || el.getAttribute("data-stage"));
      el.classList.toggle(MARK, stage !== "" && stages.indexOf(stage) >= 0);
    });
    var onPage = stage !== "" && words(document.body.getAttribute("data-page-stages")).indexOf(stage) >= 0;
    document.body.classList.toggle("page-" + MARK, onPage);
    if (match) match.hidden = !onPage;
    if (stage) document.documentElement.setAttribute("data-client-stage", stage);
    else document.documentElement.removeAttribute("data-client-stage");
  }

  var stored = load();
  if (stored && select.querySelector('option[value="' + CSS.escape(stored) + '"]')) select.value = stored;
  else if (stored) save("");
  select.addEventListener("change", function () {
    save(select.value);
    mark(select.value);
  });
  // Another tab changed the stage: follow it, so every open page agrees.
  window.addEventListener("storage", function (event) {
    if (event.key !== KEY) return;
    select.value = event.newValue || "";
    mark(select.value);
  });
  mark(select.value);
  picker.hidden = false;
})();

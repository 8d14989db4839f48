// "My client is at stage X": the reader picks a stage once; every page then marks the pages,
// phases and chips that belong to it. The stage is the current client's (clients.js keeps it
// with the client's other work). Without this script the picker stays hidden and every page
// reads the same.
(function () {
  "use strict";
  var MARK = "in-client-stage";
  var picker = document.querySelector("[data-stage-picker]");
  var clients = window.PlaybookClients;
  if (!picker || !clients) return;
  var select = picker.querySelector("#stage-picker-select");
  var match = picker.querySelector("[data-stage-picker-match]");
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

  // A stage no longer in the playbook reads as "any stage".
  function show() {
    var stage = clients.current().stage || "";
    select.value = stage && select.querySelector('option[value="' + CSS.escape(stage) + '"]') ? stage : "";
    mark(select.value);
  }

  select.addEventListener("change", function () {
    clients.setStage(select.value);
  });
  // A switch of client, or another tab, changes the stage: every open page follows.
  window.addEventListener("playbook:clients", show);
  show();
  picker.hidden = false;
})();

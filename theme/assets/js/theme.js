// Loaded with a plain <script src> in <head>, before the first paint: a reader who chose a theme
// never sees a flash of the other one, and .js is set before CSS decides what to show.
(function () {
  var root = document.documentElement;
  root.classList.add("js");

  // On a slow device Chromium paints a half-parsed page, and what is parsed next (the rest of the
  // header, a select's options, the contents list) pushes what was painted. rel=expect holds the
  // first paint until the marker after the footer is inserted. It is added here rather than in the
  // markup because the W3C checker does not yet accept blocking= on rel=expect; browsers without
  // rel=expect ignore it.
  var expect = document.createElement("link");
  expect.rel = "expect";
  expect.href = "#page-end";
  expect.setAttribute("blocking", "render");
  document.head.appendChild(expect);
  try {
    var chosen = localStorage.getItem("playbook-theme");
    if (chosen === "light" || chosen === "dark") root.setAttribute("data-theme", chosen);
  } catch (e) {
    // Storage can be blocked (private windows, strict settings): the system setting still applies.
  }
})();

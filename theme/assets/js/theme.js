// Loaded with a plain <script src> in <head>, before the first paint: a reader who chose a theme
// never sees a flash of the other one, and .js is set before CSS decides what to show.
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  try {
    var chosen = localStorage.getItem("playbook-theme");
    if (chosen === "light" || chosen === "dark") root.setAttribute("data-theme", chosen);
  } catch (e) {
    // Storage can be blocked (private windows, strict settings): the system setting still applies.
  }
})();

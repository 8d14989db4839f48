// Progressive enhancement only: every page works without this file.
document.documentElement.classList.add("js");

// The theme toggle: without a stored choice the page follows the system setting (CSS does that);
// a click pins the other scheme and remembers it for theme.js to apply on the next page.
{
  const root = document.documentElement;
  const toggle = document.querySelector(".theme-toggle");
  const systemDark = window.matchMedia("(prefers-color-scheme: dark)");
  const isDark = () => (root.getAttribute("data-theme") ?? (systemDark.matches ? "dark" : "light")) === "dark";
  const show = () => toggle.setAttribute("aria-pressed", String(isDark()));
  if (toggle) {
    show();
    systemDark.addEventListener("change", show);
    toggle.addEventListener("click", () => {
      const next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("playbook-theme", next); } catch { /* not remembered, still applied */ }
      show();
    });
  }
}

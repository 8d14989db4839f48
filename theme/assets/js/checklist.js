// Keeps a checklist's ticks in this browser (localStorage, per page) and shows the progress.
// Without this file the boxes still work; they are just not remembered.
(() => {
  const list = document.querySelector("[data-checklist]");
  if (!list) return;
  const boxes = [...list.querySelectorAll("input.checklist-box[data-item]")];
  const progress = list.querySelector(".checklist-progress");
  if (boxes.length === 0 || !progress) return;
  const key = "playbook.checklist:" + list.dataset.checklist;
  const count = progress.querySelector(".checklist-count");
  const bar = progress.querySelector(".checklist-bar");

  const load = () => {
    try { return new Set(JSON.parse(localStorage.getItem(key) || "[]")); } catch { return new Set(); }
  };
  const save = (ticked) => {
    // Ids of items no longer on the page are dropped, so storage does not grow with old edits.
    try { localStorage.setItem(key, JSON.stringify(boxes.filter((b) => ticked.has(b.dataset.item)).map((b) => b.dataset.item))); } catch { /* storage full or blocked: ticks last this visit only */ }
  };
  const show = () => {
    const done = boxes.filter((b) => b.checked).length;
    count.textContent = `${done} of ${boxes.length} done`;
    bar.value = done;
    bar.max = boxes.length;
    bar.textContent = `${done} of ${boxes.length}`;
  };

  const ticked = load();
  for (const box of boxes) box.checked = ticked.has(box.dataset.item);
  list.addEventListener("change", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.classList.contains("checklist-box")) return;
    if (box.checked) ticked.add(box.dataset.item); else ticked.delete(box.dataset.item);
    save(ticked);
    show();
  });
  progress.querySelector(".checklist-reset").addEventListener("click", () => {
    ticked.clear();
    for (const box of boxes) box.checked = false;
    save(ticked);
    show();
    boxes[0].focus();
  });
  progress.hidden = false;
  show();
})();

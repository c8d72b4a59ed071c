// The figure timelines: hovering a point shows its card (the lines of the point's own
// <title>, set as text), and the legend's boxes show or hide an outlet's (or source's)
// points and table rows. Nothing here builds HTML from stored text.
"use strict";
(function () {
  const card = document.getElementById("figcard");
  if (!card) return;
  card.classList.add("fig");

  function show(point, x, y) {
    const title = point.querySelector("title");
    if (!title) return;
    const lines = title.textContent.split("\n").filter((line) => line.trim());
    card.replaceChildren(...lines.map((line) => {
      const div = document.createElement("div");
      div.textContent = line;
      return div;
    }));
    card.hidden = false;
    const width = card.offsetWidth;
    const left = Math.min(x + 14, window.scrollX + document.documentElement.clientWidth - width - 8);
    card.style.left = Math.max(window.scrollX + 4, left) + "px";
    card.style.top = (y + 16) + "px";
    const row = document.getElementById(point.dataset.row);
    if (row) row.classList.add("sel");
  }
  function hide(point) {
    card.hidden = true;
    const row = point && document.getElementById(point.dataset.row);
    if (row) row.classList.remove("sel");
  }

  for (const chart of document.querySelectorAll("svg.chart")) {
    chart.addEventListener("mouseover", (event) => {
      const point = event.target.closest(".pt");
      if (point) show(point, event.pageX, event.pageY);
    });
    chart.addEventListener("mouseout", (event) => {
      const point = event.target.closest(".pt");
      if (point && !(event.relatedTarget && point.contains(event.relatedTarget))) hide(point);
    });
    chart.addEventListener("focusin", (event) => {
      const point = event.target.closest(".pt");
      if (!point) return;
      const box = point.getBoundingClientRect();
      show(point, box.right + window.scrollX, box.top + window.scrollY);
    });
    chart.addEventListener("focusout", (event) => hide(event.target.closest(".pt")));
  }

  for (const section of document.querySelectorAll(".timeline")) {
    section.addEventListener("change", (event) => {
      const box = event.target;
      if (!box.matches("input[data-group]")) return;
      for (const el of section.querySelectorAll(".pt[data-group], tr[data-group]")) {
        if (el.dataset.group === box.dataset.group) el.classList.toggle("hidden", !box.checked);
      }
    });
  }
})();

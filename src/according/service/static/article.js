// The article page: hovering or selecting a highlighted stretch (or a card in the side list)
// marks every span of that attribution and shows its card beside the pointer. The cards are
// written by the server; this only clones and moves them, never builds HTML from text.
"use strict";
(function () {
  const text = document.getElementById("text");
  const cards = document.getElementById("cards");
  const hover = document.getElementById("hovercard");
  if (!text || !cards || !hover) return;

  // attribution number -> the highlighted elements that belong to it
  const spans = new Map();
  for (const el of text.querySelectorAll("[data-a]")) {
    for (const n of numbers(el)) {
      if (!spans.has(n)) spans.set(n, []);
      spans.get(n).push(el);
    }
  }
  let shown = null;   // the attribution marked now
  let pinned = null;  // the one kept selected by a click

  function numbers(el) {
    return (el.dataset.a || "").split(" ").filter(Boolean);
  }
  function cardOf(n) {
    return document.getElementById("card-" + n);
  }
  function mark(n, on) {
    for (const el of spans.get(n) || []) el.classList.toggle("sel", on);
    const card = cardOf(n);
    if (card) card.classList.toggle("sel", on);
  }
  function select(n) {
    if (shown === n) return;
    if (shown !== null) mark(shown, false);
    shown = n;
    if (n !== null) mark(n, true);
  }
  function showCard(n, x, y) {
    const card = cardOf(n);
    if (!card) return;
    const copy = card.cloneNode(true);
    copy.removeAttribute("id");
    for (const el of copy.querySelectorAll("[id]")) el.removeAttribute("id");
    copy.classList.remove("sel");
    hover.replaceChildren(copy);
    hover.hidden = false;
    const width = hover.offsetWidth;
    const left = Math.min(x + 14, window.scrollX + document.documentElement.clientWidth - width - 8);
    hover.style.left = Math.max(window.scrollX + 4, left) + "px";
    hover.style.top = (y + 18) + "px";
  }
  function hideCard() {
    hover.hidden = true;
    hover.replaceChildren();
  }

  text.addEventListener("mouseover", (event) => {
    const el = event.target.closest("[data-a]");
    if (!el || pinned !== null) return;
    const n = numbers(el)[0];
    select(n);
    showCard(n, event.pageX, event.pageY);
  });
  text.addEventListener("mousemove", (event) => {
    if (!hover.hidden && shown !== null && pinned === null) showCard(shown, event.pageX, event.pageY);
  });
  text.addEventListener("mouseout", (event) => {
    const el = event.target.closest("[data-a]");
    if (!el || pinned !== null) return;
    if (event.relatedTarget && el.contains(event.relatedTarget)) return;
    select(null);
    hideCard();
  });
  // a click keeps the attribution selected; clicking the same stretch again moves out to
  // the attribution it is reported inside, when it belongs to several
  text.addEventListener("click", (event) => {
    const el = event.target.closest("[data-a]");
    if (!el) { unpin(); return; }
    const list = numbers(el);
    const at = list.indexOf(pinned);
    const n = at >= 0 ? list[(at + 1) % list.length] : list[0];
    pinned = n;
    select(n);
    showCard(n, event.pageX, event.pageY);
    const card = cardOf(n);
    if (card) card.scrollIntoView({ block: "nearest" });
  });
  function unpin() {
    pinned = null;
    select(null);
    hideCard();
  }
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") unpin();
  });

  function fromCard(event, pin) {
    const card = event.target.closest(".card");
    if (!card || !card.dataset.card) return;
    const n = card.dataset.card;
    if (pin) pinned = n;
    else if (pinned !== null) return;
    select(n);
    const first = (spans.get(n) || [])[0];
    if (pin && first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  }
  cards.addEventListener("mouseover", (event) => fromCard(event, false));
  cards.addEventListener("mouseleave", () => { if (pinned === null) select(null); });
  cards.addEventListener("click", (event) => fromCard(event, true));
  cards.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") { event.preventDefault(); fromCard(event, true); }
  });
  cards.addEventListener("focusin", (event) => fromCard(event, false));
})();

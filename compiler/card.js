/* deckc card script: nothing on a card may be clipped at phone width (400 px).
   - A formula wider than its line is scaled down to fit (to half size at most; anything still
     wider scrolls inside its own box, never clipped by the card).
   - A table wider than the card is first set smaller (.compact); if still too wide it is stacked:
     one block per row, each cell under its column's name.
   Runs after MathJax typesets (onShownHook on desktop, a DOM observer everywhere else), again
   when the window changes width and when a folded block opens. ES5 only: older AnkiDroid WebViews. */
(function () {
  var script = document.currentScript;
  var root = (script && script.parentNode) || document.querySelector(".deckc");
  if (!root || root.deckcFit) { return; }
  var MIN_SCALE = 0.5;

  function blockWidth(el) {
    var node = el.parentNode;
    while (node && node !== root) {
      var display = window.getComputedStyle(node).display;
      if (display !== "inline" && display !== "contents") { break; }
      node = node.parentNode;
    }
    var box = node || root;
    var style = window.getComputedStyle(box);
    return box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  }

  function fitMath() {
    var all = root.querySelectorAll("mjx-container");
    for (var i = 0; i < all.length; i++) {
      var el = all[i];
      var math = el.firstElementChild;
      if (!math) { continue; }
      if (!el.getAttribute("data-fs")) { el.setAttribute("data-fs", window.getComputedStyle(el).fontSize); }
      var size = parseFloat(el.getAttribute("data-fs"));
      el.style.fontSize = size + "px";
      var display = el.getAttribute("display") === "true";
      var avail = display ? el.clientWidth : blockWidth(el);
      var now = size;
      // measured again after each scaling: a display formula's scroll width also counts what sticks out of
      // its box and does not scale with it (mhchem's arrows and charges, learner2 M17)
      for (var k = 0; k < 3 && avail > 0; k++) {
        var width = Math.max(math.getBoundingClientRect().width, display ? el.scrollWidth : 0);
        if (width <= avail + 0.5 || now <= size * MIN_SCALE) { break; }
        now = Math.max(now * avail / width * (k ? 0.97 : 1), size * MIN_SCALE);
        el.style.fontSize = now + "px";
      }
    }
  }

  // a grouped table leaves a row's first cell empty for "same as above" (a drug class over its drugs); stacked,
  // that row would float under nothing, so it carries the group's name to show (learner4 N40)
  function sameAbove(table) {
    var rows = table.querySelectorAll("tr");
    var above = "";
    for (var r = 0; r < rows.length; r++) {
      var first = rows[r].children[0];
      if (!first || first.tagName !== "TD") { continue; }
      var text = first.textContent.trim();
      if (text) { above = text; } else if (above && !first.children.length) {
        first.setAttribute("data-same", above);
        first.className += " deckc-same";
      }
    }
  }

  function label(table) {
    if (table.getAttribute("data-labelled")) { return; }
    table.setAttribute("data-labelled", "1");
    sameAbove(table);
    var head = table.querySelector("tr");
    if (!head || !head.querySelector("th")) { return; }
    head.className += " deckc-head";
    var names = [];
    for (var c = 0; c < head.children.length; c++) { names.push(head.children[c].textContent.trim()); }
    var rows = table.querySelectorAll("tr");
    for (var r = 0; r < rows.length; r++) {
      if (rows[r] === head) { continue; }
      for (var k = 0; k < rows[r].children.length && k < names.length; k++) {
        rows[r].children[k].setAttribute("data-label", names[k]);
      }
    }
  }

  function fitTables() {
    var tables = root.querySelectorAll("table");
    for (var i = 0; i < tables.length; i++) {
      var table = tables[i];
      label(table);
      table.classList.remove("stacked");
      table.classList.remove("compact");
      var avail = table.parentNode.clientWidth;
      if (table.scrollWidth > avail + 0.5) { table.classList.add("compact"); }
      if (table.scrollWidth > avail + 0.5) { table.classList.remove("compact"); table.classList.add("stacked"); }
    }
  }

  var pending = false;
  function fit() {
    pending = false;
    if (!document.body.contains(root)) { window.removeEventListener("resize", later); return; }
    fitTables();
    fitMath();
  }
  function later() {
    if (!pending) {
      pending = true;
      (window.requestAnimationFrame || window.setTimeout)(fit);
    }
  }
  root.deckcFit = fit;
  if (window.MutationObserver) {
    new MutationObserver(later).observe(root, { childList: true, subtree: true });
  }
  window.addEventListener("resize", later);
  root.addEventListener("toggle", later, true);  // a folded block (details) opened: fit what it shows
  if (typeof onShownHook !== "undefined" && onShownHook.push) { onShownHook.push(fit); }
  // web fonts and MathJax extensions may finish after the first typeset without touching the DOM the
  // observer watches: fit again when the fonts are loaded and once MathJax says it is done
  if (document.fonts && document.fonts.ready) { document.fonts.ready.then(later); }
  if (window.MathJax && MathJax.startup && MathJax.startup.promise) { MathJax.startup.promise.then(later); }
  later();
})();

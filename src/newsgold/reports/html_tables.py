"""Sortable, filterable tables in the HTML report: one small inline script, no network.

Every ``<table class="sortable">`` gets, when the page loads, a text box above it that
hides the body rows not containing every word typed (case-insensitive), with a count of
the rows shown, and header buttons that sort the body rows by that column: numbers
(the leading number of a cell, e.g. the F1 of "0.831 [0.767, 0.883]") before text,
ascending, then descending on a second click; equal cells keep the page's order. Rows of
class ``avg`` (micro, macro, weighted) stay visible and at the bottom. Without
JavaScript the tables are plain tables.
"""

from __future__ import annotations

SORTABLE = "sortable"

SCRIPT = r"""
(function () {
  "use strict";
  var NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?/i;
  function key(row, col) {
    var cell = row.cells[col];
    var text = cell ? cell.textContent.trim() : "";
    var m = NUMBER.exec(text);
    return m ? [0, parseFloat(m[0]), ""] : [1, 0, text.toLowerCase()];
  }
  function compare(a, b) {
    if (a[0] !== b[0]) return a[0] - b[0];
    if (a[1] !== b[1]) return a[1] - b[1];
    return a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
  }
  function pinned(row) { return row.classList.contains("avg"); }
  function setup(table, n) {
    var body = table.tBodies[0], head = table.tHead;
    if (!body || !head || !head.rows.length) return;
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (row, i) { row.dataset.order = i; });
    var headers = Array.prototype.slice.call(head.rows[head.rows.length - 1].cells);
    headers.forEach(function (th, col) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        headers.forEach(function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        var movable = rows.filter(function (r) { return !pinned(r); });
        movable.sort(function (a, b) {
          return dir * compare(key(a, col), key(b, col)) || a.dataset.order - b.dataset.order;
        });
        movable.concat(rows.filter(pinned)).forEach(function (r) { body.appendChild(r); });
      });
    });
    var box = document.createElement("div");
    box.className = "filter";
    var input = document.createElement("input");
    input.type = "search";
    input.placeholder = "filter rows";
    input.setAttribute("aria-label", "filter the rows of the table below");
    input.id = "filter-" + n;
    var count = document.createElement("span");
    count.className = "count";
    box.appendChild(input);
    box.appendChild(count);
    table.parentNode.insertBefore(box, table);
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0, total = 0;
      rows.forEach(function (r) {
        if (pinned(r)) return;
        var text = r.textContent.toLowerCase();
        var hit = words.every(function (w) { return text.indexOf(w) >= 0; });
        r.hidden = !hit;
        total += 1;
        shown += hit ? 1 : 0;
      });
      count.textContent = words.length ? shown + " of " + total + " rows" : "";
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), setup);
})();
""".strip()

CSS = """
.filter { display: flex; align-items: center; gap: 8px; margin: 4px 0 6px; }
.filter input { font: inherit; font-size: 12.5px; padding: 3px 8px; border: 1px solid var(--line); border-radius: 6px; min-width: 16em; }
.filter .count { font-size: 12px; color: var(--muted); }
th button.sort { all: unset; cursor: pointer; }
th button.sort:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
th[aria-sort="ascending"] button.sort::after { content: " ▲"; font-size: 9px; }
th[aria-sort="descending"] button.sort::after { content: " ▼"; font-size: 9px; }
tr[hidden] { display: none; }
.tablescroll { overflow-x: auto; }
"""


def script_tag() -> str:
    """The inline script that makes every ``table.sortable`` sortable and filterable."""
    return f"<script>\n{SCRIPT}\n</script>"

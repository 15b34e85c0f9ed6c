// Progressive enhancement only: every page works without this file.
// On the timeline, a tap or a key press on a bar or a point shows its details under the chart.
(function () {
  "use strict";
  function describe(el) {
    var value = Number(el.getAttribute("data-value")).toLocaleString("en");
    var side = el.getAttribute("data-side");
    var day = el.getAttribute("data-date");
    return el.getAttribute("data-total")
      ? day + ": " + value + " returned to " + side + " in all (reported running total)"
      : day + ": " + value + " people returned to " + side;
  }
  function show(event) {
    var el = event.target.closest ? event.target.closest("[data-value]") : null;
    var out = document.getElementById("chart-detail");
    if (!el || !out) { return; }
    out.textContent = describe(el);  // textContent: never parsed as HTML
    out.className = "picked";
  }
  document.addEventListener("DOMContentLoaded", function () {
    var chart = document.querySelector("svg.chart");
    if (!chart) { return; }
    chart.addEventListener("click", show);
    chart.addEventListener("focusin", show);
    chart.addEventListener("mouseover", show);
  });
})();

// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // After htmx replaced part of a page, focus goes to what the person should read next (an error, the results'
  // heading), so keyboard and screen-reader users are not left on a control that no longer exists.
  function focusAfterSwap(event) {
    var root = event.detail && event.detail.elt ? event.detail.elt : document;
    var target = root.querySelector ? root.querySelector("[data-focus]") : null;
    if (!target && root.matches && root.matches("[data-focus]")) {
      target = root;
    }
    if (target) {
      if (!target.hasAttribute("tabindex")) {
        target.setAttribute("tabindex", "-1");
      }
      target.focus();
    }
  }

  // A table marked data-chart gets a chart drawn from its own cells above it; the table stays the accessible source.
  function drawCharts(root) {
    if (typeof Chart === "undefined") {
      return;
    }
    root.querySelectorAll("table[data-chart]").forEach(function (table) {
      if (table.dataset.chartDrawn) {
        return;
      }
      var labels = [];
      var values = [];
      table.querySelectorAll("tbody tr").forEach(function (row) {
        var label = row.querySelector("th");
        var value = row.querySelector("td[data-value]");
        if (label && value) {
          labels.push(label.textContent.trim());
          values.push(Number(value.dataset.value));
        }
      });
      var figure = document.createElement("figure");
      figure.className = "msh-chart";
      figure.setAttribute("aria-hidden", "true");
      var canvas = document.createElement("canvas");
      figure.appendChild(canvas);
      table.closest(".kern-table-responsive").before(figure);
      new Chart(canvas, {
        type: table.dataset.chart,
        data: { labels: labels, datasets: [{ label: table.dataset.chartLabel || "", data: values, backgroundColor: "#0b2a63" }] },
        options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      });
      table.dataset.chartDrawn = "true";
    });
  }

  // An upload through htmx shows how far it is in the form's <progress> element.
  document.addEventListener("htmx:xhr:progress", function (event) {
    var form = event.target.closest ? event.target.closest("form[data-progress]") : null;
    var bar = form ? document.getElementById(form.dataset.progress) : null;
    if (bar && event.detail.lengthComputable) {
      bar.hidden = false;
      bar.value = Math.round((event.detail.loaded / event.detail.total) * 100);
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    drawCharts(document);
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    focusAfterSwap(event);
    drawCharts(document);
  });
})();

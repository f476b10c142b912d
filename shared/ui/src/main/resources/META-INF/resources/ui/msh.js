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

  var COLOURS = ["#0b2a63", "#c2410c", "#15803d", "#7e22ce", "#0e7490", "#a16207"];

  function germanDay(days) {
    return new Date(days * 86400000).toLocaleDateString("de-DE", { timeZone: "UTC" });
  }

  // A table marked data-chart gets a chart drawn from its own cells above it; the table stays the accessible source.
  // Each row is a point on the x axis (its th), each column of cells with data-value a series named by its column's
  // header; an empty data-value is a gap. A header marked data-points draws its series as points without a line.
  function drawCharts(root) {
    if (typeof Chart === "undefined") {
      return;
    }
    root.querySelectorAll("table[data-chart]").forEach(function (table) {
      if (table.dataset.chartDrawn) {
        return;
      }
      var headers = table.querySelectorAll("thead th");
      var labels = [];
      var series = {};
      var order = [];
      table.querySelectorAll("tbody tr").forEach(function (row) {
        var label = row.querySelector("th");
        if (!label) {
          return;
        }
        labels.push(label.textContent.trim());
        Array.prototype.forEach.call(row.cells, function (cell, column) {
          if (cell.tagName !== "TD" || !cell.hasAttribute("data-value")) {
            return;
          }
          if (!series[column]) {
            series[column] = [];
            order.push(column);
          }
          var value = cell.dataset.value;
          series[column][labels.length - 1] = value === "" ? null : Number(value);
        });
      });
      var single = order.length === 1;
      var datasets = order.map(function (column, index) {
        var header = headers[column];
        var colour = COLOURS[index % COLOURS.length];
        var values = [];
        for (var i = 0; i < labels.length; i++) {
          values.push(series[column][i] === undefined ? null : series[column][i]);
        }
        return {
          label: single ? table.dataset.chartLabel || "" : header ? header.textContent.trim() : "",
          data: values,
          backgroundColor: colour,
          borderColor: colour,
          showLine: !(header && header.hasAttribute("data-points")),
          spanGaps: true,
          pointRadius: 3
        };
      });
      var figure = document.createElement("figure");
      figure.className = "msh-chart";
      figure.setAttribute("aria-hidden", "true");
      var canvas = document.createElement("canvas");
      figure.appendChild(canvas);
      table.closest(".kern-table-responsive").before(figure);
      new Chart(canvas, {
        type: table.dataset.chart,
        data: { labels: labels, datasets: datasets },
        options: {
          animation: false,
          plugins: { legend: { display: !single } },
          // bars count projects: whole numbers from zero; lines follow their values; a table marked data-chart-days
          // holds days since 1970, shown as German dates
          scales: { y: table.dataset.chart === "bar" ? { beginAtZero: true, ticks: { precision: 0 } }
            : table.hasAttribute("data-chart-days") ? { ticks: { callback: germanDay } } : {} }
        }
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
    // a page that came back refused (without htmx) marks the explanation to read first
    var refusal = document.querySelector("[data-focus-on-load]");
    if (refusal) {
      refusal.focus();
    }
    drawCharts(document);
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    focusAfterSwap(event);
    drawCharts(document);
  });
})();

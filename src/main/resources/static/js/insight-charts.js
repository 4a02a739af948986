// Draws a Chart.js chart above each table marked data-chart; the table stays, for screen readers, print and copy.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') { return; }
  var palette = ['#0b5cad', '#b3261e', '#1e7a3d', '#9a6200', '#6b3fa0', '#00838f', '#c2185b', '#5d4037', '#455a64', '#827717'];
  var charts = [];
  var number = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en' : 'vi');
  var english = document.documentElement.lang === 'en';
  // The tables print numbers as their readers write them: 1.234,5 in Vietnamese, 1,234.5 in English.
  function value(cell) {
    var raw = (cell && cell.textContent || '').replace(/\s/g, '');
    var text = english ? raw.replace(/,/g, '') : raw.replace(/\./g, '').replace(',', '.');
    return text === '' ? null : Number(text);
  }
  document.querySelectorAll('table[data-chart]').forEach(function (table) {
    var kind = table.getAttribute('data-chart');
    var lineColumn = Number(table.getAttribute('data-line') || 0);
    var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    if (rows.length === 0) { return; }
    var labels = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var datasets = [];
    for (var column = 1; column < heads.length; column++) {
      var data = rows.map(function (row) { return value(row.cells[column]); });
      var line = column === lineColumn;
      datasets.push({
        label: heads[column], data: data,
        type: line ? 'line' : undefined, yAxisID: line ? 'percent' : 'y',
        backgroundColor: kind === 'doughnut' ? palette : palette[(column - 1) % palette.length],
        borderColor: kind === 'doughnut' ? '#fff' : palette[(column - 1) % palette.length],
        tension: 0.2
      });
    }
    var holder = document.createElement('div');
    holder.className = 'chart-canvas';
    var canvas = document.createElement('canvas');
    // The table below stays visible and is the source of truth (screen readers, print, copy); the drawing only
    // repeats it, so assistive technology skips it.
    canvas.setAttribute('aria-hidden', 'true');
    holder.appendChild(canvas);
    table.parentNode.insertBefore(holder, table);
    var scales = kind === 'doughnut' ? {} : {
      y: { beginAtZero: true, ticks: { precision: 0, callback: function (v) { return number.format(v); } } },
      percent: { display: lineColumn > 0, position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false } }
    };
    charts.push(new Chart(canvas, {
      type: kind,
      data: { labels: labels, datasets: datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: scales,
        plugins: { legend: { position: 'bottom' } } }
    }));
  });
  window.addEventListener('beforeprint', function () { charts.forEach(function (chart) { chart.resize(); }); });
})();

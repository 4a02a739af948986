// Draws each canvas[data-chart-table] as a bar chart of the table it names: the table stays on the page for
// screen readers and for readers without JavaScript; the chart only shows it.
document.addEventListener("DOMContentLoaded", () => {
  if (typeof Chart === "undefined") {
    return;
  }
  document.querySelectorAll("canvas[data-chart-table]").forEach((canvas) => {
    const table = document.getElementById(canvas.dataset.chartTable);
    if (!table) {
      return;
    }
    const headers = [...table.querySelectorAll("thead th")].slice(1).map((th) => th.textContent.trim());
    const colours = ["#b3261e", "#1f6feb", "#2e7d32", "#ef6c00", "#6a1b9a"];
    const datasets = [...table.querySelectorAll("tbody tr")].map((row, i) => ({
      label: row.querySelector("th").textContent.trim(),
      data: [...row.querySelectorAll("td")].map((td) => Number(td.textContent.trim()) || 0),
      backgroundColor: colours[i % colours.length],
    }));
    new Chart(canvas, {
      type: "bar",
      data: { labels: headers, datasets },
      options: { responsive: true, plugins: { legend: { position: "bottom" } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
  });
});

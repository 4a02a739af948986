// The map of cases: clusters come from the server (a grid a marker wide at each zoom), denunciations only as
// counts at their commune's place. Without tiles (none configured, or offline) the markers still show.
(function () {
  'use strict';
  var element = document.getElementById('case-map');
  if (!element || typeof L === 'undefined') { return; }
  var english = document.documentElement.lang === 'en';
  var number = new Intl.NumberFormat(english ? 'en' : 'vi');
  var filter = new URLSearchParams(window.location.search);
  ['lang', 'page'].forEach(function (key) { filter.delete(key); });
  var map = L.map(element, { preferCanvas: true }).setView([16.05, 106.2], 6);
  var tiles = element.getAttribute('data-tiles');
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 19, attribution: element.getAttribute('data-attribution') || '' }).addTo(map);
  }
  var layer = L.layerGroup().addTo(map);
  var mode = 'points';
  var fitted = false;

  function text(value) { var span = document.createElement('span'); span.textContent = value; return span.innerHTML; }
  function icon(label, kind, size) {
    return L.divIcon({ className: '', iconSize: [size, size],
      html: '<span class="map-cluster ' + kind + '">' + text(label) + '</span>' });
  }
  function sizeOf(count) { return Math.min(56, 26 + Math.round(Math.log10(count + 1) * 12)); }
  function queueLink(params, label) {
    var query = new URLSearchParams(filter);
    Object.keys(params).forEach(function (key) { query.set(key, params[key]); });
    return '<a href="' + element.getAttribute('data-queue') + '?' + query.toString() + '">' + text(label) + '</a>';
  }
  function get(url, params) {
    var query = new URLSearchParams(filter);
    Object.keys(params || {}).forEach(function (key) { query.set(key, params[key]); });
    return fetch(url + '?' + query.toString(), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); });
  }
  function communeMarker(c, denunciationsOnly) {
    var count = denunciationsOnly ? c.denunciations : c.cases;
    var marker = L.marker([c.latitude, c.longitude], {
      icon: icon(number.format(count), 'commune' + (!denunciationsOnly && c.overdue > 0 ? ' overdue' : ''), sizeOf(count)),
      keyboard: true, title: c.name });
    var lines = denunciationsOnly
      ? [text(c.name), queueLink({ commune: c.code, type: 'DENUNCIATION' },
          (english ? 'Denunciations: ' : 'Tố cáo: ') + number.format(c.denunciations)),
         text(english ? 'Shown at the commune, never closer.' : 'Chỉ ghi ở mức xã, không ghi vị trí cụ thể.')]
      : [text(c.name), queueLink({ commune: c.code }, (english ? 'Cases: ' : 'Hồ sơ: ') + number.format(c.cases)),
         queueLink({ commune: c.code, deadline: 'OVERDUE' }, (english ? 'Overdue: ' : 'Quá hạn: ') + number.format(c.overdue)),
         queueLink({ commune: c.code, type: 'DENUNCIATION' }, (english ? 'Denunciations: ' : 'Tố cáo: ') + number.format(c.denunciations))];
    marker.bindPopup(lines.join('<br>'));
    return marker;
  }
  function loadPoints() {
    var b = map.getBounds();
    get(element.getAttribute('data-cells'), {
      south: Math.max(-90, b.getSouth()).toFixed(5), west: Math.max(-180, b.getWest()).toFixed(5),
      north: Math.min(90, b.getNorth()).toFixed(5), east: Math.min(180, b.getEast()).toFixed(5), zoom: map.getZoom()
    }).then(function (data) {
      layer.clearLayers();
      data.cells.forEach(function (cell) {
        var marker = L.marker([cell.latitude, cell.longitude], {
          icon: icon(number.format(cell.count), '', sizeOf(cell.count)), keyboard: true,
          title: cell.petitionId ? (english ? 'A case' : 'Một hồ sơ') : number.format(cell.count) });
        if (cell.petitionId) {
          marker.bindPopup('<a href="' + element.getAttribute('data-case') + cell.petitionId + '">'
            + text(english ? 'Open the case' : 'Mở hồ sơ') + '</a>');
        } else {
          marker.on('click', function () { map.setView([cell.latitude, cell.longitude], Math.min(map.getZoom() + 2, 18)); });
        }
        layer.addLayer(marker);
      });
      data.denunciations.forEach(function (c) { layer.addLayer(communeMarker(c, true)); });
    }).catch(function () {});
  }
  function loadCommunes(fitOnly) {
    get(element.getAttribute('data-communes')).then(function (communes) {
      var placed = communes.filter(function (c) { return c.latitude !== null && c.longitude !== null; });
      if (!fitted && placed.length > 0) {
        fitted = true;
        map.fitBounds(L.latLngBounds(placed.map(function (c) { return [c.latitude, c.longitude]; })).pad(0.3), { maxZoom: 14 });
      }
      if (fitOnly) { return; }
      layer.clearLayers();
      placed.forEach(function (c) { layer.addLayer(communeMarker(c, false)); });
    }).catch(function () {});
  }
  function refresh() { if (mode === 'points') { loadPoints(); } else { loadCommunes(false); } }
  map.on('moveend', refresh);
  document.querySelectorAll('#map-mode input[name=mode]').forEach(function (radio) {
    radio.addEventListener('change', function () { mode = radio.value; refresh(); });
  });
  loadCommunes(true);
  refresh();
})();

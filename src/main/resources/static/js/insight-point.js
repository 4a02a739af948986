// A case's point on a small map (.point-map[data-lat][data-lon]); and, on the portal's form, a map to pick the
// point that fills the latitude and longitude boxes (which stay, for keyboards and screen readers).
(function () {
  'use strict';
  if (typeof L === 'undefined') { return; }
  function base(element, lat, lon, zoom) {
    var map = L.map(element, { scrollWheelZoom: false }).setView([lat, lon], zoom);
    var tiles = element.getAttribute('data-tiles');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: element.getAttribute('data-attribution') || '' }).addTo(map);
    }
    return map;
  }
  document.querySelectorAll('.point-map[data-lat]').forEach(function (element) {
    var lat = Number(element.getAttribute('data-lat'));
    var lon = Number(element.getAttribute('data-lon'));
    var map = base(element, lat, lon, 16);
    L.circleMarker([lat, lon], { radius: 9, color: '#b3261e', weight: 3, fillOpacity: 0.5 }).addTo(map);
  });
  var picker = document.getElementById('pick-map');
  if (!picker) { return; }
  var latBox = document.getElementById('latitude');
  var lonBox = document.getElementById('longitude');
  var start = latBox.value && lonBox.value ? [Number(latBox.value), Number(lonBox.value)] : null;
  var map = base(picker, start ? start[0] : 16.05, start ? start[1] : 106.2, start ? 16 : 6);
  var marker = null;
  function place(lat, lon) {
    if (marker) { marker.setLatLng([lat, lon]); } else {
      marker = L.circleMarker([lat, lon], { radius: 9, color: '#b3261e', weight: 3, fillOpacity: 0.5 }).addTo(map);
    }
  }
  if (start) { place(start[0], start[1]); }
  map.on('click', function (event) {
    latBox.value = event.latlng.lat.toFixed(6);
    lonBox.value = event.latlng.lng.toFixed(6);
    place(event.latlng.lat, event.latlng.lng);
  });
  function typed() {
    var lat = Number(latBox.value), lon = Number(lonBox.value);
    if (latBox.value && lonBox.value && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
      place(lat, lon); map.setView([lat, lon], Math.max(map.getZoom(), 15));
    }
  }
  latBox.addEventListener('change', typed);
  lonBox.addEventListener('change', typed);
  var details = picker.closest('details');
  if (details) { details.addEventListener('toggle', function () { map.invalidateSize(); }); }
  var locate = document.getElementById('use-location');
  if (locate) { locate.addEventListener('click', function () { window.setTimeout(typed, 1500); }); }
})();

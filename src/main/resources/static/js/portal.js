// "Use my location" on the submission form: fills latitude and longitude from the browser, if allowed.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('use-location');
  if (!button || !navigator.geolocation) {
    if (button) { button.hidden = true; }
    return;
  }
  button.addEventListener('click', function () {
    navigator.geolocation.getCurrentPosition(function (position) {
      document.getElementById('latitude').value = position.coords.latitude.toFixed(6);
      document.getElementById('longitude').value = position.coords.longitude.toFixed(6);
    });
  });
});

// The receipt's print button.
document.addEventListener('DOMContentLoaded', function () {
  var print = document.getElementById('print');
  if (print) { print.addEventListener('click', function () { window.print(); }); }
});

// A form that came back with errors: focus its summary at the top, whose links lead to each field.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
    summary.scrollIntoView({ block: 'start' });
  }
});

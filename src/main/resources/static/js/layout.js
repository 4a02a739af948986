// Every page: on a phone the navigation folds behind a menu button (without JavaScript it simply stays open),
// and the commune picker's search box, which needs htmx, appears only where scripts run.
document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.getElementById('menu-toggle');
  var panel = document.getElementById('site-nav');
  if (toggle && panel) {
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      panel.classList.toggle('open', open);
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && panel.classList.contains('open')) {
        toggle.setAttribute('aria-expanded', 'false');
        panel.classList.remove('open');
        toggle.focus();
      }
    });
  }
  document.querySelectorAll('.picker-search[hidden]').forEach(function (search) { search.hidden = false; });
});

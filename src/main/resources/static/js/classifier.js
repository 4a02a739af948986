// Classification help on the intake form: "Dùng gợi ý" copies the suggested type and field into the selects.
// The officer still checks them and submits the form; nothing is chosen without this click.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-classifier-fill]');
  if (!button) { return; }
  var form = button.closest('form') || document;
  [['type', button.dataset.type], ['fieldCode', button.dataset.field]].forEach(function (pair) {
    var select = form.querySelector('select[name="' + pair[0] + '"]');
    if (select && pair[1]) {
      select.value = pair[1];
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
  var type = form.querySelector('select[name="type"]');
  if (type) { type.focus(); }
});

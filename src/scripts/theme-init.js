(function () {
  var root = document.documentElement;
  var saved = null;
  try { saved = localStorage.getItem('fixpath-theme'); } catch (e) {}
  var dark = saved ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  root.dataset.theme = dark ? 'dark' : 'light';
  root.dataset.js = '';
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element && event.target.closest('[data-theme-toggle]');
    if (!button) return;
    var next = root.dataset.theme === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    button.setAttribute('aria-pressed', String(next === 'dark'));
    try { localStorage.setItem('fixpath-theme', next); } catch (e) {}
  });
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-theme-toggle]');
    if (button) button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
  });
})();

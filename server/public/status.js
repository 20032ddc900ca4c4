/* global fetch, DOMParser, setInterval, location */
/**
 * Keeps a public status page current without reloading it: every few seconds, fetch the page
 * again and swap in its <main> when something changed. Served as a file, since the CSP allows no
 * inline script; all wording stays on the server.
 */
(function () {
  'use strict';
  var current = document.querySelector('main[data-refresh-seconds]');
  if (!current) return;
  var seconds = Number(current.getAttribute('data-refresh-seconds')) || 15;

  function refresh() {
    if (document.hidden) return;
    fetch(location.href, { headers: { accept: 'text/html' } })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (text) {
        if (text === null) return;
        var next = new DOMParser().parseFromString(text, 'text/html').querySelector('main[data-refresh-seconds]');
        if (next && next.innerHTML !== current.innerHTML) {
          current.replaceWith(next);
          current = next;
        }
      })
      .catch(function () {
        // Offline for a moment: keep showing the last known status.
      });
  }

  setInterval(refresh, seconds * 1000);
})();

/*
 * The kiosk page's first listener, before any module: the core draws the start screen into the
 * page (electron/services/startPage), so a resident can tap it, or press a key, before the kiosk's
 * scripts have run. The first such tap (the path to the element from #root, and its text) or key is
 * noted on <html data-early-action>; the kiosk does it once it has mounted, exactly once
 * (renderer/src/startPage/earlyAction.ts). A classic script in the head, a few hundred bytes, so it
 * listens before the first paint; a file, since the page's CSP allows no inline script.
 */
(function () {
  var html = document.documentElement;
  function note(action) {
    if (!html.hasAttribute('data-kiosk-mounted') && !html.hasAttribute('data-early-action')) html.setAttribute('data-early-action', JSON.stringify(action));
  }
  document.addEventListener('click', function (event) {
    var path = [];
    var node = event.target;
    for (; node && node.parentElement && node.id !== 'root'; node = node.parentElement) path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node));
    if (node && node.id === 'root') note({ tap: path, text: event.target.textContent });
  }, true);
  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || /^(Tab|Shift|Control|Alt|Meta)$/.test(event.key)) return;
    // Enter or Space on a button the resident reached with Tab: the click that follows is the action.
    if (event.target.tagName === 'BUTTON' && (event.key === 'Enter' || event.key === ' ')) return;
    note({ key: event.key });
  }, true);
  html.setAttribute('data-early-tap', '');
})();

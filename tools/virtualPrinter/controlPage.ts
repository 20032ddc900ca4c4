import { virtualFaults } from './faultStatus';

/** The demo page: the last ticket, refreshed every second, and a button per fault. */
export function controlPageHtml(): string {
  const buttons = [...virtualFaults, null]
    .map((fault) => `<button data-fault='${JSON.stringify(fault)}'>${fault ?? 'no fault'}</button>`)
    .join('\n      ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Sunbeon virtual printer</title>
    <style>
      body { font-family: system-ui, sans-serif; background: #eee; margin: 24px; }
      #faults button { font-size: 16px; margin: 0 8px 8px 0; padding: 8px 14px; }
      #faults button.active { background: #c62828; color: #fff; }
      #preview { display: block; margin-top: 16px; box-shadow: 0 2px 8px #0004; max-width: 100%; }
    </style>
  </head>
  <body>
    <h1>Virtual printer</h1>
    <p>Fault: <strong id="fault">…</strong> · Jobs: <strong id="count">0</strong></p>
    <div id="faults">
      ${buttons}
    </div>
    <img id="preview" src="/preview.svg" alt="Last ticket">
    <script>
      const put = (fault) =>
        fetch('/fault', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fault }) }).then(refresh);
      for (const button of document.querySelectorAll('#faults button')) {
        button.addEventListener('click', () => put(JSON.parse(button.dataset.fault)));
      }
      async function refresh() {
        const [{ fault }, received] = await Promise.all([fetch('/fault').then((r) => r.json()), fetch('/jobs').then((r) => r.headers.get('x-jobs-received'))]);
        document.getElementById('fault').textContent = fault ?? 'none';
        for (const button of document.querySelectorAll('#faults button')) {
          button.classList.toggle('active', JSON.parse(button.dataset.fault) === fault);
        }
        const count = document.getElementById('count');
        if (count.textContent !== received) {
          count.textContent = received;
          document.getElementById('preview').src = '/preview.svg?job=' + received;
        }
      }
      refresh();
      setInterval(refresh, 1000);
    </script>
  </body>
</html>
`;
}

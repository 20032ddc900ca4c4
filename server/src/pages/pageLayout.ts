import { languages, type Language } from '../../../shared/language';
import { html, type Html } from './html';
import { pageText } from './pageText';

export const REFRESH_SECONDS = 15;

/**
 * The frame of every public page. No inline script or style anywhere (the CSP forbids both): the
 * refresh script and the stylesheet are files, and the script swaps in the <main> of a fresh copy.
 */
export function pageLayout({ language, title, main, indexable }: { language: Language; title: string; main: Html; indexable: boolean }): string {
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${indexable ? '' : html`<meta name="robots" content="noindex">`}
<title>${title}</title>
<link rel="stylesheet" href="/static/status.css">
<script src="/static/status.js" defer></script>
</head>
<body>
<main data-refresh-seconds="${REFRESH_SECONDS}">
${main}
</main>
<footer>
<p>${pageText[language].refreshes}</p>
<p class="languages">${languages
    .filter((other) => other !== language)
    .map((other) => html`<a href="?lang=${other}" hreflang="${other}" lang="${other}">${pageText[other].languageName}</a> `)}</p>
</footer>
</body>
</html>
`.markup;
}

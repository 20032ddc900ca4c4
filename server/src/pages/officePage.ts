import { congestionLevels } from '../../../shared/district/api';
import { seoulDateTimeParts } from '../../../shared/businessDay';
import { textIn, type Language } from '../../../shared/language';
import { waitEstimateText } from '../../../shared/waitEstimateText';
import type { PublicOfficeStatus } from '../status/publicStatus';
import { html } from './html';
import { pageLayout } from './pageLayout';
import { pageText } from './pageText';

/** GET /offices/:officeId — every service's line at a glance, congestion in words and colour. */
export function officePage(status: PublicOfficeStatus, language: Language): string {
  const t = pageText[language];
  const officeName = textIn(status.officeName, language);
  const main = html`
<p class="kicker">${t.waitingStatus}</p>
<h1>${officeName}</h1>
<ul class="services">
${status.services.map(
  (service) => html`<li class="service level-${service.congestion === null ? 'unknown' : congestionLevels.indexOf(service.congestion)}">
<h2>${textIn(service.name, language)}</h2>
${service.congestion !== null && html`<p class="congestion">${t.congestion[service.congestion]}</p>`}
<dl>
<div><dt>${t.waiting}</dt><dd>${t.people(service.waiting)}</dd></div>
<div><dt>${t.estimate}</dt><dd>${waitEstimateText(service.estimate, language)}</dd></div>
</dl>
</li>
`,
)}</ul>
<p class="updated">${t.asOf(seoulDateTimeParts(Date.parse(status.updatedAt)).time)}</p>`;
  return pageLayout({ language, title: `${officeName} — ${t.waitingStatus}`, main, indexable: true });
}

import { textIn, type Language } from '../../../shared/language';
import { waitEstimateText } from '../../../shared/waitEstimateText';
import type { TicketView } from '../status/publicStatus';
import { html } from './html';
import { pageLayout } from './pageLayout';
import { pageText } from './pageText';

/** GET /t/:statusToken — one ticket: where it stands, and where to go once it is called. */
export function ticketPage({ status, officeId, officeName }: TicketView, language: Language): string {
  const t = pageText[language];
  const main = html`
${officeName ? html`<p class="kicker">${textIn(officeName, language)}</p>` : ''}
<h1>${t.ticket} <span class="number">${status.displayNumber}</span></h1>
<p class="service-name">${textIn(status.serviceName, language)}</p>
<p class="status status-${status.status}" role="status">${t.status[status.status]}${
    status.status === 'called' ? html`<strong class="counter">${t.goToCounter(status.counterNumber)}</strong>` : ''
  }</p>
${
  status.status === 'waiting'
    ? html`<dl>
<div><dt>${t.peopleAhead}</dt><dd>${t.people(status.peopleAhead)}</dd></div>
<div><dt>${t.estimate}</dt><dd>${waitEstimateText(status.estimate, language)}</dd></div>
</dl>`
    : ''
}
<p><a href="/offices/${encodeURIComponent(officeId)}?lang=${language}">${t.officeLink}</a></p>`;
  return pageLayout({ language, title: `${t.ticket} ${status.displayNumber}`, main, indexable: false });
}

export function notFoundPage(language: Language, explanation: 'ticket' | 'office'): string {
  const t = pageText[language];
  const main = html`<h1>${t.notFound}</h1>
<p>${explanation === 'ticket' ? t.ticketNotFound : t.officeNotFound}</p>`;
  return pageLayout({ language, title: t.notFound, main, indexable: false });
}

import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { encodeTicket } from '../../electron/services/printing/escpos/ticketEncoder';
import { ticketPrintData } from '../../electron/services/kiosk/ticketPrintData';
import { demoOffice } from '../../electron/services/office/demoOffice';
import { BoardStoreProvider, createBoardStore, type BoardStore } from '../../renderer/board/src/boardStore';
import { boardMessages } from '../../renderer/board/src/i18n/boardMessages';
import { QueueStrip } from '../../renderer/board/src/parts/QueueStrip';
import { CounterStoreProvider, type CounterStore } from '../../renderer/counter/src/counterStore';
import { counterEn } from '../../renderer/counter/src/i18n/en';
import { counterKo } from '../../renderer/counter/src/i18n/ko';
import { QueuePanel } from '../../renderer/counter/src/parts/QueuePanel';
import { createLanI18n } from '../../renderer/lanShared/i18n/createLanI18n';
import { FlowStoreProvider } from '../../renderer/src/flow/FlowContext';
import { createFlowStore } from '../../renderer/src/flow/flowStore';
import { issuedTicket, officeOverview } from '../../renderer/src/flow/testFixtures';
import { createI18n } from '../../renderer/src/i18n';
import { ChooseServiceScreen } from '../../renderer/src/screens/ChooseServiceScreen';
import { TicketFacts } from '../../renderer/src/screens/parts';
import { renderMessage } from '../../server/src/messages/messageTemplates';
import { officePage } from '../../server/src/pages/officePage';
import { ticketPage } from '../../server/src/pages/ticketPage';
import { languages, type Language } from '../../shared/language';
import type { WaitEstimate } from '../../shared/waitEstimate';
import { waitEstimateText } from '../../shared/waitEstimateText';
import { decodeEscPos } from '../virtualPrinter/escPosDecoder';

/**
 * One forecast, rendered by every screen and message a person reads it on, must read the same
 * everywhere: the shared formatter's words after the one label word of each language. A surface
 * that formatted a range or an "unknown" on its own ("10-15분", "10 to 15 min", "—") fails here.
 */
const forecasts: Array<{ name: string; estimate: WaitEstimate }> = [
  { name: 'a range', estimate: { kind: 'range', minMinutes: 25, maxMinutes: 40 } },
  { name: 'no counter for the rest of the day', estimate: { kind: 'unknown', reason: 'no-counter-today' } },
  { name: 'unknown', estimate: { kind: 'unknown' } },
];

/** The label before the estimate, one word per language on every surface (a colon may follow). */
const label: Record<Language, string> = { ko: '예상 대기', en: 'Estimated wait', zh: '预计等候', vi: 'Thời gian chờ dự kiến' };

const service = { id: 'passport', name: { ko: '여권', en: 'Passport', zh: '护照', vi: 'Hộ chiếu' } };
const officeName = { ko: '순번구청 민원실', en: 'Sunbeon-gu Office', zh: '顺番区厅', vi: 'Văn phòng Sunbeon-gu' };

/** What a reader sees of a page: its text, tags gone, spaces collapsed. */
function visibleText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "예상 대기 25~40분", "Estimated wait: 25~40 min", "预计等候25~40分钟。": the label, then the estimate in the shared words, then nothing more of it. */
function labelledEstimate(language: Language, estimate: WaitEstimate): RegExp {
  return new RegExp(`${escapeRegExp(label[language])}[:：]? ?${escapeRegExp(waitEstimateText(estimate, language))}(?=$|[ .。·,，])`);
}

function withKioskText(language: Language, element: ReactElement): string {
  const i18n = createI18n();
  void i18n.changeLanguage(language);
  return visibleText(renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>));
}

/** The surfaces a resident reads, each as the text it shows for this forecast in this language. */
function residentSurfaces(language: Language, estimate: WaitEstimate): Record<string, string> {
  const office = officeOverview([{ ...service, waiting: 3, estimate, closedForToday: false, notOpen: null }], { languages: [...languages] });
  const ticket = issuedTicket(office.services[0], { peopleAhead: 3, estimate });
  const flowStore = createFlowStore(() => {
    throw new Error('rendering calls no kiosk API');
  });
  const printData = ticketPrintData(demoOffice, demoOffice.services[0], { displayNumber: '1004', peopleAhead: 3, estimate, issuedAtMs: Date.parse('2026-11-24T01:00:00Z') }, language);
  const message = (kind: 'issued' | 'approaching' | 'update') => renderMessage({ kind, officeName, displayNumber: '1004', language, peopleAhead: 3, estimate }).text;
  return {
    'kiosk service list': withKioskText(
      language,
      <FlowStoreProvider store={flowStore}>
        <ChooseServiceScreen state={{ name: 'chooseService', language, office }} />
      </FlowStoreProvider>,
    ),
    'kiosk done screen': withKioskText(language, <TicketFacts ticket={ticket} language={language} />),
    'paper ticket': printData.waitEstimateLine,
    'first message': message('issued'),
    'approaching message': message('approaching'),
    'update message': message('update'),
    'office status page': visibleText(
      officePage({ officeName, updatedAt: '2026-11-24T01:00:00Z', services: [{ ...service, waiting: 3, estimate, congestion: null }] }, language),
    ),
    'ticket status page': visibleText(
      ticketPage(
        {
          status: { displayNumber: '1004', serviceName: service.name, status: 'waiting', peopleAhead: 3, estimate, counterNumber: null },
          officeId: 'sunbeon-gu',
          officeName,
          language,
        },
        language,
      ),
    ),
  };
}

describe('the wording of a wait estimate', () => {
  describe.each(forecasts)('$name', ({ estimate }) => {
    it.each([...languages])('reads the same on every surface a resident reads, in %s', (language) => {
      const surfaces = residentSurfaces(language, estimate);
      for (const [surface, text] of Object.entries(surfaces)) expect(text, surface).toMatch(labelledEstimate(language, estimate));
    });

    it('prints on paper what the ticket data says, in the text-mode languages', () => {
      for (const language of ['ko', 'en'] as const) {
        const data = ticketPrintData(demoOffice, demoOffice.services[0], { displayNumber: '1004', peopleAhead: 3, estimate, issuedAtMs: Date.parse('2026-11-24T01:00:00Z') }, language);
        const [printed] = decodeEscPos(encodeTicket(data));
        expect(printed.text.replace(/\s+/g, ' ')).toMatch(labelledEstimate(language, estimate));
      }
    });

    it('reads the same on the staff screens: the counter page and the board', () => {
      const queues = [{ serviceId: service.id, name: service.name, waiting: 3, estimate }];
      for (const language of ['ko', 'en'] as const) {
        const i18n = createLanI18n('counter', { ko: counterKo, en: counterEn }, language);
        // The panel reads only the staff member's language from the counter's store.
        const counterStore = createStore<CounterStore>()(() => ({ preferences: { language } }) as CounterStore);
        const counter = renderToStaticMarkup(
          <I18nextProvider i18n={i18n}>
            <CounterStoreProvider store={counterStore}>
              <QueuePanel queues={queues} />
            </CounterStoreProvider>
          </I18nextProvider>,
        );
        const cells = [...counter.matchAll(/<td>([^<]*)<\/td>/g)].map((match) => match[1]);
        expect(cells, `counter page in ${language}`).toEqual([waitEstimateText(estimate, language)]);
      }
      // Rendered on a server, zustand reads a store's initial state: the board is in it from the start.
      const boardStore = createStore<BoardStore>()(() => ({ ...createBoardStore().getState(), board: { queues } as BoardStore['board'] }));
      const board = renderToStaticMarkup(
        <I18nextProvider i18n={createLanI18n('board', boardMessages)}>
          <BoardStoreProvider store={boardStore}>
            <QueueStrip />
          </BoardStoreProvider>
        </I18nextProvider>,
      );
      const estimateCard = visibleText(board.match(/<p class="queue-card__estimate">(.*?)<\/p>/)?.[1] ?? '');
      expect(estimateCard).toBe(`${waitEstimateText(estimate, 'ko')} ${waitEstimateText(estimate, 'en')}`);
    });
  });

  it('fails a surface that writes the range its own way', () => {
    const range: WaitEstimate = { kind: 'range', minMinutes: 25, maxMinutes: 40 };
    expect('예상 대기 25-40분').not.toMatch(labelledEstimate('ko', range));
    expect('Estimated wait: 25 to 40 minutes').not.toMatch(labelledEstimate('en', range));
    expect('Estimated wait: 25~40 minutes').not.toMatch(labelledEstimate('en', range));
    expect('예상 대기 알 수 없음').not.toMatch(labelledEstimate('ko', { kind: 'unknown', reason: 'no-counter-today' }));
  });
});

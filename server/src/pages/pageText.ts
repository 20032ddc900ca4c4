import type { Language } from '../../../shared/office';
import type { CongestionLevel } from '../status/congestion';
import type { PublicTicketStatus } from '../status/publicStatus';

interface PageWords {
  waitingStatus: string;
  waiting: string;
  people: (n: number) => string;
  estimate: string;
  asOf: (time: string) => string;
  congestion: Record<CongestionLevel, string>;
  ticket: string;
  peopleAhead: string;
  status: Record<PublicTicketStatus['status'], string>;
  goToCounter: (counterNumber: number | null) => string;
  officeLink: string;
  refreshes: string;
  notFound: string;
  ticketNotFound: string;
  officeNotFound: string;
  otherLanguage: { language: Language; label: string };
}

export const pageText: Record<Language, PageWords> = {
  ko: {
    waitingStatus: '대기 현황',
    waiting: '대기',
    people: (n) => `${n}명`,
    estimate: '예상 대기',
    asOf: (time) => `${time} 기준`,
    congestion: { 한산: '한산', 보통: '보통', 혼잡: '혼잡', '매우 혼잡': '매우 혼잡' },
    ticket: '번호표',
    peopleAhead: '내 앞 대기',
    status: {
      waiting: '기다리는 중입니다',
      called: '호출되었습니다',
      done: '업무가 끝났습니다',
      no_show: '호출에 응답이 없어 부재 처리되었습니다. 창구에 문의해 주세요.',
      cancelled: '취소된 번호표입니다',
    },
    goToCounter: (n) => (n === null ? '안내된 창구로 와 주세요' : `${n}번 창구로 와 주세요`),
    officeLink: '민원실 전체 대기 현황',
    refreshes: '이 화면은 15초마다 저절로 새로 고쳐집니다.',
    notFound: '찾을 수 없습니다',
    ticketNotFound: '이 번호표를 찾을 수 없습니다. 주소를 다시 확인해 주세요.',
    officeNotFound: '이 민원실의 대기 현황이 아직 없습니다.',
    otherLanguage: { language: 'en', label: 'English' },
  },
  en: {
    waitingStatus: 'Waiting status',
    waiting: 'Waiting',
    people: (n) => (n === 1 ? '1 person' : `${n} people`),
    estimate: 'Estimated wait',
    asOf: (time) => `As of ${time}`,
    congestion: { 한산: 'Quiet', 보통: 'Moderate', 혼잡: 'Busy', '매우 혼잡': 'Very busy' },
    ticket: 'Ticket',
    peopleAhead: 'People ahead of you',
    status: {
      waiting: 'Waiting',
      called: 'Called',
      done: 'Finished',
      no_show: 'Marked absent after no answer to the call. Please ask at a counter.',
      cancelled: 'This ticket was cancelled',
    },
    goToCounter: (n) => (n === null ? 'Please come to the counter shown' : `Please come to counter ${n}`),
    officeLink: 'Waiting status of the whole office',
    refreshes: 'This page refreshes by itself every 15 seconds.',
    notFound: 'Not found',
    ticketNotFound: 'This ticket cannot be found. Please check the address.',
    officeNotFound: 'There is no waiting status for this office yet.',
    otherLanguage: { language: 'ko', label: '한국어' },
  },
};

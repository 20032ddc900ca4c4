import type { TicketPrintData } from '../types';

/** A realistic ticket for the printing tests: Hangul in KS X 1001, a middle dot, a two-digit count. */
export const sampleTicket: TicketPrintData = {
  officeName: '종로구청 민원실',
  serviceName: '주민등록 등·초본',
  displayNumber: '1023',
  peopleAheadLine: '앞에 3명 대기 중',
  waitEstimateLine: '예상 대기 10~15분',
  issuedAtLine: '2025-11-24 09:12',
  notice: '번호가 지나가면 다시 발급받아 주세요.',
};

import { seoulDateTimeParts } from '../../../shared/businessDay';
import type { WaitEstimate } from '../../../shared/waitEstimate';
import type { Language, OfficeConfig, ServiceConfig } from '../../../shared/office';
import { waitEstimateText } from '../../../shared/waitEstimateText';
import type { TicketPrintData } from '../printing/types';

interface PrintableTicket {
  displayNumber: string;
  peopleAhead: number;
  estimate: WaitEstimate;
  issuedAtMs: number;
}

const labels = {
  ko: { peopleAhead: (n: number) => `앞에 기다리는 분: ${n}명`, estimate: '예상 대기', issuedAt: (d: string, t: string) => `발행 ${d} ${t}` },
  en: { peopleAhead: (n: number) => `People ahead of you: ${n}`, estimate: 'Estimated wait:', issuedAt: (d: string, t: string) => `Issued ${d} ${t}` },
} as const;

export function ticketPrintData(office: OfficeConfig, service: ServiceConfig, ticket: PrintableTicket, language: Language): TicketPrintData {
  const { date, time } = seoulDateTimeParts(ticket.issuedAtMs);
  return {
    officeName: office.officeName[language],
    serviceName: service.name[language],
    displayNumber: ticket.displayNumber,
    peopleAheadLine: labels[language].peopleAhead(ticket.peopleAhead),
    waitEstimateLine: `${labels[language].estimate} ${waitEstimateText(ticket.estimate, language)}`,
    issuedAtLine: labels[language].issuedAt(date, time),
    notice: office.ticketNotice[language],
  };
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Language } from '../../../shared/language';
import { officePage } from '../pages/officePage';
import { pageLanguage } from '../pages/pageLanguage';
import { notFoundPage, ticketPage } from '../pages/ticketPage';
import type { PublicStatus } from '../status/publicStatus';
import { DistrictProblem } from './httpErrors';

/** Short enough to feel live, long enough that a proxy or browser absorbs a crowd's refreshes. */
const officeCaching = 'public, max-age=5';
// A ticket's page is reachable by anyone holding its link, but shared caches have no business keeping it.
const ticketCaching = 'private, max-age=5';

interface OfficeParams {
  officeId: string;
}
interface TicketParams {
  statusToken: string;
}

function browserLanguage(request: FastifyRequest): Language {
  return pageLanguage(request.query, request.headers['accept-language'], 'ko');
}

/** The language the resident chose at the kiosk, unless the page's own switch says otherwise. */
function ticketLanguage(request: FastifyRequest, chosen: Language): Language {
  return pageLanguage(request.query, undefined, chosen);
}

function sendPage(reply: FastifyReply, status: number, caching: string, page: string) {
  return reply.status(status).type('text/html; charset=utf-8').header('cache-control', caching).header('vary', 'accept-language').send(page);
}

/** The public, read-only views: JSON for programs, HTML for residents' phones. */
export function registerStatusRoutes(app: FastifyInstance, status: PublicStatus): void {
  app.get<{ Params: OfficeParams }>('/api/v1/offices/:officeId/status', async (request, reply) => {
    const office = await status.officeJson(request.params.officeId);
    if (!office) throw new DistrictProblem(404, 'NOT_FOUND', 'No waiting status for this office yet');
    return reply.header('cache-control', officeCaching).type('application/json; charset=utf-8').send(office);
  });

  app.get<{ Params: TicketParams }>('/api/v1/tickets/:statusToken', async (request, reply) => {
    const ticket = await status.ticket(request.params.statusToken);
    if (!ticket) throw new DistrictProblem(404, 'NOT_FOUND', 'No ticket with this status link');
    return reply.header('cache-control', ticketCaching).send(ticket.status);
  });

  app.get<{ Params: OfficeParams }>('/offices/:officeId', async (request, reply) => {
    const office = await status.office(request.params.officeId);
    const language = browserLanguage(request);
    return office ? sendPage(reply, 200, officeCaching, officePage(office, language)) : sendPage(reply, 404, officeCaching, notFoundPage(language, 'office'));
  });

  app.get<{ Params: TicketParams }>('/t/:statusToken', async (request, reply) => {
    const ticket = await status.ticket(request.params.statusToken);
    if (!ticket) return sendPage(reply, 404, ticketCaching, notFoundPage(browserLanguage(request), 'ticket'));
    return sendPage(reply, 200, ticketCaching, ticketPage(ticket, ticketLanguage(request, ticket.language)));
  });
}

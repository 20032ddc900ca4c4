import { publicOfficeStatusSchema, publicTicketStatusSchema } from '../../../shared/district/api';
import type { TestServer } from './testServers';
import type { TestTicket } from './kioskScript';

/** The public JSON views, parsed with the contract's schemas. */
export function publicApi({ server }: Pick<TestServer, 'server'>) {
  return {
    async ticket(ticket: Pick<TestTicket, 'statusToken'>) {
      const response = await fetch(`${server.url}/api/v1/tickets/${ticket.statusToken}`);
      if (response.status !== 200) throw new Error(`ticket status: ${response.status}`);
      return publicTicketStatusSchema.parse(await response.json());
    },
    async office(officeId = 'gangnam') {
      const response = await fetch(`${server.url}/api/v1/offices/${officeId}/status`);
      if (response.status !== 200) throw new Error(`office status: ${response.status}`);
      return publicOfficeStatusSchema.parse(await response.json());
    },
  };
}

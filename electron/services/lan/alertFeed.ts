import type { OfficeAlert } from '../../../shared/officeAlerts';

/** The kiosk's alerts as the LAN pages read them: the list now, and a word when it changes. */
export interface AlertFeed {
  current(): OfficeAlert[];
  subscribe(listener: () => void): () => void;
}

/** A LAN server started on its own (bench, route tests) has no printer or district to warn of. */
export const noAlerts: AlertFeed = { current: () => [], subscribe: () => () => undefined };

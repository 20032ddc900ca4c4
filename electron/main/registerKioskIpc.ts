import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { KioskChannel } from '../../shared/ipc/channels';
import { fail } from '../../shared/result';
import type { KioskRoute } from '../services/ipc/kioskRoutes';
import { isTrustedSender } from '../services/ipc/trustedSender';

/** The slice of ipcMain we use, so registration is testable without Electron (Bruno's IpcMainLike). */
export type IpcMainLike = Pick<IpcMain, 'handle'>;

export function registerKioskIpc(ipcMain: IpcMainLike, routes: ReadonlyMap<KioskChannel, KioskRoute>, trustedOrigin: string): void {
  for (const [channel, route] of routes) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      const trusted = isTrustedSender(frame && { url: frame.url, isMainFrame: frame === event.sender.mainFrame }, trustedOrigin);
      return trusted ? route(payload) : fail('FORBIDDEN_SENDER', 'Only the kiosk page may call the kiosk');
    });
  }
}

import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { KioskChannel } from '../../shared/ipc/channels';
import type { Logger } from '../../nodeShared/logger';
import type { KioskRoute } from '../services/ipc/kioskRoutes';
import { isTrustedSender, refuseSender } from '../services/ipc/trustedSender';

/** The slice of ipcMain we use, so registration is testable without Electron (Bruno's IpcMainLike). */
export type IpcMainLike = Pick<IpcMain, 'handle'>;

export function registerKioskIpc(ipcMain: IpcMainLike, routes: ReadonlyMap<KioskChannel, KioskRoute>, trustedOrigin: string, log: Pick<Logger, 'warn'>): void {
  for (const [channel, route] of routes) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      const sender = frame && { url: frame.url, isMainFrame: frame === event.sender.mainFrame };
      return isTrustedSender(sender, trustedOrigin) ? route(payload) : refuseSender(log, channel, sender);
    });
  }
}

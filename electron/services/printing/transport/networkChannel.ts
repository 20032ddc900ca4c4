import { createConnection } from 'node:net';
import type { ChannelOpener, OpenResult } from './byteChannel';
import { settleWithin } from './settleWithin';
import { StreamChannel } from './streamChannel';

/** Raw TCP (port 9100 by convention): a fresh connection per operation. */
export function networkOpener(host: string, port: number): ChannelOpener {
  return (timeoutMs) => {
    const socket = createConnection({ host, port });
    socket.setNoDelay(true);
    return settleWithin<OpenResult>(
      timeoutMs,
      { ok: false, reason: `no connection to ${host}:${port} within ${timeoutMs} ms` },
      (settle) => {
        const onError = (error: NodeJS.ErrnoException): void =>
          settle({ ok: false, reason: `cannot connect to ${host}:${port}: ${error.code ?? error.message}` });
        socket.once('error', onError);
        socket.once('connect', () => settle({ ok: true, channel: new StreamChannel(socket) }));
        return () => socket.off('error', onError);
      },
    ).then((opened) => {
      if (!opened.ok) socket.destroy();
      return opened;
    });
  };
}

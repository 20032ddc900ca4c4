import { afterEach } from 'vitest';
import { startVirtualPrinter, type VirtualPrinter } from '../../../tools/virtualPrinter/virtualPrinter';

/** Virtual printers on free ports, stopped after each test. */
export function useVirtualPrinters(): () => Promise<VirtualPrinter> {
  const running: VirtualPrinter[] = [];
  afterEach(async () => {
    for (const printer of running.splice(0)) await printer.stop();
  });
  return async () => {
    const printer = await startVirtualPrinter({ port: 0 });
    running.push(printer);
    return printer;
  };
}

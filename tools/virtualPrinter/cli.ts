/**
 * A virtual receipt printer for demos:
 *   npx tsx tools/virtualPrinter/cli.ts --port 9100 --control-port 9101
 */
import { parseArgs } from 'node:util';
import { startVirtualPrinter } from './virtualPrinter';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9100' },
    'control-port': { type: 'string', default: '9101' },
  },
});

function portNumber(text: string, option: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--${option} must be a port number (0–65535), not '${text}'`);
    process.exit(2);
  }
  return port;
}

void startVirtualPrinter({ port: portNumber(values.port, 'port'), controlPort: portNumber(values['control-port'], 'control-port') }).then(
  (printer) => {
    console.log(`Virtual printer listening on tcp://127.0.0.1:${printer.port}`);
    console.log(`Preview and faults at http://127.0.0.1:${printer.controlPort}/`);
    const stop = (): void => void printer.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (error: unknown) => {
    console.error(`Virtual printer could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

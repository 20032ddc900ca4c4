import { createServer } from 'node:net';

/** Every port the demo listens on, with the variable that moves it. All on 127.0.0.1. */
export interface PortSetting {
  what: string;
  env: string;
  /** 0: any free port, chosen at start. */
  port: number;
}

export type DemoPorts = Record<'view' | 'lan' | 'district' | 'printer' | 'printerControl' | 'kioskPage', PortSetting>;

function setting(env: NodeJS.ProcessEnv, name: string, what: string, fallback: number): PortSetting {
  const raw = env[name];
  const port = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`${name}=${raw} is not a port number (0–65535; 0 picks any free port)`);
  return { what, env: name, port };
}

export function demoPorts(env: NodeJS.ProcessEnv): DemoPorts {
  return {
    view: setting(env, 'SUNBEON_VIEW_PORT', 'kiosk remote view', 8090),
    lan: setting(env, 'SUNBEON_LAN_PORT', 'LAN server (counter page, board)', 8080),
    district: setting(env, 'SUNBEON_SERVER_PORT', 'district server', 8787),
    printer: setting(env, 'SUNBEON_PRINTER_PORT', 'virtual printer (ESC/POS over TCP)', 9100),
    printerControl: setting(env, 'SUNBEON_PRINTER_CONTROL_PORT', 'virtual printer preview', 9101),
    kioskPage: setting(env, 'SUNBEON_BRIDGE_PORT', "kiosk page for the demo's browser", 0),
  };
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * Checked before anything starts, so a taken port is one clear line rather than a half-started
 * demo. Returns one sentence per taken port; empty when all are free.
 */
export async function portsInUse(settings: readonly PortSetting[]): Promise<string[]> {
  const problems: string[] = [];
  for (const { what, env, port } of settings) {
    if (port === 0 || (await isFree(port))) continue;
    problems.push(`Port ${port} (${what}) is already in use: set ${env} to a free port, e.g. ${env}=${port + 1} npm start`);
  }
  const seen = new Map<number, string>();
  for (const { env, port } of settings) {
    if (port !== 0 && seen.has(port)) problems.push(`${seen.get(port)} and ${env} are both ${port}: give each its own port`);
    seen.set(port, env);
  }
  return problems;
}

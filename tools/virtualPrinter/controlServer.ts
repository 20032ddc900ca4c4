import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { controlPageHtml } from './controlPage';
import { isRasterLine, type DecodedTicket } from './escPosDecoder';
import { virtualFaults, type VirtualFault } from './faultStatus';

export interface ControlTarget {
  readonly jobs: readonly DecodedTicket[];
  readonly received: number;
  readonly fault: VirtualFault | null;
  setFault(fault: VirtualFault | null): void;
  previewSvg(): string;
}

export interface RunningControlServer {
  port: number;
  stop(): Promise<void>;
}

const faultRequestSchema = z.object({ fault: z.enum(virtualFaults).nullable() }).strict();
const MAX_BODY_BYTES = 1024;

/** The demo page and a small HTTP API over a virtual printer; loopback only. */
export async function startControlServer(target: ControlTarget, port: number, host: string): Promise<RunningControlServer> {
  const server = createServer((request, response) => void route(target, request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => closeServer(server),
  };
}

async function route(target: ControlTarget, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const method = request.method ?? 'GET';
  if (method === 'GET' && path === '/') return send(response, 200, 'text/html; charset=utf-8', controlPageHtml());
  if (method === 'GET' && path === '/preview.svg') return send(response, 200, 'image/svg+xml; charset=utf-8', target.previewSvg());
  if (method === 'GET' && path === '/jobs') {
    // The list keeps only the latest tickets; the header counts every one, so the page knows when a new one came.
    response.setHeader('x-jobs-received', String(target.received));
    return sendJson(response, 200, target.jobs.map(jobView));
  }
  if (method === 'GET' && path === '/fault') return sendJson(response, 200, { fault: target.fault });
  if (method === 'PUT' && path === '/fault') return setFault(target, request, response);
  if (['/', '/preview.svg', '/jobs', '/fault'].includes(path)) return sendJson(response, 405, { error: `${method} is not allowed on ${path}` });
  return sendJson(response, 404, { error: `no such path: ${path}` });
}

async function setFault(target: ControlTarget, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const body = await readBody(request);
  if (body === null) return sendJson(response, 413, { error: `body larger than ${MAX_BODY_BYTES} bytes` });
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return sendJson(response, 400, { error: 'body is not JSON' });
  }
  const parsed = faultRequestSchema.safeParse(json);
  if (!parsed.success) {
    return sendJson(response, 400, { error: `expected {"fault": ${virtualFaults.map((fault) => `"${fault}"`).join(' | ')} | null}` });
  }
  target.setFault(parsed.data.fault);
  return sendJson(response, 200, { fault: parsed.data.fault });
}

/** The body as text, or null when it is larger than the limit (read to the end, so the answer still goes out). */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8');
}

function jobView(ticket: DecodedTicket): object {
  const lines = ticket.lines.map((line) => (isRasterLine(line) ? { raster: { width: line.raster.width, height: line.raster.height }, align: line.align } : line));
  return { ...ticket, lines };
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  response.end(body);
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

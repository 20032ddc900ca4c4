import { createReadStream } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

/** One requested span of a file, both ends inclusive (as in `Range: bytes=start-end`). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * electron-updater's differential download asks for up to 1000 changed spans of the installer in one
 * request. More than that is not a client of ours: the whole file is the safe answer.
 */
export const MAX_RANGES = 1000;

export type RangeRequest = { kind: 'whole' } | { kind: 'ranges'; ranges: ByteRange[] } | { kind: 'unsatisfiable' };

/**
 * `Range: bytes=…` of a file of `size` bytes (RFC 9110 §14): `a-b`, `a-` and the suffix `-n`. A header
 * that is absent, not in bytes or malformed asks for the whole file; one whose every span lies past
 * the end cannot be satisfied (416). Spans stay in the order asked and are never merged: the client
 * matches each part of the answer to the span it asked for.
 */
export function parseRange(header: string | undefined, size: number): RangeRequest {
  if (!header) return { kind: 'whole' };
  const match = /^bytes=(.+)$/i.exec(header.trim());
  if (!match) return { kind: 'whole' };
  const specs = match[1].split(',').map((spec) => spec.trim());
  if (specs.length > MAX_RANGES) return { kind: 'whole' };
  const ranges: ByteRange[] = [];
  for (const spec of specs) {
    const parts = /^(\d*)-(\d*)$/.exec(spec);
    if (!parts || (parts[1] === '' && parts[2] === '')) return { kind: 'whole' };
    if (parts[1] === '') {
      const suffix = Number(parts[2]);
      if (suffix > 0 && size > 0) ranges.push({ start: Math.max(0, size - suffix), end: size - 1 });
      continue;
    }
    const start = Number(parts[1]);
    const end = parts[2] === '' ? size - 1 : Math.min(Number(parts[2]), size - 1);
    if (parts[2] !== '' && Number(parts[2]) < start) return { kind: 'whole' };
    if (start < size) ranges.push({ start, end });
  }
  return ranges.length === 0 ? { kind: 'unsatisfiable' } : { kind: 'ranges', ranges };
}

export interface RangeAnswer {
  headers: Record<string, string>;
  body: Readable;
}

/**
 * The 206 answer for the ranges of `path`: one span as itself with Content-Range, several as
 * multipart/byteranges, read from the file part by part.
 */
export function rangeAnswer(path: string, size: number, ranges: readonly ByteRange[], contentType: string): RangeAnswer {
  const contentRange = ({ start, end }: ByteRange) => `bytes ${start}-${end}/${size}`;
  if (ranges.length === 1) {
    const [range] = ranges;
    return {
      headers: { 'content-range': contentRange(range), 'content-length': String(range.end - range.start + 1), 'content-type': contentType },
      body: createReadStream(path, range),
    };
  }
  const boundary = randomBytes(16).toString('hex');
  const partHead = (range: ByteRange, first: boolean) =>
    Buffer.from(`${first ? '' : '\r\n'}--${boundary}\r\ncontent-type: ${contentType}\r\ncontent-range: ${contentRange(range)}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const length = ranges.reduce((sum, range, index) => sum + partHead(range, index === 0).length + range.end - range.start + 1, tail.length);
  async function* parts() {
    for (const [index, range] of ranges.entries()) {
      yield partHead(range, index === 0);
      for await (const chunk of createReadStream(path, range)) yield chunk as Buffer;
    }
    yield tail;
  }
  return {
    headers: { 'content-type': `multipart/byteranges; boundary=${boundary}`, 'content-length': String(length) },
    body: Readable.from(parts()),
  };
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The part of HarfBuzz's subsetter (harfbuzzjs's standalone hb-subset build) this module calls. */
interface HarfBuzzSubset {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codePoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** hb_memory_mode_t: HarfBuzz may keep using the bytes we hand it until the face is destroyed. */
const HB_MEMORY_MODE_WRITABLE = 2;

let loaded: HarfBuzzSubset | undefined;

/**
 * Where a file packed into app.asar but listed under electron-builder.yml's `asarUnpack` lies: beside
 * the archive, in app.asar.unpacked. A path outside an archive (sources, tests, bridge) is left as it is.
 */
export function unpackedPath(path: string): string {
  return path.replace(/([\\/])app\.asar(?=[\\/])/, '$1app.asar.unpacked');
}

/**
 * harfbuzzjs's standalone hb-subset build, resolved from `from` (this bundle). The packaged app
 * unpacks it (electron-builder.yml), so it is read as a plain file, as the receipt fonts are, not
 * through Electron's reading of app.asar.
 */
export function harfBuzzWasmPath(from = __filename): string {
  return unpackedPath(createRequire(from).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
}

/** Compiled once, synchronously (Node allows it for any size): the core subsets before it answers the page. */
function harfBuzz(): HarfBuzzSubset {
  if (!loaded) {
    const wasm = readFileSync(harfBuzzWasmPath());
    loaded = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports as unknown as HarfBuzzSubset;
  }
  return loaded;
}

/**
 * The font (TrueType or OpenType bytes) cut down to the glyphs of `text`, with the layout features
 * HarfBuzz keeps by default (kerning, ligatures, marks). A character the font lacks is left out.
 */
export function subsetFont(font: Uint8Array, text: string): Buffer {
  const hb = harfBuzz();
  const fontPointer = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, fontPointer);
  const blob = hb.hb_blob_create(fontPointer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const character of new Set(text)) hb.hb_set_add(unicodes, character.codePointAt(0)!);
  const subset = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  hb.hb_face_destroy(face);
  try {
    if (!subset) throw new Error('HarfBuzz could not subset the font');
    const subsetBlob = hb.hb_face_reference_blob(subset);
    const data = hb.hb_blob_get_data(subsetBlob, 0);
    // A copy: the wasm memory is reused (and may grow, detaching any view of it) by the next call.
    const bytes = Buffer.from(new Uint8Array(hb.memory.buffer, data, hb.hb_blob_get_length(subsetBlob)));
    hb.hb_blob_destroy(subsetBlob);
    hb.hb_face_destroy(subset);
    return bytes;
  } finally {
    hb.free(fontPointer);
  }
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];
}

/** Every character of every string in `value` (nested objects and arrays), once, in code point order: what a face is cut to. */
export function charactersIn(value: unknown): string {
  return [...new Set(stringsIn(value).join(''))].sort().join('');
}

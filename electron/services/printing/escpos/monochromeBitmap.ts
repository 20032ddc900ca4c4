/** A 1-bit image as ESC/POS raster commands carry it: rows packed MSB first, 1 = black dot. */
export interface MonochromeBitmap {
  /** In dots; always a multiple of 8. */
  width: number;
  height: number;
  bits: Uint8Array;
}

export function isDotBlack(bitmap: MonochromeBitmap, x: number, y: number): boolean {
  const byte = bitmap.bits[y * (bitmap.width / 8) + (x >> 3)] ?? 0;
  return (byte & (0x80 >> (x & 7))) !== 0;
}

export function countBlackDots(bitmap: MonochromeBitmap): number {
  let count = 0;
  for (const byte of bitmap.bits) {
    for (let bit = byte; bit !== 0; bit &= bit - 1) count++;
  }
  return count;
}

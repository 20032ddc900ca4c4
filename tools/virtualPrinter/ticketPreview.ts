import { PNG } from 'pngjs';
import { CHAR_HEIGHT_DOTS, PAPER_WIDTH_DOTS, type Alignment, type QrErrorLevel } from '../../electron/services/printing/escpos/commands';
import { isDotBlack, type MonochromeBitmap } from '../../electron/services/printing/escpos/monochromeBitmap';
import { isQrLine, isRasterLine, type DecodedTicket, type DecodedLine } from './escPosDecoder';
import { qrMatrix } from './qrMatrix';

const MARGIN = 24;
const WIDTH = PAPER_WIDTH_DOTS + 2 * MARGIN;
// Default ESC/POS line spacing leaves about 6 dots between 24-dot characters.
const LINE_PITCH = 30;
const FONT_FAMILY = "Pretendard, 'Noto Sans KR', 'Malgun Gothic', sans-serif";

interface Drawn {
  svg: string;
  height: number;
}

/** An SVG picture of a ticket as the paper would show it. */
export function ticketPreviewSvg(ticket: DecodedTicket | undefined): string {
  const parts: string[] = [];
  let y = MARGIN;
  for (const line of ticket?.lines ?? []) {
    const drawn = drawLine(line, y);
    parts.push(drawn.svg);
    y += drawn.height;
  }
  if (!ticket) parts.push(`<text x="${WIDTH / 2}" y="${y + 40}" text-anchor="middle" font-family="${FONT_FAMILY}" font-size="24" fill="#888">No ticket printed yet</text>`);
  y += ticket ? MARGIN : 80;
  if (ticket?.cut) parts.push(`<line x1="0" y1="${y}" x2="${WIDTH}" y2="${y}" stroke="#999" stroke-dasharray="8 6"/>`);
  const height = y + (ticket?.cut ? 8 : 0);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

function drawLine(line: DecodedLine, top: number): Drawn {
  if (isRasterLine(line)) return drawRaster(line.raster, line.align, top);
  if (isQrLine(line)) return drawQr(line.qr.data, line.qr.moduleSize, line.qr.errorLevel, top);
  const { widthMultiplier, heightMultiplier } = line;
  const fontSize = CHAR_HEIGHT_DOTS * heightMultiplier;
  const x = alignedX(line.align, 0);
  const anchor = { left: 'start', center: 'middle', right: 'end' }[line.align];
  const stretch = widthMultiplier / heightMultiplier;
  const svg =
    `<text transform="translate(${x} ${top + fontSize * 0.88}) scale(${stretch} 1)" text-anchor="${anchor}" ` +
    `font-family="${FONT_FAMILY}" font-size="${fontSize}" font-weight="${line.bold ? 700 : 400}">${escapeXml(line.text)}</text>`;
  return { svg, height: LINE_PITCH * heightMultiplier };
}

function drawRaster(bitmap: MonochromeBitmap, align: Alignment, top: number): Drawn {
  const x = alignedX(align, bitmap.width);
  const svg =
    `<image x="${x}" y="${top}" width="${bitmap.width}" height="${bitmap.height}" style="image-rendering:pixelated" ` +
    `href="data:image/png;base64,${bitmapPng(bitmap).toString('base64')}"/>`;
  return { svg, height: bitmap.height };
}

function drawQr(data: string, moduleSize: number, errorLevel: QrErrorLevel, top: number): Drawn {
  const matrix = qrMatrix(data, errorLevel);
  const side = matrix.size * moduleSize;
  const left = alignedX('center', side);
  const squares: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    for (let column = 0; column < matrix.size; column++) {
      if (matrix.isDark(row, column)) squares.push(`M${left + column * moduleSize} ${top + row * moduleSize}h${moduleSize}v${moduleSize}h-${moduleSize}z`);
    }
  }
  return { svg: `<path fill="#000" d="${squares.join('')}"/>`, height: side };
}

/** Left edge for a drawing `width` wide, or the text anchor when width is 0. */
function alignedX(align: Alignment, width: number): number {
  if (align === 'center') return (WIDTH - width) / 2;
  if (align === 'right') return WIDTH - MARGIN - width;
  return MARGIN;
}

function bitmapPng(bitmap: MonochromeBitmap): Buffer {
  const png = new PNG({ width: bitmap.width, height: bitmap.height });
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      const shade = isDotBlack(bitmap, x, y) ? 0 : 255;
      png.data.set([shade, shade, shade, 255], (y * bitmap.width + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (char) => xmlEntities[char]);

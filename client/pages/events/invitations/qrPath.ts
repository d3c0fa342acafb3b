import QRCode from 'qrcode';

export interface QrShape {
  /** modules per side, without the quiet zone */
  size: number;
  /** one SVG path of every dark module, in module units */
  path: string;
}

/**
 * The QR symbol of a text as one SVG path, built synchronously (hundreds of cards render without waiting on a
 * canvas). The text is the participant's qr_token exactly as stored: what the check-in desk's scanner field
 * sends to /api/events/:id/check-in.
 */
export function qrShape(text: string): QrShape {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
    }
  }
  return { size: modules.size, path: parts.join('') };
}

/**
 * Rough widths of axis labels, so a chart gives its names the room they need (Chinese characters are about a
 * font size wide, Latin letters about 0.58 of it) and cuts the rare one that would take more than `MAX`.
 */
const MAX = 150;
const MIN = 48;

const isWide = (ch: string) => /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch);
export const textWidth = (text: string, fontSize: number): number =>
  [...text].reduce((w, ch) => w + (isWide(ch) ? fontSize : fontSize * 0.58), 0);

/** The axis width for these labels: the longest, plus the tick's gap, within MIN–MAX. */
export function axisWidth(labels: string[], fontSize: number): number {
  const longest = Math.max(0, ...labels.map((l) => textWidth(l, fontSize)));
  return Math.round(Math.min(MAX, Math.max(MIN, longest + 12)));
}

/** The label cut with "…" to fit `width`. */
export function clip(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, fontSize) > width) break;
    out += ch;
  }
  return `${out}…`;
}

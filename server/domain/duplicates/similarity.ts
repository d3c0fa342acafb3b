import { pinyin } from 'pinyin-pro';

/** How alike two names or two addresses are, for the reasons of a candidate pair. */

const CJK = /[\u3400-\u9fff]/;

/** True when `a` becomes `b` by changing, adding or removing at most one character (code points, not UTF-16 units). */
export function withinOneEdit(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return x.length - i - j <= 1 && y.length - i - j <= 1;
}

/** The toneless pinyin of a Chinese name (张伟 and 章玮 → "zhangwei"); null for names without Chinese characters. */
export function namePinyin(name: string): string | null {
  if (!CJK.test(name)) return null;
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return syllables.join('').replace(/\s+/g, '').toLowerCase() || null;
}

/** Latin names written in either order ("Li Na", "Na Li"): the same words. */
export function sameWords(a: string, b: string): boolean {
  const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean).sort().join(' ');
  return /\s/.test(a.trim()) && words(a) === words(b);
}

function bigrams(s: string): Map<string, number> {
  const chars = [...s];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient over character bigrams: 1 for the same text, 0 for texts with no pair of characters in common. */
export function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let common = 0;
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  return total === 0 ? 0 : (2 * common) / total;
}

/** Normalised addresses that differ only a little (a typo, "3单元" left out) or where one holds the other. */
export function similarAddress(a: string, b: string): boolean {
  if (a.length >= 8 && b.length >= 8 && (a.includes(b) || b.includes(a))) return true;
  return dice(a, b) >= 0.8;
}

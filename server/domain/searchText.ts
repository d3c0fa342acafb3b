import { pinyin } from 'pinyin-pro';

const CJK = /[\u3400-\u9fff]/;
/** Marks a two-character token so that a two-character query is a three-character (trigram) one. */
export const BIGRAM_MARK = '~';

/** Lower-cases and folds full-width characters so "ＡＢＣ" finds "abc". */
export function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().trim();
}

function pinyinForms(text: string): string[] {
  if (!CJK.test(text)) return [];
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true });
  if (!syllables.length) return [];
  return [syllables.join(''), syllables.map((s) => s[0]).join('')];
}

function bigrams(word: string): string[] {
  const chars = [...word];
  if (chars.length < 2 || /^\d+$/.test(word)) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length && i < 12; i++) out.push(chars[i] + chars[i + 1] + BIGRAM_MARK);
  return out;
}

/**
 * The text a record is found by: its searchable values, the pinyin and initials of Chinese ones
 * (张伟 → zhangwei, zw), and marked bigrams of short words so that two-character queries use the
 * trigram index too.
 */
export function buildSearchText(values: { value: string; pinyin: boolean }[]): string {
  const words = new Set<string>();
  for (const { value, pinyin: withPinyin } of values) {
    const v = normalize(value);
    if (!v) continue;
    words.add(v);
    const compact = v.replace(/[\s-]/g, '');
    if (/\d/.test(v) && compact !== v) words.add(compact);
    if (withPinyin) for (const p of pinyinForms(v)) words.add(p);
  }
  const marks = new Set<string>();
  for (const w of words) for (const part of w.split(/\s+/)) for (const b of bigrams(part)) marks.add(b);
  return [...words, ...marks].join(' ');
}

import { addressKey, emailKey, idNumberKey, nameKey } from './keys.js';
import { namePinyin, sameWords, similarAddress, withinOneEdit } from './similarity.js';

/**
 * How likely two customer records are one person, 0–100, with the reasons in words the screen shows. Strong
 * evidence: the same ID number, phone or e-mail; then the name (the same, the same pinyin, one character
 * apart), the address and the birthday. Evidence against weighs too: two different ID numbers or birthdays
 * are two people, whatever else they share (a father and son on one family phone).
 */
export type ReasonKind = 'phone' | 'id_number' | 'email' | 'name' | 'address' | 'birthday' | 'gender';
export const REASON_FILTERS = ['phone', 'id_number', 'email', 'name', 'address', 'birthday'] as const;
export type ReasonFilter = (typeof REASON_FILTERS)[number];

export type MatchCode =
  | 'same_id_number' | 'same_phone' | 'same_email'
  | 'same_name' | 'same_name_pinyin' | 'similar_name' | 'different_name'
  | 'same_address' | 'similar_address' | 'same_district'
  | 'same_birthday' | 'different_birthday' | 'different_id_number' | 'different_gender';

export interface Match {
  code: MatchCode;
  kind: ReasonKind;
  /** points added to (or, evidence against, taken from) the score */
  weight: number;
}

/** What a customer record offers for matching (its phone fields already as keys). */
export interface Person {
  id: number;
  name: string | null;
  phones: string[];
  email: string | null;
  id_number: string | null;
  address: string | null;
  region: string | null;
  birthday: string | null;
  gender: string | null;
}

export const WEIGHTS: Record<MatchCode, number> = {
  same_id_number: 50,
  same_phone: 40,
  same_email: 30,
  same_name: 30,
  same_name_pinyin: 20,
  similar_name: 15,
  different_name: -15,
  same_address: 20,
  similar_address: 12,
  same_district: 5,
  same_birthday: 15,
  different_birthday: -25,
  different_id_number: -40,
  different_gender: -20,
};

/** Pairs below this are not proposed: a shared name and district alone are not a person. */
export const MIN_SCORE = 40;
export type Level = 'high' | 'medium' | 'low';
export const levelOf = (score: number): Level => (score >= 75 ? 'high' : score >= 55 ? 'medium' : 'low');

const KIND: Record<MatchCode, ReasonKind> = {
  same_id_number: 'id_number', different_id_number: 'id_number', same_phone: 'phone', same_email: 'email',
  same_name: 'name', same_name_pinyin: 'name', similar_name: 'name', different_name: 'name',
  same_address: 'address', similar_address: 'address', same_district: 'address',
  same_birthday: 'birthday', different_birthday: 'birthday', different_gender: 'gender',
};

function nameMatch(a: string | null, b: string | null): MatchCode | null {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x || !y || !a || !b) return null;
  if (x === y || sameWords(a, b)) return 'same_name';
  const px = namePinyin(x);
  if (px && px === namePinyin(y)) return 'same_name_pinyin';
  if ([...x].length >= 3 && [...y].length >= 3 && withinOneEdit(x, y)) return 'similar_name';
  return 'different_name';
}

function addressMatch(a: Person, b: Person): MatchCode | null {
  const x = addressKey(a.address);
  const y = addressKey(b.address);
  if (x && y && x === y) return 'same_address';
  if (x && y && similarAddress(x, y)) return 'similar_address';
  return a.region && a.region === b.region ? 'same_district' : null;
}

function compare<T>(x: T | null, y: T | null, same: MatchCode, different: MatchCode | null): MatchCode | null {
  if (x == null || y == null) return null;
  return x === y ? same : different;
}

/** The reasons two records match (strongest first) and the score they add up to. */
export function scorePair(a: Person, b: Person): { score: number; matches: Match[] } {
  return scoreReaching(a, b, -Infinity) as { score: number; matches: Match[] };
}

/**
 * The same as `scorePair`, but null as soon as the pair cannot reach `min` whatever its names say: the name's
 * pinyin, the costly part, is worked out only for pairs it can still lift over the line.
 */
export function scoreReaching(a: Person, b: Person, min: number): { score: number; matches: Match[] } | null {
  const codes: (MatchCode | null)[] = [
    compare(idNumberKey(a.id_number), idNumberKey(b.id_number), 'same_id_number', 'different_id_number'),
    a.phones.some((p) => b.phones.includes(p)) ? 'same_phone' : null,
    compare(emailKey(a.email), emailKey(b.email), 'same_email', null),
    addressMatch(a, b),
    compare(a.birthday, b.birthday, 'same_birthday', 'different_birthday'),
    a.gender && b.gender && a.gender !== 'unknown' && b.gender !== 'unknown' && a.gender !== b.gender ? 'different_gender' : null,
  ];
  const weightOf = (list: (MatchCode | null)[]) => list.reduce((sum, c) => sum + (c ? WEIGHTS[c] : 0), 0);
  // the score is the sum clamped to 0–100: below a positive `min` the clamp changes nothing
  if (weightOf(codes) + WEIGHTS.same_name < min) return null;
  // in its place among the reasons (equal weights keep this order)
  codes.splice(3, 0, nameMatch(a.name, b.name));
  const matches = codes
    .filter((c): c is MatchCode => c !== null)
    .map((code) => ({ code, kind: KIND[code], weight: WEIGHTS[code] }))
    .sort((x, y) => y.weight - x.weight);
  const sum = matches.reduce((s, m) => s + m.weight, 0);
  return { score: Math.max(0, Math.min(100, sum)), matches };
}

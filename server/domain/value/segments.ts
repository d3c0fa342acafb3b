/**
 * RFM segments (客户价值分群) from the three 1–5 scores. The rules are tried in this order and the first that
 * matches wins; together they cover all 125 score combinations (R ≥ 3 ends at `potential`, R ≤ 2 at
 * `hibernating`/`lost`):
 *
 * | segment      | 中文      | R   | F   | M   | reading                                             |
 * |--------------|-----------|-----|-----|-----|-----------------------------------------------------|
 * | champions    | 重要价值  | 4–5 | 4–5 | 4–5 | recent, frequent, high spend                        |
 * | cant_lose    | 不能失去  | 1–2 | 4–5 | 4–5 | used to come often and spend a lot, now quiet        |
 * | loyal        | 忠诚      | 3–5 | 4–5 | any | come often, still recently                          |
 * | at_risk      | 流失风险  | 1–2 | 3–5 | any | came regularly, not lately                          |
 * | new          | 新客户    | 4–5 | 1–2 | any | came very recently, few times                        |
 * | potential    | 潜力      | 3–5 | any | any | recent enough, not yet frequent                     |
 * | hibernating  | 沉睡      | 2   | any | any | long gone quiet, few visits                         |
 * | lost         | 已流失    | 1   | any | any | the longest gone, few visits                        |
 */
export const SEGMENTS = ['champions', 'loyal', 'potential', 'new', 'at_risk', 'cant_lose', 'hibernating', 'lost'] as const;
export type Segment = (typeof SEGMENTS)[number];

type Range = readonly [number, number];
interface SegmentRule { segment: Segment; r: Range; f: Range; m: Range }
const ANY: Range = [1, 5];

export const SEGMENT_RULES: readonly SegmentRule[] = [
  { segment: 'champions', r: [4, 5], f: [4, 5], m: [4, 5] },
  { segment: 'cant_lose', r: [1, 2], f: [4, 5], m: [4, 5] },
  { segment: 'loyal', r: [3, 5], f: [4, 5], m: ANY },
  { segment: 'at_risk', r: [1, 2], f: [3, 5], m: ANY },
  { segment: 'new', r: [4, 5], f: [1, 2], m: ANY },
  { segment: 'potential', r: [3, 5], f: ANY, m: ANY },
  { segment: 'hibernating', r: [2, 2], f: ANY, m: ANY },
  { segment: 'lost', r: [1, 1], f: ANY, m: ANY },
];

export const isSegment = (v: unknown): v is Segment => typeof v === 'string' && (SEGMENTS as readonly string[]).includes(v);

/** The segment of one set of scores (the same table as the SQL below; for tests and the client's legend). */
export function segmentOf(r: number, f: number, m: number): Segment {
  const within = (v: number, [lo, hi]: Range) => v >= lo && v <= hi;
  return SEGMENT_RULES.find((x) => within(r, x.r) && within(f, x.f) && within(m, x.m))?.segment ?? 'lost';
}

/** The table as one SQL CASE over score columns `r`, `f`, `m`. */
export function segmentSql(r: string, f: string, m: string): string {
  const cond = (col: string, [lo, hi]: Range) => (lo === 1 && hi === 5 ? null : lo === hi ? `${col} = ${lo}` : `${col} BETWEEN ${lo} AND ${hi}`);
  const whens = SEGMENT_RULES.map((x) => {
    const parts = [cond(r, x.r), cond(f, x.f), cond(m, x.m)].filter(Boolean);
    return `WHEN ${parts.length ? parts.join(' AND ') : '1 = 1'} THEN '${x.segment}'`;
  });
  return `CASE ${whens.join(' ')} ELSE 'lost' END`;
}

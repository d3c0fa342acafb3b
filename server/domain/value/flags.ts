import type { ValueSetting } from './valueSetting.js';

/**
 * Seed 002's 有价值用户的条件, one rule each, as of the snapshot's day D. Each is one bit of the snapshot's
 * `flags`, written as SQL over the per-customer facts of snapshot.ts (aliases `c` customer, `vis` visits,
 * `veh` vehicles, `ref` referrals, `cmp` complaints):
 * - repurchase 有增购或换购车经历: a car bought as a replacement or an additional car, or two cars or more;
 * - referrer 最近1年有成功推荐新用户经历: someone they referred (customers.referred_by_id) bought a car in the
 *   last `referral_months` months;
 * - frequent_visitor 1年内到维修站次数不少于4次: at least `frequent_visits` service visits in the 12 months to D;
 * - warranty_ended 刚出保修期用户: a car's warranty ended in the last `warranty_ended_months` months;
 * - dealer_insurance 2年以上通过4S店购买保险或年检: `dealer_insurance_years` years or more of insurance bought
 *   with a car here, or insurance / annual-inspection visits here in that many different calendar years;
 * - fleet 集团车用户: the customer is a fleet (customer_type);
 * - opinion_leader 意见领袖用户（职务/生意）: marked as an opinion leader;
 * - major_complaint 有过重大抱怨的用户: a complaint of a major severity (`major_severities`) received by D.
 */
export const FLAGS = ['repurchase', 'referrer', 'frequent_visitor', 'warranty_ended', 'dealer_insurance', 'fleet', 'opinion_leader', 'major_complaint'] as const;
export type Flag = (typeof FLAGS)[number];

export const flagBit = (flag: Flag): number => 1 << FLAGS.indexOf(flag);
export const isFlag = (v: unknown): v is Flag => typeof v === 'string' && (FLAGS as readonly string[]).includes(v);
export const flagsOf = (bits: number): Flag[] => FLAGS.filter((f) => (bits & flagBit(f)) !== 0);

/** Each rule's condition; numbers come from the setting (integers checked by its schema). */
export function flagConditions(s: ValueSetting): Record<Flag, string> {
  return {
    repurchase: `(COALESCE(veh.repurchase, 0) = 1 OR COALESCE(veh.cars, 0) >= 2)`,
    referrer: `ref.customer_id IS NOT NULL`,
    frequent_visitor: `COALESCE(vis.n_year, 0) >= ${Number(s.frequent_visits)}`,
    warranty_ended: `COALESCE(veh.warranty_ended, 0) = 1`,
    dealer_insurance: `(COALESCE(veh.insurance_years, 0) >= ${Number(s.dealer_insurance_years)} OR COALESCE(vis.dealer_years, 0) >= ${Number(s.dealer_insurance_years)})`,
    fleet: `c.customer_type = 'fleet'`,
    opinion_leader: `c.opinion_leader IS TRUE`,
    major_complaint: `cmp.customer_id IS NOT NULL`,
  };
}

/** The bitmask as one SQL sum. */
export function flagsSql(s: ValueSetting): string {
  const conds = flagConditions(s);
  return `(${FLAGS.map((f) => `CASE WHEN ${conds[f]} THEN ${flagBit(f)} ELSE 0 END`).join(' + ')})`;
}

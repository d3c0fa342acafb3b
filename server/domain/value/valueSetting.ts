import { z } from 'zod';

const whole = (min: number, max: number) => z.number().int().min(min).max(max);
/** four cut points; a customer scores 1 + the number of cut points they reach, so their order does not matter */
const cuts = (item: z.ZodNumber) => z.array(item).length(4);

/**
 * The care setting `value` (PUT /api/care/settings/value): how RFM scores are given and the numbers in seed 002's
 * valuable-customer rules.
 * - `method`: `quintile` scores each dimension 1–5 by the customer's rank among all owners (ties share a score);
 *   `fixed` scores by the cut points below (recency: days since the last visit or purchase, at most each cut;
 *   frequency: visits + purchases, at least each cut; monetary: spend in yuan, at least each cut).
 * - `window_months`: the months frequency and monetary look back over.
 */
export const valueSettingSchema = z.object({
  method: z.enum(['quintile', 'fixed']),
  window_months: whole(1, 36),
  recency_days: cuts(z.number().int().min(0).max(10_000)),
  frequency: cuts(z.number().int().min(1).max(1_000)),
  monetary: cuts(z.number().min(0).max(100_000_000)),
  /** 1年内到维修站次数不少于N次 */
  frequent_visits: whole(1, 100),
  /** 最近N个月有成功推荐新用户经历 (the referred customer bought a car) */
  referral_months: whole(1, 60),
  /** 刚出保修期: a warranty that ended in the last N months */
  warranty_ended_months: whole(1, 36),
  /** N年以上通过4S店购买保险或年检 */
  dealer_insurance_years: whole(1, 20),
  /** 重大抱怨: a complaint of one of these severities */
  major_severities: z.array(z.enum(['low', 'medium', 'high', 'critical'])).min(1).max(4),
}).strict();

export type ValueSetting = z.infer<typeof valueSettingSchema>;

export const VALUE_DEFAULTS: ValueSetting = {
  method: 'quintile',
  window_months: 12,
  recency_days: [30, 90, 180, 365],
  frequency: [2, 3, 4, 6],
  monetary: [2000, 5000, 10000, 30000],
  frequent_visits: 4,
  referral_months: 12,
  warranty_ended_months: 6,
  dealer_insurance_years: 2,
  major_severities: ['high', 'critical'],
};

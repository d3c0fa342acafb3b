/**
 * The loyalty programme's shapes, shared by the server and the client (types only): the rules a manager sets,
 * the what-if and recalculation answers, the year-end expiry and a customer's points summary.
 */

/** Which points count toward a tier: every qualifying point ever, or those of the last `window_months`. */
export type TierBasis = 'lifetime' | 'rolling';

/**
 * When a member whose points fall below their tier is moved down: never; only by the yearly review (a
 * recalculation run in review mode); or once they have stayed below for `grace_days`.
 */
export type DowngradePolicy = 'never' | 'yearly_review' | 'grace';

export interface EarnRules {
  /** points per 100 yuan of a vehicle purchase */
  purchase_per_100: number;
  /** points per 100 yuan of a service visit (insurance visits earn nothing) */
  service_per_100: number;
  /** points to the referrer when a referred customer buys their first vehicle */
  referral: number;
  /** points for attending an event */
  event_attended: number;
}

export interface ProgramRules {
  basis: TierBasis;
  /** rolling basis: how many months count */
  window_months: number;
  downgrade: DowngradePolicy;
  grace_days: number;
  earn: EarnRules;
  /** manual adjustments of more points than this (either sign) wait for a manager's approval */
  approval_threshold: number;
  /** year-end expiry: points earned more than this many months before the run date expire if unspent */
  expiry_months: number;
}

/** One tier as the rules set it (the `tiers` row's rule fields). */
export interface TierRule {
  id: number;
  code: string;
  name: string;
  name_en: string | null;
  rank: number;
  threshold_points: number;
  earn_multiplier: number;
  color: string | null;
  benefits: string | null;
  partner_discounts: string | null;
  care_policy: string | null;
  active: boolean;
}

/** GET /api/loyalty/rules: the rules in force, their version and the tiers with member counts. */
export interface RulesDocument {
  version: number;
  saved_at: string | null;
  saved_by: string | null;
  note: string | null;
  rules: ProgramRules;
  tiers: (TierRule & { members: number })[];
}

/** The editable part of a tier: PUT /api/loyalty/rules and the what-if take these by tier id. */
export type TierRuleDraft = Pick<TierRule, 'id'> & Partial<Omit<TierRule, 'id' | 'code' | 'rank'>>;

/** PUT /api/loyalty/rules body; `version` is the version the editor started from (409 if it moved). */
export interface RulesChange {
  version: number;
  rules: ProgramRules;
  tiers: TierRuleDraft[];
  note?: string;
}

/** One saved version of the rules (GET /api/loyalty/rules/versions, newest first). */
export interface RulesVersion {
  version: number;
  saved_at: string;
  saved_by: string | null;
  note: string | null;
  rules: ProgramRules;
  tiers: TierRule[];
}

/** `now`: promotions, and downgrades the policy allows today; `review`: the yearly review (all downgrades unless policy is never). */
export type RecalcMode = 'now' | 'review';

/** POST /api/loyalty/preview body: draft rules (defaults: the rules in force). */
export interface PreviewRequest {
  rules?: ProgramRules;
  tiers?: TierRuleDraft[];
  mode?: RecalcMode;
}

export interface TierCount {
  tier_id: number;
  before: number;
  after: number;
}

export interface MoveCount {
  from_tier_id: number | null;
  to_tier_id: number;
  count: number;
}

/** A bucket of the qualifying-points distribution, [from, to) (to null: and above). */
export interface PointsBucket {
  from: number;
  to: number | null;
  count: number;
}

export interface MovedCustomer {
  customer_id: number;
  name: string;
  from_tier_id: number | null;
  to_tier_id: number;
  points: number;
  direction: 'up' | 'down' | 'held';
}

/**
 * The what-if answer. `held`: below their tier's threshold but kept there by the downgrade policy.
 * `preview_id` opens the moved customers in the customers list: filter `{"tier_preview":"<id>:up|down|held"}`.
 */
export interface PreviewResult {
  preview_id: string;
  mode: RecalcMode;
  customers: number;
  up: number;
  down: number;
  held: number;
  unchanged: number;
  tiers: TierCount[];
  moves: MoveCount[];
  histogram: PointsBucket[];
  /** the first moved customers, largest moves first (at most 50) */
  sample: MovedCustomer[];
  took_ms: number;
}

/** POST /api/loyalty/apply body: save the draft as a new version (when given) and recalculate, in one transaction. */
export interface ApplyRequest {
  version: number;
  rules?: ProgramRules;
  tiers?: TierRuleDraft[];
  mode: RecalcMode;
  note?: string;
}

/** The recalculation's answer; `batch_id` opens the moved customers: filter `{"tier_batch":"<batch_id>"}`. */
export interface ApplyResult {
  batch_id: string;
  version: number;
  up: number;
  down: number;
  held: number;
  greetings: number;
  took_ms: number;
}

/** POST /api/loyalty/expiry/preview and /apply body; `as_of` YYYY-MM-DD, default today. */
export interface ExpiryRequest {
  as_of?: string;
}

export interface ExpiringCustomer {
  customer_id: number;
  name: string;
  points: number;
  balance: number;
}

export interface ExpiryPreview {
  as_of: string;
  /** points earned before this day and not spent expire */
  cutoff: string;
  customers: number;
  points: number;
  sample: ExpiringCustomer[];
}

export interface ExpiryResult {
  batch_id: string;
  as_of: string;
  cutoff: string;
  customers: number;
  points: number;
}

/** GET /api/loyalty/customers/:id: the points tab's header. */
export interface CustomerLoyalty {
  customer_id: number;
  balance: number;
  tier_id: number | null;
  /** points counting toward the tier under the rules in force */
  qualifying_points: number;
  basis: TierBasis;
  window_months: number;
  next_tier: { id: number; name: string; name_en: string | null; threshold_points: number; missing: number } | null;
  /** 0..1 from the current tier's threshold to the next one's (1 at the top tier) */
  progress: number;
  /** below the current tier's threshold since (grace policy), else null */
  below_since: string | null;
  /** points that would expire at the next year end if unspent, and that day */
  expiring: { points: number; on: string };
  pending_adjustments: number;
}

/** POST /api/loyalty/entries/:id/reverse body. */
export interface ReverseRequest {
  note: string;
}

/** POST /api/loyalty/adjustments/:id/approve or /reject body. */
export interface DecisionRequest {
  note?: string;
}

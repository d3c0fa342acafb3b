import type { DowngradePolicy, EarnRules, ProgramRules, RulesDocument, TierBasis, TierRuleDraft } from '../../loyalty/loyaltyApi';

/**
 * The rules as the manager edits them: numbers kept as the text typed, so "12.5" or "" can be shown back with a
 * reason beside the field instead of being silently rounded; converted to the request only when valid.
 */
export interface DraftTier {
  id: number;
  code: string;
  rank: number;
  members: number;
  active: boolean;
  name: string;
  name_en: string;
  threshold_points: string;
  earn_multiplier: string;
  color: string;
  benefits: string;
  partner_discounts: string;
  care_policy: string;
}

export type EarnKey = keyof EarnRules;
export const EARN_KEYS: EarnKey[] = ['purchase_per_100', 'service_per_100', 'referral', 'event_attended'];

export interface DraftRules {
  basis: TierBasis;
  window_months: string;
  downgrade: DowngradePolicy;
  grace_days: string;
  earn: Record<EarnKey, string>;
  approval_threshold: string;
  expiry_months: string;
}

/** Tiers lowest rank first: the order they are shown, sent, and named in error paths (`tiers.<index>.<field>`). */
export interface Draft {
  rules: DraftRules;
  tiers: DraftTier[];
}

export type DraftTierField = Exclude<keyof DraftTier, 'id' | 'code' | 'rank' | 'members' | 'active'>;
export const TIER_TEXT_FIELDS = ['name', 'name_en', 'color', 'benefits', 'partner_discounts', 'care_policy'] as const;

const text = (value: string | null | undefined) => value ?? '';

export function draftOf(doc: RulesDocument): Draft {
  const { rules } = doc;
  return {
    rules: {
      basis: rules.basis,
      window_months: String(rules.window_months),
      downgrade: rules.downgrade,
      grace_days: String(rules.grace_days),
      earn: {
        purchase_per_100: String(rules.earn.purchase_per_100),
        service_per_100: String(rules.earn.service_per_100),
        referral: String(rules.earn.referral),
        event_attended: String(rules.earn.event_attended),
      },
      approval_threshold: String(rules.approval_threshold),
      expiry_months: String(rules.expiry_months),
    },
    tiers: [...doc.tiers]
      .sort((a, b) => a.rank - b.rank)
      .map((t) => ({
        id: t.id,
        code: t.code,
        rank: t.rank,
        members: t.members,
        active: t.active,
        name: t.name,
        name_en: text(t.name_en),
        threshold_points: String(t.threshold_points),
        earn_multiplier: String(t.earn_multiplier),
        color: text(t.color),
        benefits: text(t.benefits),
        partner_discounts: text(t.partner_discounts),
        care_policy: text(t.care_policy),
      })),
  };
}

/** A whole number ≥ min written in plain digits, else null. */
export function wholeNumber(value: string, min = 0): number | null {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return Number.isSafeInteger(n) && n >= min ? n : null;
}

/** A non-negative number in plain digits, decimals allowed (points per 100 yuan may be 1.5), else null. */
export function decimal(value: string): number | null {
  const trimmed = value.trim();
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}

/** A non-negative multiplier with at most two decimals (the column is decimal(5,2)), else null. */
export function multiplier(value: string): number | null {
  const trimmed = value.trim();
  return /^\d{1,3}(\.\d{1,2})?$/.test(trimmed) ? Number(trimmed) : null;
}

/** Earn rules per 100 yuan take decimals; the others are whole points. */
export const DECIMAL_EARN: readonly EarnKey[] = ['purchase_per_100', 'service_per_100'];

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The draft as the API takes it; call only when `validateDraft` found nothing. Given the saved rules, each tier
 * carries only the fields that changed (besides its id): the server keeps the rest as they are, and a value
 * nobody touched is never re-checked against a rule it was saved under.
 */
export function toRequest(draft: Draft, saved?: Draft): { rules: ProgramRules; tiers: TierRuleDraft[] } {
  const n = (value: string) => wholeNumber(value) ?? 0;
  const { rules } = draft;
  const changed = new Set(saved ? changedPaths(saved, draft) : []);
  return {
    rules: {
      basis: rules.basis,
      window_months: n(rules.window_months),
      downgrade: rules.downgrade,
      grace_days: n(rules.grace_days),
      earn: {
        purchase_per_100: decimal(rules.earn.purchase_per_100) ?? 0,
        service_per_100: decimal(rules.earn.service_per_100) ?? 0,
        referral: n(rules.earn.referral),
        event_attended: n(rules.earn.event_attended),
      },
      approval_threshold: n(rules.approval_threshold),
      expiry_months: n(rules.expiry_months),
    },
    tiers: draft.tiers.map((t, i) => {
      const full: TierRuleDraft = {
        id: t.id,
        name: t.name.trim(),
        name_en: orNull(t.name_en),
        threshold_points: n(t.threshold_points),
        earn_multiplier: multiplier(t.earn_multiplier) ?? 1,
        color: orNull(t.color),
        benefits: orNull(t.benefits),
        partner_discounts: orNull(t.partner_discounts),
        care_policy: orNull(t.care_policy),
      };
      if (!saved) return full;
      const kept = Object.entries(full).filter(([key]) => key === 'id' || changed.has(`tiers.${i}.${key}`));
      return Object.fromEntries(kept) as TierRuleDraft;
    }),
  };
}

/** Where a value differs between the saved rules and the draft, as error-style paths (`tiers.2.threshold_points`). */
export function changedPaths(saved: Draft, draft: Draft): string[] {
  const paths: string[] = [];
  const r0 = saved.rules;
  const r1 = draft.rules;
  for (const key of ['basis', 'window_months', 'downgrade', 'grace_days', 'approval_threshold', 'expiry_months'] as const) {
    if (r0[key].trim() !== r1[key].trim()) paths.push(`rules.${key}`);
  }
  for (const key of EARN_KEYS) if (Number(r0.earn[key]) !== Number(r1.earn[key]) || r1.earn[key].trim() === '') paths.push(`rules.earn.${key}`);
  draft.tiers.forEach((tier, i) => {
    const before = saved.tiers.find((t) => t.id === tier.id);
    if (!before) return;
    for (const key of ['threshold_points', 'earn_multiplier', ...TIER_TEXT_FIELDS] as const) {
      const same = key === 'earn_multiplier' ? Number(before[key]) === Number(tier[key]) : before[key].trim() === tier[key].trim();
      if (!same) paths.push(`tiers.${i}.${key}`);
    }
  });
  return paths;
}

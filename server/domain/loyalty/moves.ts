import type { ProgramRules, RecalcMode, TierRule } from './types.js';

/** A member as the recalculation sees them. */
export interface Member {
  id: number;
  tier_id: number | null;
  below_since: string | null;
  points: number;
}

export type Decision =
  | { kind: 'unchanged' }
  | { kind: 'up' | 'down'; to: TierRule }
  /** below the tier's threshold, kept by the downgrade policy; `since` starts the grace period */
  | { kind: 'held'; to: TierRule; since: string };

const DAY_MS = 86_400_000;

/** The highest active tier whose threshold the points reach (tiers sorted by rank, lowest first). */
export function tierFor(points: number, tiers: readonly TierRule[]): TierRule {
  const active = tiers.filter((t) => t.active);
  let found = active[0] ?? tiers[0];
  for (const t of active) if (points >= t.threshold_points) found = t;
  return found;
}

/**
 * Where a member goes under the rules: up at once when their points reach a higher tier; down only as the
 * policy allows (never; by the yearly review; or once below the threshold for the grace period), else held.
 */
export function decide(member: Member, tiers: readonly TierRule[], byId: ReadonlyMap<number, TierRule>, rules: ProgramRules, mode: RecalcMode, today: string): Decision {
  const target = tierFor(member.points, tiers);
  const current = member.tier_id == null ? undefined : byId.get(member.tier_id);
  if (!current) return { kind: 'up', to: target };
  if (target.id === current.id) return { kind: 'unchanged' };
  if (target.rank > current.rank) return { kind: 'up', to: target };
  const since = member.below_since ?? today;
  switch (rules.downgrade) {
    case 'never': return { kind: 'held', to: target, since };
    case 'yearly_review': return mode === 'review' ? { kind: 'down', to: target } : { kind: 'held', to: target, since };
    case 'grace': {
      const days = (Date.parse(today) - Date.parse(since)) / DAY_MS;
      return mode === 'review' || days >= rules.grace_days ? { kind: 'down', to: target } : { kind: 'held', to: target, since };
    }
  }
}

/** Qualifying-points buckets for the distribution chart: round steps plus every tier threshold as a boundary. */
export function bucketEdges(tiers: readonly TierRule[]): number[] {
  const base = [0, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000];
  return [...new Set([...base, ...tiers.filter((t) => t.active).map((t) => t.threshold_points)])].sort((a, b) => a - b);
}

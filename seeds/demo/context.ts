import type { Row } from '../../server/resources/types.js';
import type { Clock, Day } from './dates.js';
import { isoTime } from './dates.js';

export type { Row };

/** The dealership the demo data speaks for. */
export const DEALER = '京诚汽车4S店';

/** Ids of the staff by what they do. */
export interface Staff {
  admin: number;
  managers: number[];
  specialists: number[];
  /** active sales consultants (customer owners) */
  sales: number[];
  /** service advisors (after-sales; role sales_consultant) */
  advisors: number[];
  /** everyone's name by id, for scripts and messages */
  names: Map<number, string>;
}

export interface TierInfo {
  id: number;
  code: string;
  rank: number;
  threshold: number;
}

export interface GiftInfo {
  id: number;
  name: string;
  price: number;
  active: boolean;
  validTo: Day;
}

/** What a customer needs to know about an event to take part in it. */
export interface EventInfo {
  id: number;
  title: string;
  startMs: number;
  endMs: number;
  startDay: Day;
  status: string;
  /** the day invitations went out (none yet when in the future) */
  inviteDay: Day;
  /** chance that any one customer is invited */
  pInvite: number;
  prospectsWelcome: boolean;
  points: number;
}

/** Hands out ids in memory, so rows can reference each other before they are written. */
export class Ids {
  private readonly nextIds = new Map<string, number>();

  constructor(start: Record<string, number>) {
    for (const [table, maxId] of Object.entries(start)) this.nextIds.set(table, maxId + 1);
  }

  next(table: string): number {
    const id = this.nextIds.get(table) ?? 1;
    this.nextIds.set(table, id + 1);
    return id;
  }
}

export interface Ctx {
  clock: Clock;
  staff: Staff;
  /** highest threshold first */
  tiers: TierInfo[];
  gifts: GiftInfo[];
  events: EventInfo[];
  ids: Ids;
  /** customers being generated in all */
  total: number;
}

/** The columns every row carries: creation and last change (both in the past), version 1. */
export function stamps(clock: Clock, createdMs: number, updatedMs = createdMs): { created_at: string; updated_at: string; version: number } {
  const created = clock.past(createdMs);
  return { created_at: isoTime(created), updated_at: isoTime(Math.max(created, clock.past(updatedMs))), version: 1 };
}

export function tierFor(tiers: TierInfo[], balance: number): TierInfo {
  return tiers.find((t) => balance >= t.threshold) ?? tiers[tiers.length - 1];
}

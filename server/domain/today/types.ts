/** The sections of "my work today", in the order the page shows them. */
export const SECTIONS = ['follow_ups_overdue', 'follow_ups_today', 'complaints', 'appointments', 'greetings', 'event_tasks'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** `mine`: assigned to me or to nobody yet; `team`: everyone's. A sales consultant's queue is always their own customers'. */
export type TodayScope = 'mine' | 'team';

export interface TodayCustomer {
  id: number;
  name: string;
  /** masked as the customer record would be for this reader */
  phone: string | null;
}

/**
 * One row of the queue. `what` is a label the client translates when `enum` names an enum (a follow-up's reason),
 * else shown as is (a complaint's title). `day` is the China-time day it is due; `at` the instant for timed items.
 */
export interface TodayItem {
  id: number;
  version: number;
  what: { enum: string | null; value: string };
  customer: TodayCustomer | null;
  day: string;
  at: string | null;
  /** overdue | today | upcoming; complaints: breached | due_soon; appointments: to_remind | expected */
  state: string;
  /** what the in-place action needs (a follow-up's channel and script, a task's event, a complaint's clock …) */
  detail: Record<string, unknown>;
}

export interface TodaySection {
  total: number;
  items: TodayItem[];
  /** whether this reader may do the in-place action (e.g. a sales consultant reads greetings but does not send them) */
  can_act: boolean;
}

export interface WorkToday {
  today: string;
  scope: TodayScope | 'own_customers';
  /** the mine/team toggle is offered */
  can_toggle: boolean;
  cap: number;
  sections: Partial<Record<SectionName, TodaySection>>;
}

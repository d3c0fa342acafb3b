import type { PlanEvent } from '../event/yearPlan.js';
/**
 * Events side by side (issue 8, part 5): the scorecards of several events as columns, each figure counted as
 * the event's own scorecard counts it (server/domain/event), the attendees narrowed by the report's customer
 * filters. Every figure names the list that opens the records behind it.
 */
export interface EventDrill {
  resource: 'event_participants' | 'follow_ups' | 'event_budget_lines';
  filter: Record<string, unknown>;
}

/** An event held in the range, for the picker (newest first). */
export interface EventChoice {
  id: number;
  title: string;
  start_at: string;
  status: string;
}

export type EventMeasure =
  | 'invited' | 'confirmed' | 'attended' | 'attendance_rate' | 'show_rate' | 'satisfaction' | 'referrals'
  | 'service_visits' | 'service_revenue' | 'purchases' | 'purchase_revenue' | 'revenue'
  | 'budget' | 'actual_cost' | 'budget_variance' | 'cost_per_attendee';

/** The event as the year plan names it (id, title, type, status, start and end). */
export interface EventScore extends Pick<PlanEvent, 'id' | 'title' | 'event_type' | 'status' | 'start_at' | 'end_at'> {
  invited: number;
  confirmed: number;
  attended: number;
  /** attended ÷ invited and ÷ confirmed, 0–1; null when nobody was */
  attendance_rate: number | null;
  show_rate: number | null;
  /** mean 1–5 score of the after-event follow-ups, and how many answered */
  satisfaction: number | null;
  answers: number;
  referrals: number;
  service_visits: number;
  service_revenue: number;
  purchases: number;
  purchase_revenue: number;
  revenue: number;
  budget: number | null;
  actual_cost: number | null;
  /** actual − budget (over budget: positive); null until both are known */
  budget_variance: number | null;
  /** actual cost (else the budget) ÷ everyone who came, whatever the filters (the money was spent on all) */
  cost_per_attendee: number | null;
  drill: Partial<Record<EventMeasure, EventDrill>>;
}

export interface EventComparison {
  from: string;
  to: string;
  scope: 'department' | 'own';
  /** true when region, tier or consultant narrowed the attendees counted */
  filtered: boolean;
  /** the events held in the range (neither draft nor cancelled), newest first */
  choices: EventChoice[];
  /** the events compared, oldest first: the ids asked for, else the last finished ones in the range */
  events: EventScore[];
}

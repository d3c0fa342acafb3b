/**
 * The dashboard's key figures (issue 8, part 1): each KPI's value over the chosen period against its target, and its
 * trend over the last 12 months (China-time months), for the department or, for a sales consultant, their own
 * customers. Every KPI names the customer-list filter that opens the customers behind it (drill down).
 */
export type KpiKey =
  | 'satisfaction' // share of answered follow-ups scored 4–5 (of 5) in the period
  | 'loyalty' // share of owners with a service visit in the last 12 months (retention)
  | 'churn' // share of owners who became lost (no visit for the churn rule's months) — lower is better
  | 'appointment_success' // arrived ÷ (arrived + no-show + cancelled)
  | 'complaint_response' // share of complaints first answered within the SLA's first-response time
  | 'follow_up_completion'; // share of follow-ups due in the period that were done

export interface KpiPoint {
  /** YYYY-MM (China time) */
  month: string;
  /** 0–1; null when there was nothing to count */
  value: number | null;
  /** how many records the value counts (its denominator) */
  count: number;
}

export interface Kpi {
  key: KpiKey;
  /** 0–1; null when there was nothing to count in the period */
  value: number | null;
  /** records counted (the denominator) and those that met it (the numerator) */
  count: number;
  met: number;
  /** 0–1 */
  target: number;
  /** true when lower is better (churn) */
  lower_is_better: boolean;
  /** value meets the target */
  on_target: boolean | null;
  /** the last 12 months, oldest first */
  trend: KpiPoint[];
  /** where the number drills down to: a resource's list with this filter */
  drill: { resource: string; filter: Record<string, unknown> };
}

export interface KpiQuery {
  /** YYYY-MM-DD, China dates, inclusive; default: the last 30 days */
  from?: string;
  to?: string;
  region?: string;
  owner_id?: number;
  tier_id?: number;
}

export interface Dashboard {
  from: string;
  to: string;
  /** 'department' for CS roles, 'own' for a sales consultant */
  scope: 'department' | 'own';
  kpis: Kpi[];
}

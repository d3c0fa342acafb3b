/**
 * Complaint analysis (issue 8, part 5): complaints received in a China-date range, for the department or a sales
 * consultant's own customers, by category, department and month, with how fast they were answered and resolved
 * against their SLA deadlines. Every group names the complaints-list filter that opens the complaints behind it.
 */
export interface ComplaintSlaFigures {
  /** complaints received */
  count: number;
  /** complaints whose first-response clock can be judged (answered, or past the deadline) and those answered in time */
  response_judged: number;
  response_met: number;
  /** the same for resolution */
  resolve_judged: number;
  resolve_met: number;
  /** met ÷ judged, 0–1; null when nothing could be judged */
  response_rate: number | null;
  resolve_rate: number | null;
}

export interface ComplaintDrill {
  resource: 'complaints';
  filter: Record<string, unknown>;
}

export interface ComplaintGroup extends ComplaintSlaFigures {
  /** lookup code (complaint_category or department); null: no department assigned yet */
  code: string | null;
  drill: ComplaintDrill;
}

export interface ComplaintMonth extends ComplaintSlaFigures {
  /** YYYY-MM, China time */
  month: string;
  drill: ComplaintDrill;
}

export interface ComplaintTotals extends ComplaintSlaFigures {
  /** median wall-clock hours (not working hours) from receipt to first response / to resolution; null with none */
  median_response_hours: number | null;
  median_resolve_hours: number | null;
}

export interface ComplaintAnalysis {
  from: string;
  to: string;
  scope: 'department' | 'own';
  totals: ComplaintTotals;
  by_category: ComplaintGroup[];
  by_department: ComplaintGroup[];
  /** the 12 months ending with the range's last month, oldest first */
  by_month: ComplaintMonth[];
}

export type ChipColor = 'default' | 'primary' | 'secondary' | 'success' | 'warning' | 'error' | 'info';

/**
 * Colours for the fixed lists where the value is a state people scan for (overdue, severe, churned …);
 * lists not named here read as plain text.
 */
const colors: Record<string, Record<string, ChipColor>> = {
  lifecycle_stage: { potential: 'default', developing: 'info', growing: 'primary', mature: 'success', churned: 'error' },
  customer_type: { prospect: 'info', owner: 'primary', fleet: 'secondary' },
  severity: { low: 'default', medium: 'info', high: 'warning', critical: 'error' },
  complaint_status: {
    received: 'warning', confirmed: 'warning', assigned: 'info', resolved: 'primary', feedback: 'primary',
    closed: 'success', reopened: 'error',
  },
  appointment_status: { scheduled: 'info', reminded: 'primary', arrived: 'success', no_show: 'error', cancelled: 'default' },
  follow_up_status: { pending: 'warning', done: 'success', not_reached: 'error', cancelled: 'default' },
  follow_up_outcome: { very_satisfied: 'success', satisfied: 'primary', neutral: 'default', dissatisfied: 'error' },
  event_status: { draft: 'default', planned: 'info', approved: 'primary', running: 'warning', done: 'success', cancelled: 'default' },
  task_status: { todo: 'default', doing: 'info', done: 'primary', checked: 'success' },
  rsvp: { pending: 'default', yes: 'success', no: 'error', maybe: 'warning' },
  touch_status: { scheduled: 'info', sent: 'success', skipped: 'default' },
  plan_status: { draft: 'default', submitted: 'info', approved: 'success', closed: 'default' },
  care_plan_status: { draft: 'default', reviewed: 'info', approved: 'primary', in_progress: 'warning', evaluated: 'success' },
  redemption_status: { requested: 'warning', fulfilled: 'success', cancelled: 'default' },
  adjustment_status: { pending: 'warning', approved: 'success', rejected: 'error' },
  tier_direction: { up: 'success', down: 'error' },
  potential: { high: 'success', medium: 'info', low: 'default' },
  credit_rating: { excellent: 'success', good: 'primary', fair: 'warning', poor: 'error' },
};

/** The chip colour of a value, or undefined when its list is shown as text. */
export function enumColor(list: string, value: string): ChipColor | undefined {
  return colors[list]?.[value];
}

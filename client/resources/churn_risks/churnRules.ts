/**
 * What the outcome dialog offers: the outcomes that fit each way a risk ends (the server holds the same rule,
 * server/domain/churn/rules.ts), and how long a risk has waited.
 */
export const OUTCOMES = {
  won_back: ['returned', 'booked_service', 'renewed_insurance', 'bought_again'],
  lost: ['declined', 'unreachable', 'moved_away'],
} as const;

export type Ending = keyof typeof OUTCOMES;
export type RiskStep = 'contacting' | Ending;

export const isClosed = (status: string): boolean => status === 'won_back' || status === 'lost';

/** Whole days from the detection day to today (local calendar days). */
export function daysSince(detectedOn: string, today: Date = new Date()): number {
  const [y, m, d] = detectedOn.split('-').map(Number);
  const from = Date.UTC(y, m - 1, d);
  const to = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.max(0, Math.round((to - from) / 86_400_000));
}

/** The body the dialog sends: an outcome only when closing. */
export function outcomeBody(step: RiskStep, outcome: string | null, note: string, version: number): Record<string, unknown> {
  return step === 'contacting'
    ? { status: step, outcome: null, outcome_note: note || null, version }
    : { status: step, outcome, outcome_note: note || null, version };
}

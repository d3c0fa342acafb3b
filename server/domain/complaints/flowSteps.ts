/**
 * The complaint flow's shape, shared by the server's checks and the screens' buttons (pure, no imports):
 * received → confirmed by the department manager → assigned to the responsible department → resolved → the result
 * fed back to the customer and their opinion heard → closed; from feedback or closed it may be reopened, and a
 * reopened complaint is handled again (resolved, or handed to another department).
 */
export const NEXT_STEPS: Record<string, readonly string[]> = {
  received: ['confirmed'],
  confirmed: ['assigned'],
  assigned: ['resolved'],
  reopened: ['assigned', 'resolved'],
  resolved: ['feedback'],
  feedback: ['closed', 'reopened'],
  closed: ['reopened'],
};

/** The main line of the flow, in order (reopening loops back into it). */
export const FLOW_LINE = ['received', 'confirmed', 'assigned', 'resolved', 'feedback', 'closed'] as const;

export type StepField = 'note' | 'department' | 'handler_id' | 'resolution' | 'customer_feedback' | 'rectification_notice';

/** The fields each step requires, and those it may take besides. */
export const STEP_REQUIRES: Record<string, readonly StepField[]> = {
  confirmed: [],
  assigned: ['department'],
  resolved: ['resolution'],
  feedback: ['customer_feedback'],
  closed: [],
  reopened: ['note'],
};
export const STEP_TAKES: Record<string, readonly StepField[]> = {
  confirmed: ['note'],
  assigned: ['department', 'handler_id', 'rectification_notice', 'note'],
  resolved: ['resolution', 'note'],
  feedback: ['customer_feedback', 'note'],
  closed: ['note'],
  reopened: ['note'],
};

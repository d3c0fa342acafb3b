import type { CheckInAnswer } from '../../../resources/events/eventsApi';
import { clockTime } from './roster';

/** What the desk says after a sign-in: a message key and its values, and how it looks. */
export interface DeskFeedback {
  severity: 'success' | 'info' | 'error';
  message: string;
  args: Record<string, string>;
}

export function answerFeedback(answer: CheckInAnswer, name: string): DeskFeedback {
  if (answer.already) {
    return { severity: 'info', message: 'crm.events.checkin.result.already', args: { name, time: clockTime(answer.participant.checked_in_at) } };
  }
  return { severity: 'success', message: 'crm.events.checkin.result.done', args: { name } };
}

/**
 * Why the server refused, in its words: the field reason of a 400 (`未受邀参加本活动`, `活动状态为“草稿”…`)
 * rather than its general headline, else the headline (403, 404), else nothing.
 */
export function refusalReason(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const body = 'body' in error ? (error as { body?: { errors?: unknown } }).body : undefined;
  const errors = body?.errors;
  if (typeof errors === 'object' && errors !== null) {
    const first = Object.values(errors).find((v): v is string => typeof v === 'string' && v !== '');
    if (first) return first;
  }
  return error instanceof Error ? error.message : '';
}

export function refusalFeedback(error: unknown): DeskFeedback {
  return { severity: 'error', message: 'crm.events.checkin.result.refused', args: { reason: refusalReason(error) } };
}

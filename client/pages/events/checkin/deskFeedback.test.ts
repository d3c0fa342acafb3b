import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import type { CheckInAnswer } from '../../../resources/events/eventsApi';
import { answerFeedback, refusalFeedback, refusalReason } from './deskFeedback';

const answer = (already: boolean): CheckInAnswer => ({
  already,
  participant: { id: 1, event_id: 1, customer_id: 2, rsvp: 'yes', attended: true, checked_in_at: new Date(2026, 4, 1, 14, 7).toISOString(), walk_in: false, waitlisted: false },
});

describe('answerFeedback', () => {
  it('When the participant signs in now, then the desk says so in green', () => {
    expect(answerFeedback(answer(false), '王小明')).toEqual({ severity: 'success', message: 'crm.events.checkin.result.done', args: { name: '王小明' } });
  });
  it('When the participant had signed in before, then the desk gives the first time', () => {
    expect(answerFeedback(answer(true), '王小明')).toEqual({ severity: 'info', message: 'crm.events.checkin.result.already', args: { name: '王小明', time: '14:07' } });
  });
});

describe('refusalReason', () => {
  it('When the server names a field, then its reason is shown rather than the headline', () => {
    const error = new HttpError('输入有误', 400, { message: '输入有误', errors: { customer_id: '未受邀参加本活动' } });
    expect(refusalReason(error)).toBe('未受邀参加本活动');
    expect(refusalFeedback(error).args.reason).toBe('未受邀参加本活动');
  });
  it('When the server names no field, then the headline is shown', () => {
    expect(refusalReason(new HttpError('无权执行此操作', 403, { message: '无权执行此操作' }))).toBe('无权执行此操作');
  });
  it('When the error is not an error, then there is no reason', () => {
    expect(refusalReason(null)).toBe('');
  });
});

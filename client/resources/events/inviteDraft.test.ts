import { describe, expect, it } from 'vitest';
import { draftErrors, initialDraft, inviteRequest, sameRequest } from './inviteDraft';

describe('inviteRequest', () => {
  it('When a segment is chosen, then the request names it and no filter', () => {
    expect(inviteRequest({ ...initialDraft, segmentId: 7 }, true)).toEqual({
      segment_id: 7, channel: 'sms', exclude_no_consent: true, one_per_household: true, quota_per_consultant: null, dry_run: true,
    });
  });
  it('When everyone is chosen, then the request carries an empty filter and no segment', () => {
    const request = inviteRequest({ ...initialDraft, audience: 'all', segmentId: 7, quota: ' 15 ', channel: 'wechat' }, false);
    expect(request).toMatchObject({ filter: {}, channel: 'wechat', quota_per_consultant: 15, dry_run: false });
    expect(request).not.toHaveProperty('segment_id');
  });
});

describe('draftErrors', () => {
  it('When no segment is chosen, then the segment is required', () => {
    expect(draftErrors(initialDraft)).toEqual({ segment_id: 'ra.validation.required' });
    expect(draftErrors({ ...initialDraft, audience: 'all' })).toEqual({});
  });
  it('When the quota is not a whole number of at least 1, then it is refused', () => {
    for (const quota of ['0', '2.5', '-3', 'abc']) {
      expect(draftErrors({ ...initialDraft, audience: 'all', quota })).toHaveProperty('quota_per_consultant');
    }
    expect(draftErrors({ ...initialDraft, audience: 'all', quota: '20' })).toEqual({});
  });
});

describe('sameRequest', () => {
  it('When only the segment of an all-customers draft changes, then the preview still holds', () => {
    expect(sameRequest({ ...initialDraft, audience: 'all', segmentId: 1 }, { ...initialDraft, audience: 'all', segmentId: 2 })).toBe(true);
  });
  it('When the channel changes, then the preview no longer holds', () => {
    expect(sameRequest(initialDraft, { ...initialDraft, channel: 'email' })).toBe(false);
  });
});

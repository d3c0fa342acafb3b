import { describe, expect, it } from 'vitest';
import { emptyConditions } from './audienceFilter';
import { draftErrors, initialDraft, inviteRequest, requestKey, sameRequest } from './inviteDraft';

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
  it('When conditions are built, then the request carries their filter and no segment, conditions of other choices ignored', () => {
    const conditions = { ...emptyConditions, tierIds: [2], models: ['ev'], notVisitedMonths: '6', birthdayMonths: [4, 3] };
    const request = inviteRequest({ ...initialDraft, audience: 'filter', segmentId: 7, conditions, excludeNoConsent: false }, true);
    expect(request).toEqual({
      filter: { tier_id: [2], vehicle_model: ['ev'], not_visited_months: 6, birthday_month: [3, 4] },
      channel: 'sms', exclude_no_consent: false, one_per_household: true, quota_per_consultant: null, dry_run: true,
    });
    expect(inviteRequest({ ...initialDraft, audience: 'all', conditions }, true)).toMatchObject({ filter: {} });
  });
});

describe('draftErrors', () => {
  it('When no segment is chosen, then the segment is required', () => {
    expect(draftErrors(initialDraft)).toEqual({ segment_id: 'ra.validation.required' });
    expect(draftErrors({ ...initialDraft, audience: 'all' })).toEqual({});
    expect(draftErrors({ ...initialDraft, audience: 'filter' })).toEqual({});
  });
  it('When the quota is not a whole number of at least 1, then it is refused', () => {
    for (const quota of ['0', '2.5', '-3', 'abc']) {
      expect(draftErrors({ ...initialDraft, audience: 'all', quota })).toHaveProperty('quota_per_consultant');
    }
    expect(draftErrors({ ...initialDraft, audience: 'all', quota: '20' })).toEqual({});
  });
  it('When a built condition is bad, then it is named, but only while conditions are the audience', () => {
    const conditions = { ...emptyConditions, notVisitedMonths: '0' };
    expect(draftErrors({ ...initialDraft, audience: 'filter', conditions })).toEqual({ not_visited_months: 'crm.audience.months_invalid' });
    expect(draftErrors({ ...initialDraft, audience: 'all', conditions })).toEqual({});
  });
});

describe('sameRequest', () => {
  it('When only the segment of an all-customers draft changes, then the count still holds', () => {
    expect(sameRequest({ ...initialDraft, audience: 'all', segmentId: 1 }, { ...initialDraft, audience: 'all', segmentId: 2 })).toBe(true);
  });
  it('When the channel changes, then the count no longer holds', () => {
    expect(sameRequest(initialDraft, { ...initialDraft, channel: 'email' })).toBe(false);
  });
  it('When a condition changes, then the count no longer holds; the same months picked in another order still hold', () => {
    const draft = { ...initialDraft, audience: 'filter' as const, conditions: { ...emptyConditions, birthdayMonths: [3, 4] } };
    expect(sameRequest(draft, { ...draft, conditions: { ...draft.conditions, birthdayMonths: [4, 3] } })).toBe(true);
    expect(sameRequest(draft, { ...draft, conditions: { ...draft.conditions, regions: ['haidian'] } })).toBe(false);
    expect(sameRequest(draft, { ...draft, audience: 'all' })).toBe(false);
    expect(requestKey(draft)).toBe(JSON.stringify(inviteRequest(draft, true)));
  });
});

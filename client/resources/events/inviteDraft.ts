import type { InviteRequest } from './eventsApi';
import { audienceFilter, conditionErrors, emptyConditions, type AudienceConditions } from './audienceFilter';

export const CHANNELS = ['sms', 'wechat', 'call', 'email', 'card', 'visit'] as const;

/** The invitation dialog's inputs as typed (the quota as text, so an empty box means no limit). */
export interface InviteDraft {
  /** a saved segment, conditions built here, every customer the inviter may see, or those chosen on the customers list */
  audience: 'segment' | 'filter' | 'all' | 'list';
  segmentId: number | null;
  /** the customers list's choice (`{ id: [...] }` for ticked rows, or its filter): only with audience 'list' */
  listFilter: Record<string, unknown>;
  conditions: AudienceConditions;
  channel: (typeof CHANNELS)[number];
  excludeNoConsent: boolean;
  onePerHousehold: boolean;
  quota: string;
}

export const initialDraft: InviteDraft = {
  audience: 'segment',
  segmentId: null,
  listFilter: {},
  conditions: emptyConditions,
  channel: 'sms',
  excludeNoConsent: true,
  onePerHousehold: true,
  quota: '',
};

/** What the form can tell before asking the server, as message keys by the request's field names. */
export function draftErrors(draft: InviteDraft): Record<string, string> {
  const errors: Record<string, string> = draft.audience === 'filter' ? conditionErrors(draft.conditions) : {};
  if (draft.audience === 'segment' && draft.segmentId == null) errors.segment_id = 'ra.validation.required';
  const quota = draft.quota.trim();
  if (quota && !(/^\d+$/.test(quota) && Number(quota) >= 1)) errors.quota_per_consultant = 'crm.events.invite.quota_invalid';
  return errors;
}

function audienceOf(draft: InviteDraft): Pick<InviteRequest, 'segment_id' | 'filter'> {
  switch (draft.audience) {
    case 'segment': return { segment_id: draft.segmentId ?? undefined };
    case 'filter': return { filter: audienceFilter(draft.conditions) };
    case 'all': return { filter: {} };
    case 'list': return { filter: draft.listFilter };
  }
}

/** The request the server takes: a saved segment, or a customer filter (empty: everyone the inviter may see). */
export function inviteRequest(draft: InviteDraft, dryRun: boolean): InviteRequest {
  const quota = draft.quota.trim();
  return {
    ...audienceOf(draft),
    channel: draft.channel,
    exclude_no_consent: draft.excludeNoConsent,
    one_per_household: draft.onePerHousehold,
    quota_per_consultant: quota ? Number(quota) : null,
    dry_run: dryRun,
  };
}

/** The dry run of a draft as one string: two drafts asking the same thing have the same key. */
export const requestKey = (draft: InviteDraft) => JSON.stringify(inviteRequest(draft, true));

/** Whether a count still describes the draft: any change since asks for a new dry run before committing. */
export const sameRequest = (a: InviteDraft, b: InviteDraft) => requestKey(a) === requestKey(b);

import type { InviteRequest } from './eventsApi';

export const CHANNELS = ['sms', 'wechat', 'call', 'email', 'card', 'visit'] as const;

/** The invitation dialog's inputs as typed (the quota as text, so an empty box means no limit). */
export interface InviteDraft {
  audience: 'segment' | 'all';
  segmentId: number | null;
  channel: (typeof CHANNELS)[number];
  excludeNoConsent: boolean;
  onePerHousehold: boolean;
  quota: string;
}

export const initialDraft: InviteDraft = {
  audience: 'segment',
  segmentId: null,
  channel: 'sms',
  excludeNoConsent: true,
  onePerHousehold: true,
  quota: '',
};

/** What the form can tell before asking the server, as message keys by the request's field names. */
export function draftErrors(draft: InviteDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (draft.audience === 'segment' && draft.segmentId == null) errors.segment_id = 'ra.validation.required';
  const quota = draft.quota.trim();
  if (quota && !(/^\d+$/.test(quota) && Number(quota) >= 1)) errors.quota_per_consultant = 'crm.events.invite.quota_invalid';
  return errors;
}

/** The request the server takes: a saved segment, or an empty customer filter (everyone the inviter may see). */
export function inviteRequest(draft: InviteDraft, dryRun: boolean): InviteRequest {
  const quota = draft.quota.trim();
  return {
    ...(draft.audience === 'segment' ? { segment_id: draft.segmentId ?? undefined } : { filter: {} }),
    channel: draft.channel,
    exclude_no_consent: draft.excludeNoConsent,
    one_per_household: draft.onePerHousehold,
    quota_per_consultant: quota ? Number(quota) : null,
    dry_run: dryRun,
  };
}

/** Whether a preview still describes the draft: any change since asks for a new dry run before committing. */
export const sameRequest = (a: InviteDraft, b: InviteDraft) => JSON.stringify(inviteRequest(a, true)) === JSON.stringify(inviteRequest(b, true));

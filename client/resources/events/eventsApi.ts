import type { CheckInRequest } from '../../../server/domain/event/checkIn';
import type { InviteRequest, InviteResult } from '../../../server/domain/event/invite';
import type { Scorecard } from '../../../server/domain/event/scorecard';
import type { HttpClient } from '../../dataProvider';

export type { CheckInRequest, InviteRequest, InviteResult, Scorecard };

/** A participant row as the check-in answers it (the participants' own record). */
export interface ParticipantRecord {
  id: number;
  event_id: number;
  customer_id: number;
  rsvp: string;
  attended: boolean;
  checked_in_at: string | null;
  walk_in: boolean;
  waitlisted: boolean;
  [field: string]: unknown;
}

export interface CheckInAnswer {
  participant: ParticipantRecord;
  /** the participant had signed in before: `participant.checked_in_at` is that first time */
  already: boolean;
}

/** An event's own calls under /api/events/:id (invite an audience, sign a participant in, the scorecard) as data-provider methods. */
export interface EventMethods {
  inviteToEvent: (eventId: number, request: InviteRequest) => Promise<InviteResult>;
  checkInToEvent: (eventId: number, request: CheckInRequest) => Promise<CheckInAnswer>;
  eventScorecard: (eventId: number) => Promise<Scorecard>;
}

export function eventMethods(http: HttpClient): EventMethods {
  const path = (eventId: number, call: string) => `/api/events/${encodeURIComponent(String(eventId))}/${call}`;
  const post = async <T>(url: string, body: unknown) => (await http(url, { method: 'POST', body: JSON.stringify(body) })).json as T;
  return {
    inviteToEvent: (eventId, request) => post(path(eventId, 'invite'), request),
    checkInToEvent: (eventId, request) => post(path(eventId, 'check-in'), request),
    eventScorecard: async (eventId) => (await http(path(eventId, 'scorecard'))).json as Scorecard,
  };
}

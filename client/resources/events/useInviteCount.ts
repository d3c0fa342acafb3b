import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { CrmDataProvider } from '../../dataProvider';
import type { InviteResult } from './eventsApi';
import { inviteRequest, requestKey, type InviteDraft } from './inviteDraft';
import { liveCount } from './liveCount';

export const COUNT_DELAY_MS = 400;

/** The server's answer to one dry run, with the draft it was asked for. */
export interface InviteCount {
  draft: InviteDraft;
  result: InviteResult | null;
  error: unknown;
}

/** The live count: a dry run of the draft once it has rested for 400 ms, again after every change that alters the request. */
export function useInviteCount(eventId: number, draft: InviteDraft, enabled: boolean) {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const [answer, setAnswer] = useState<InviteCount | null>(null);
  const [counting, setCounting] = useState(false);
  const [round, setRound] = useState(0);
  const current = useRef(draft);
  useEffect(() => {
    current.current = draft;
  });
  const counter = useMemo(() => liveCount(
    (asked: InviteDraft) => dataProvider.inviteToEvent(eventId, inviteRequest(asked, true)),
    (asked, { result, error }) => {
      setAnswer({ draft: asked, result, error });
      setCounting(false);
    },
    COUNT_DELAY_MS,
  ), [dataProvider, eventId]);
  const key = requestKey(draft);

  useEffect(() => {
    setCounting(enabled);
    if (enabled) counter.ask(current.current);
    return counter.stop;
  }, [key, enabled, counter, round]);

  const recount = useCallback(() => setRound((n) => n + 1), []);
  return { answer, counting, recount };
}

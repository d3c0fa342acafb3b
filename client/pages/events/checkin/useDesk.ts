import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { CheckInRequest } from '../../../resources/events/eventsApi';
import { useCheckIn } from '../../../resources/events/useEventCalls';
import { answerFeedback, refusalFeedback, type DeskFeedback } from './deskFeedback';
import { withParticipant, type RosterCustomer, type RosterEntry } from './roster';
import { rosterKey, useUpdateRoster } from './useRoster';

/**
 * The desk's one action: sign someone in (by code, by row, as a walk-in), put the answer into the roster and
 * say what happened. `busy` is the customer (or the code) being signed in, to show the spinner on that row.
 */
export function useDesk(eventId: number) {
  const checkIn = useCheckIn(eventId);
  const updateRoster = useUpdateRoster(eventId);
  const queryClient = useQueryClient();
  const [feedback, setFeedback] = useState<DeskFeedback | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const nameOf = (customerId: number, customer?: RosterCustomer) => {
    if (customer) return customer.name;
    const entries = queryClient.getQueryData<RosterEntry[]>(rosterKey(eventId)) ?? [];
    return entries.find((e) => Number(e.participant.customer_id) === Number(customerId))?.customer?.name ?? `#${customerId}`;
  };

  const submit = async (request: CheckInRequest, customer?: RosterCustomer): Promise<boolean> => {
    setBusy(request.qr_token ? 'token' : String(request.customer_id));
    try {
      const answer = await checkIn.mutateAsync(request);
      updateRoster((entries) => withParticipant(entries, answer.participant, customer));
      setFeedback(answerFeedback(answer, nameOf(answer.participant.customer_id, customer)));
      return true;
    } catch (error) {
      setFeedback(refusalFeedback(error));
      return false;
    } finally {
      setBusy(null);
    }
  };

  return { submit, feedback, dismiss: () => setFeedback(null), busy };
}

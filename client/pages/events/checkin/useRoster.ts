import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ParticipantRecord } from '../../../resources/events/eventsApi';
import type { RosterCustomer, RosterEntry } from './roster';

const PAGE = 1000;
const CUSTOMERS_PER_REQUEST = 200;

/** Not under `event_participants`: a sign-in refreshes those lists, while the roster takes the answer in place. */
export const rosterKey = (eventId: number) => ['events', 'roster', eventId] as const;

/**
 * Everyone on the event (at most a few thousand), page by page, with their customers' names and phones, so the
 * desk can search as it types without a request per key.
 */
export function useRoster(eventId: number) {
  const dataProvider = useDataProvider();
  return useQuery<RosterEntry[]>({
    queryKey: rosterKey(eventId),
    enabled: eventId > 0,
    staleTime: 60_000,
    queryFn: async () => {
      const participants: ParticipantRecord[] = [];
      for (let page = 1; ; page++) {
        const { data, total } = await dataProvider.getList<ParticipantRecord>('event_participants', {
          filter: { event_id: eventId },
          pagination: { page, perPage: PAGE },
          sort: { field: 'id', order: 'ASC' },
        });
        participants.push(...data);
        if (data.length < PAGE || (total != null && participants.length >= total)) break;
      }
      const ids = [...new Set(participants.map((p) => p.customer_id))];
      const chunks = Array.from({ length: Math.ceil(ids.length / CUSTOMERS_PER_REQUEST) }, (_, i) => ids.slice(i * CUSTOMERS_PER_REQUEST, (i + 1) * CUSTOMERS_PER_REQUEST));
      const answers = await Promise.all(chunks.map((chunk) => dataProvider.getMany<RosterCustomer>('customers', { ids: chunk })));
      const customers = new Map(answers.flatMap((a) => a.data).map((c) => [Number(c.id), c]));
      return participants.map((participant) => ({ participant, customer: customers.get(Number(participant.customer_id)) }));
    },
  });
}

/** Writes a changed roster into the cache (a sign-in's answer) without reading everyone again. */
export function useUpdateRoster(eventId: number) {
  const queryClient = useQueryClient();
  return (change: (entries: RosterEntry[]) => RosterEntry[]) =>
    queryClient.setQueryData<RosterEntry[]>(rosterKey(eventId), (entries) => (entries ? change(entries) : entries));
}

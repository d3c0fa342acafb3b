import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type DataProvider } from 'react-admin';
import type { Invitee, InviteeCustomer, InviteeParticipant } from './invitationRows';

const PAGE = 1000;
const IDS_PER_REQUEST = 200;

interface Named {
  id: number;
  name: string;
}

export interface InviteeData {
  invitees: Invitee[];
  /** tier and staff names by id, for the tier and consultant columns */
  tiers: Map<number, string>;
  staff: Map<number, string>;
}

const chunked = <T,>(ids: readonly T[]) =>
  Array.from({ length: Math.ceil(ids.length / IDS_PER_REQUEST) }, (_, i) => ids.slice(i * IDS_PER_REQUEST, (i + 1) * IDS_PER_REQUEST));

async function many<T extends { id: number }>(dataProvider: DataProvider, resource: string, ids: readonly number[]): Promise<Map<number, T>> {
  const answers = await Promise.all(chunked(ids).map((chunk) => dataProvider.getMany<T>(resource, { ids: chunk })));
  return new Map(answers.flatMap((a) => a.data).map((r) => [Number(r.id), r]));
}

const distinct = (values: readonly (number | null | undefined)[]) => [...new Set(values.filter((v): v is number => v != null))];

/**
 * Everyone invited to the event with their customer, tier and sales consultant: the participants a page of
 * 1,000 at a time (one request for most events), then each set of records they name in a few getMany calls.
 */
export function useInvitees(eventId: number) {
  const dataProvider = useDataProvider();
  return useQuery<InviteeData>({
    queryKey: ['events', 'invitees', eventId],
    enabled: eventId > 0,
    staleTime: 60_000,
    queryFn: async () => {
      const participants: InviteeParticipant[] = [];
      for (let page = 1; ; page++) {
        const { data, total } = await dataProvider.getList<InviteeParticipant>('event_participants', {
          filter: { event_id: eventId }, pagination: { page, perPage: PAGE }, sort: { field: 'id', order: 'ASC' },
        });
        participants.push(...data);
        if (data.length < PAGE || (total != null && participants.length >= total)) break;
      }
      const customers = await many<InviteeCustomer>(dataProvider, 'customers', distinct(participants.map((p) => p.customer_id)));
      const people = [...customers.values()];
      const [tiers, staff] = await Promise.all([
        many<Named>(dataProvider, 'tiers', distinct(people.map((c) => c.tier_id))),
        many<Named>(dataProvider, 'users', distinct(people.map((c) => c.owner_id))),
      ]);
      return {
        invitees: participants.map((participant) => ({ participant, customer: customers.get(Number(participant.customer_id)) })),
        tiers: new Map([...tiers].map(([id, t]) => [id, t.name])),
        staff: new Map([...staff].map(([id, u]) => [id, u.name])),
      };
    },
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CrmDataProvider } from '../../dataProvider';
import type { CheckInAnswer, CheckInRequest, InviteRequest, InviteResult, Scorecard } from './eventsApi';

export const scorecardKey = (eventId: number) => ['events', 'scorecard', eventId] as const;

/** The event's scorecard; read again after every sign-in or invitation, and every `refreshMs` where several desks sign people in. */
export function useScorecard(eventId: number, refreshMs?: number) {
  const dataProvider = useDataProvider<CrmDataProvider>();
  return useQuery<Scorecard>({
    queryKey: scorecardKey(eventId),
    queryFn: () => dataProvider.eventScorecard(eventId),
    enabled: eventId > 0,
    refetchInterval: refreshMs,
  });
}

/** After invitations or sign-ins the scorecard, the participants and the care touches are read again. */
function useRefresh(eventId: number) {
  const queryClient = useQueryClient();
  return () => {
    for (const queryKey of [scorecardKey(eventId), ['event_participants'], ['care_touches']]) void queryClient.invalidateQueries({ queryKey });
  };
}

export function useInvite(eventId: number) {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const refresh = useRefresh(eventId);
  return useMutation<InviteResult, Error, InviteRequest>({
    mutationFn: (request) => dataProvider.inviteToEvent(eventId, request),
    onSuccess: (result) => {
      if (!result.dry_run) refresh();
    },
  });
}

export function useCheckIn(eventId: number) {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const refresh = useRefresh(eventId);
  return useMutation<CheckInAnswer, Error, CheckInRequest>({
    mutationFn: (request) => dataProvider.checkInToEvent(eventId, request),
    onSuccess: refresh,
  });
}

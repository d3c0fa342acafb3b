import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CrmDataProvider } from '../../dataProvider';
import type { EscalationSummary, SlaClockInfo, SlaReading, StepRequest } from './complaintsApi';

const MINUTE = 60_000;

/** Now and the "due soon" horizon in working time, read once a minute for every SLA chip on the page. */
export function useSlaClock() {
  const dataProvider = useDataProvider<CrmDataProvider>();
  return useQuery<SlaClockInfo>({ queryKey: ['complaints', 'sla-clock'], queryFn: () => dataProvider.complaintSlaClock(), refetchInterval: MINUTE, staleTime: MINUTE });
}

export function useSlaReading(id: number) {
  const dataProvider = useDataProvider<CrmDataProvider>();
  return useQuery<SlaReading>({ queryKey: ['complaints', 'sla', id], queryFn: () => dataProvider.complaintSla(id), enabled: id > 0, refetchInterval: MINUTE });
}

/** After a step the complaint, its clock and its history are read again. */
function useRefresh(id: number) {
  const queryClient = useQueryClient();
  return () => {
    for (const queryKey of [['complaints'], ['complaint_steps'], ['audit_log']]) void queryClient.invalidateQueries({ queryKey });
    void queryClient.invalidateQueries({ queryKey: ['complaints', 'sla', id] });
  };
}

export function useComplaintStep(id: number) {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const refresh = useRefresh(id);
  return useMutation<unknown, Error, StepRequest>({ mutationFn: (request) => dataProvider.complaintStep(id, request), onSuccess: refresh });
}

export function useComplaintPause(id: number) {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const refresh = useRefresh(id);
  return useMutation<unknown, Error, { paused: boolean; note: string | null }>({
    mutationFn: ({ paused, note }) => dataProvider.complaintPause(id, paused, note),
    onSuccess: refresh,
  });
}

export function useEscalate() {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const queryClient = useQueryClient();
  return useMutation<EscalationSummary, Error, void>({
    mutationFn: () => dataProvider.escalateComplaints(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['complaints'] }),
  });
}

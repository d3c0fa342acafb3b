import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { createHttpClient } from '../../dataProvider';
import type { RecordResult } from '../../../server/domain/followups/record';
import type { FollowUpReport, Period } from '../../../server/domain/followups/reports';
import type { SweepSummary } from '../../../server/domain/followups/cadence';

export type { RecordResult, FollowUpReport, Period, SweepSummary };

/** What the "record follow-up" dialog sends (server/domain/followups/record.ts checks it). */
export interface AttemptRequest {
  reached: boolean;
  channel?: string;
  notes?: string | null;
  scores?: Record<string, number>;
  overall_score?: number | null;
}

/** The follow-ups' own calls under /api/follow_ups (record an attempt, the report, run the cadence sweep). */
export function useFollowUpApi() {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const http = createHttpClient(() => locale);
    const post = async <T,>(url: string, body: unknown) => (await http(url, { method: 'POST', body: JSON.stringify(body) })).json as T;
    return {
      record: (id: number, request: AttemptRequest) => post<RecordResult>(`/api/follow_ups/${encodeURIComponent(String(id))}/record`, request),
      report: async (period: Period, date: string) =>
        (await http(`/api/follow_ups/report?period=${period}&date=${encodeURIComponent(date)}`)).json as FollowUpReport,
      generate: () => post<SweepSummary>('/api/follow_ups/generate', {}),
    };
  }, [locale]);
}

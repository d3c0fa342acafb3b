import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { createHttpClient } from '../../dataProvider';
import type { MonthRate, SuccessStats } from '../../../server/domain/appointments/stats';
import type { ReminderSummary } from '../../../server/domain/appointments/maintenance';
import type { ChurnSummary } from '../../../server/domain/churn/detect';

export type { MonthRate, SuccessStats, ReminderSummary, ChurnSummary };

export interface CareCalls {
  /** GET /api/appointments/stats: success rate per month (YYYY-MM … YYYY-MM) against the target */
  successRates: (from: string, to: string, advisorId?: number | null) => Promise<SuccessStats>;
  /** POST /api/appointments/reminders/generate (managers) */
  generateReminders: () => Promise<ReminderSummary>;
  /** POST /api/churn_risks/detect (managers) */
  detectChurn: () => Promise<ChurnSummary>;
}

/** The appointment and churn calls beyond the stock protocol, in the user's language (for the server's reasons). */
export function useCareCalls(): CareCalls {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const http = createHttpClient(() => locale);
    return {
      successRates: async (from, to, advisorId) => {
        const q = new URLSearchParams({ from, to, ...(advisorId ? { advisor_id: String(advisorId) } : {}) });
        return (await http(`/api/appointments/stats?${q}`)).json as SuccessStats;
      },
      generateReminders: async () => (await http('/api/appointments/reminders/generate', { method: 'POST', body: '{}' })).json as ReminderSummary,
      detectChurn: async () => (await http('/api/churn_risks/detect', { method: 'POST', body: '{}' })).json as ChurnSummary,
    };
  }, [locale]);
}

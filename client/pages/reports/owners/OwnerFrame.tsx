import type { ReactNode } from 'react';
import { Tab, Tabs } from '@mui/material';
import { useSearchParams } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { ReportLayout } from '../kit/ReportLayout';
import type { DashboardFilterValues } from '../../dashboard/DashboardFilters';

export const OWNER_TABS = ['composition', 'flow', 'loyalty'] as const;
export type OwnerTab = (typeof OWNER_TABS)[number];

/** The tab the address names (`?tab=`), the make-up when none or an unknown one. */
export function useOwnerTab(): [OwnerTab, (tab: OwnerTab) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab = OWNER_TABS.find((t) => t === raw) ?? 'composition';
  const set = (next: OwnerTab) => setParams((current) => {
    const p = new URLSearchParams(current);
    p.set('tab', next);
    return p;
  }, { replace: true });
  return [tab, set];
}

interface Answer { scope: 'department' | 'own'; from: string; to: string }

/** The report's frame (title, scope, filters) with the three tabs; the filters stay as the tab changes. */
export function OwnerFrame({ report, children }: {
  report: { filters: DashboardFilterValues; setFilters: (f: DashboardFilterValues) => void; today: string; data?: Answer; error: unknown; isFetching: boolean };
  children: ReactNode;
}) {
  const translate = useTranslate();
  const [tab, setTab] = useOwnerTab();
  const { filters, setFilters, today, data, error, isFetching } = report;
  return (
    <ReportLayout
      testId="owners-report"
      title={translate('crm.owners.title')}
      lead={translate('crm.owners.lead')}
      filters={filters}
      onFilters={setFilters}
      today={today}
      scope={data && { scope: data.scope, from: data.from, to: data.to }}
      isFetching={isFetching}
      error={error}
    >
      <Tabs
        value={tab}
        onChange={(_, next: OwnerTab) => setTab(next)}
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider', '@media print': { display: 'none' } }}
      >
        {OWNER_TABS.map((t) => <Tab key={t} value={t} label={translate(`crm.owners.tabs.${t}`)} data-testid={`owners-tab-${t}`} />)}
      </Tabs>
      {children}
    </ReportLayout>
  );
}

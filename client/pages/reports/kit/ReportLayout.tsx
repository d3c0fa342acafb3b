import type { ReactNode } from 'react';
import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { useProfile } from '../../../auth/useProfile';
import { requestFailure } from '../../../bulk/bulkErrors';
import { formatDate } from '../../../i18n/formats';
import { DashboardFilters, type DashboardFilterValues } from '../../dashboard/DashboardFilters';
import { reportPrintStyles } from './reportPrintStyles';

export interface ReportLayoutProps {
  title: string;
  /** what the report answers, in a line under the title */
  lead?: string;
  filters: DashboardFilterValues;
  onFilters: (next: DashboardFilterValues) => void;
  today: string;
  /** the answer's scope and range once loaded ('department' or 'own') */
  scope?: { scope: 'department' | 'own'; from: string; to: string };
  isFetching: boolean;
  error: unknown;
  /** beside the title (a report's own switches) */
  actions?: ReactNode;
  /** extra filters after the shared ones */
  extraFilters?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/**
 * Every report's frame: title and scope line ("全部门 · 2026-01-01 至 2026-11-24"), the shared filters (date range
 * with presets, region, tier and, for managers, the consultant), a progress line while loading, the error if
 * the server refused, then the report. Filters and the progress line are left out when printing.
 */
export function ReportLayout({ title, lead, filters, onFilters, today, scope, isFetching, error, actions, extraFilters, children, testId }: ReportLayoutProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const profile = useProfile();
  const consultant = profile?.user.role === 'sales_consultant';
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 1400 }} data-testid={testId}>
      <Title title={title} />
      {reportPrintStyles}
      <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: lead ? 0.5 : 1.5 }}>
        <Typography variant="h5" component="h1">{title}</Typography>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          {scope && (
            <Typography variant="body2" color="text.secondary" data-testid="report-scope">
              {translate(`crm.dashboard.scope.${scope.scope}`)} · {translate('crm.report_kit.range', { from: formatDate(scope.from, locale), to: formatDate(scope.to, locale) })}
            </Typography>
          )}
          {actions}
        </Stack>
      </Stack>
      {lead && <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>{lead}</Typography>}
      <Box sx={{ '@media print': { display: 'none' } }}>
        <DashboardFilters value={filters} onChange={onFilters} today={today} showOwner={Boolean(profile) && !consultant} />
        {extraFilters}
      </Box>
      <Box sx={{ height: 4, my: 1.5, '@media print': { display: 'none' } }}>{isFetching && <LinearProgress />}</Box>
      {Boolean(error) && <Alert severity="error" sx={{ mb: 2 }}>{translate('crm.report_kit.load_failed', { reason: requestFailure(error).message })}</Alert>}
      {children}
    </Box>
  );
}

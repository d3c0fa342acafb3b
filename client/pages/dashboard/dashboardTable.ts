import type { ReportTableFile } from '../reports/kit/reportApi';
import { fileCell } from '../reports/kit/cellFormat';
import type { Dashboard } from './dashboardApi';

type Translate = (key: string, args?: Record<string, unknown>) => string;

/**
 * The dashboard as one sheet: a row per KPI with the period's value, its target, whether it is met, what it
 * counts, then its 12 months (percentages, as on the tiles).
 */
export function dashboardTable(d: Dashboard, translate: Translate): ReportTableFile {
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.dashboard.${key}`, args);
  const months = d.kpis[0]?.trend.map((p) => p.month) ?? [];
  return {
    title: `${t('title')} ${d.from} – ${d.to}`,
    columns: [t('export.kpi'), `${t('export.value')} (%)`, `${t('export.target')} (%)`, t('export.on_target'), t('export.met'), t('export.count'), ...months.map((m) => `${m} (%)`)],
    rows: d.kpis.map((k) => [
      t(`kpis.${k.key}`),
      fileCell(k.value, 'percent'),
      fileCell(k.target, 'percent'),
      k.on_target == null ? null : t(k.on_target ? 'on_target' : 'off_target'),
      k.met,
      k.count,
      ...k.trend.map((p) => fileCell(p.value, 'percent')),
    ]),
  };
}

import { Box, Stack } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatInteger } from '../../../i18n/formats';
import { useLookups } from '../../../lookups/useLookups';
import { lookupLabel } from '../../../lookups/lookupLabel';
import { formatPercent } from '../../dashboard/kpiFormat';
import { useReport } from '../kit/useReport';
import { OwnerFrame } from './OwnerFrame';
import { OwnerTile } from './OwnerTile';
import { OwnerBreakdown } from './OwnerBreakdown';
import { groupRows, modelRows, totalsRow, type Breakdown, type Labellers, type OwnerComposition } from './ownerRows';

const COLUMN = { by_type: 'type', by_region: 'region', by_industry: 'industry' } as const;

/** 构成: the owners by customer type, model, region and industry, with the range's service visits. */
export function CompositionTab() {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.owners.${key}`, args);
  const [locale] = useLocaleState();
  const { lookups } = useLookups();
  const report = useReport<OwnerComposition>('owners');
  const { data } = report;
  const labellers: Labellers = {
    lookup: (type, code) => lookupLabel(lookups, type, code, locale),
    enumLabel: (list, code) => translate(`enums.${list}.${code}`, { _: code }),
    notRecorded: t('not_recorded'),
  };
  const totals = data && totalsRow(data, translate('crm.report_kit.total'));
  const group = (b: Breakdown) => data && totals && (
    <OwnerBreakdown testId={b} title={t(`sections.${b}`)} subtitle={t('subtitles.groups')} column={t(`columns.${COLUMN[b]}`)} rows={groupRows(data, b, labellers)} totals={totals} />
  );
  return (
    <OwnerFrame report={report}>
      {data && totals && (
        <>
          <Box sx={{ display: 'grid', gap: 2, mb: 2, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' } }}>
            <OwnerTile testId="tile-owners" label={t('tiles.owners')} value={formatInteger(data.totals.owners.count)} note={t('notes.owners')} drill={data.totals.owners.drill} />
            <OwnerTile testId="tile-vehicles" label={t('tiles.vehicles')} value={formatInteger(data.totals.vehicles)} note={t('notes.vehicles')} />
            <OwnerTile
              testId="tile-serviced" label={t('tiles.serviced')} value={formatInteger(data.totals.serviced.count)}
              note={t('notes.serviced', { pct: formatPercent(totals.serviced_rate) })} drill={data.totals.serviced.drill}
            />
            <OwnerTile testId="tile-revenue" label={t('tiles.revenue')} value={`¥${formatInteger(Math.round(data.totals.revenue))}`} note={t('notes.revenue')} />
          </Box>
          {/* two columns of unequal cards, each stacked: the short type list above the long district list, models above industries */}
          <Box sx={{ display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' } }}>
            <Stack sx={{ gap: 2, minWidth: 0 }}>
              {group('by_type')}
              {group('by_region')}
            </Stack>
            <Stack sx={{ gap: 2, minWidth: 0 }}>
              <OwnerBreakdown testId="by_model" models title={t('sections.by_model')} subtitle={t('subtitles.models')} column={t('columns.model')} rows={modelRows(data, labellers)} totals={totals} />
              {group('by_industry')}
            </Stack>
          </Box>
        </>
      )}
    </OwnerFrame>
  );
}

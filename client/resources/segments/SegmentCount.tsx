import { CircularProgress, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatInteger } from '../../i18n/formats';
import { segmentFilter } from './segmentFilter';
import { useSegmentCount } from './useSegmentCount';

/** The live number of customers in the segment of the current record. */
export function SegmentCount() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { count, isPending } = useSegmentCount(segmentFilter(record?.filter), !!record);
  if (!record) return null;
  if (isPending) return <CircularProgress size={14} aria-busy />;
  return (
    <Typography component="span" variant="body2" data-testid="segment-count" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {translate('crm.bulk.segments.count_value', { count: formatInteger(count ?? 0), smart_count: count ?? 0 })}
    </Typography>
  );
}

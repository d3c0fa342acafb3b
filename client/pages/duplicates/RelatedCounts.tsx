import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Review } from './duplicatesApi';

/** The name of a kind of related record: the resource's name, or for a customer's referrer "referred customers". */
export function useKindLabel(): (c: { resource: string; field: string }) => string {
  const translate = useTranslate();
  return (c) => (c.resource === 'customers'
    ? translate(`resources.customers.fields.${c.field}`)
    : translate(`resources.${c.resource}.name`, { smart_count: 2, _: c.resource }));
}

/** How many records of each kind each customer has: what the merge will move. */
export function RelatedCounts({ counts }: { counts: Review['counts'] }) {
  const translate = useTranslate();
  const kind = useKindLabel();
  if (!counts.length) return null;
  const cell = { py: 0.5, borderTop: 1, borderColor: 'divider', fontVariantNumeric: 'tabular-nums' } as const;
  return (
    <Box>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>{translate('crm.duplicates.review.related')}</Typography>
      <Typography variant="caption" color="text.secondary">{translate('crm.duplicates.review.related_hint')}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto auto', columnGap: 3, mt: 1, typography: 'body2' }}>
        <Box sx={{ ...cell, borderTop: 0 }} />
        <Box sx={{ ...cell, borderTop: 0, fontWeight: 600 }}>{translate('crm.duplicates.review.keep')}</Box>
        <Box sx={{ ...cell, borderTop: 0, fontWeight: 600 }}>{translate('crm.duplicates.review.remove')}</Box>
        {counts.map((c) => (
          <Box key={c.key} sx={{ display: 'contents' }} data-count={c.key}>
            <Box sx={cell}>{kind(c)}</Box>
            <Box sx={{ ...cell, textAlign: 'right' }}>{c.keep}</Box>
            <Box sx={{ ...cell, textAlign: 'right', fontWeight: c.remove ? 600 : 400 }}>{c.remove}</Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
}

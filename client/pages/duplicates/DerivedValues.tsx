import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ChangeValue } from '../../resources/audit_log/ChangeValue';
import type { Review } from './duplicatesApi';

/** The values the merge works out (points, last visit, first purchase): each side's and what the kept record will hold. */
export function DerivedValues({ review }: { review: Review }) {
  const translate = useTranslate();
  const cell = { py: 0.5, borderTop: 1, borderColor: 'divider', minWidth: 0 } as const;
  return (
    <Box>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>{translate('crm.duplicates.review.derived')}</Typography>
      <Typography variant="caption" color="text.secondary">{translate('crm.duplicates.review.derived_hint')}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1.4fr) repeat(3, minmax(0, 1fr))', columnGap: 2, mt: 1, typography: 'body2' }}>
        <Box sx={{ ...cell, borderTop: 0 }} />
        {(['keep', 'remove', 'after'] as const).map((k) => (
          <Box key={k} sx={{ ...cell, borderTop: 0, fontWeight: 600 }}>{translate(`crm.duplicates.review.${k}`)}</Box>
        ))}
        {review.derived.map((d) => (
          <Box key={d.field} sx={{ display: 'contents' }}>
            <Box sx={cell}>{translate(`resources.customers.fields.${d.field}`)}</Box>
            <Box sx={cell}><ChangeValue resource="customers" field={d.field} value={d.keep} /></Box>
            <Box sx={cell}><ChangeValue resource="customers" field={d.field} value={d.remove} /></Box>
            <Box sx={{ ...cell, fontWeight: 600 }}><ChangeValue resource="customers" field={d.field} value={d.after} /></Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
}

import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatInteger } from '../../../i18n/formats';

interface PeopleCountsProps {
  invited: number;
  confirmed: number;
  attended: number;
  dense?: boolean;
}

/** Invited, confirmed and attended side by side, the figures first so the eye runs along them. */
export function PeopleCounts({ invited, confirmed, attended, dense = false }: PeopleCountsProps) {
  const translate = useTranslate();
  const items = [
    { key: 'invited', label: translate('crm.plan.counts.invited'), value: invited },
    { key: 'confirmed', label: translate('crm.plan.counts.confirmed'), value: confirmed },
    { key: 'attended', label: translate('crm.plan.counts.attended'), value: attended },
  ];
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 1 }}>
      {items.map((item) => (
        <Box key={item.key} sx={{ minWidth: 0 }}>
          <Typography
            variant={dense ? 'body2' : 'h6'}
            component="div"
            sx={{ fontWeight: 600, lineHeight: 1.3, fontVariantNumeric: 'tabular-nums' }}
          >
            {formatInteger(item.value)}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div" noWrap>
            {item.label}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

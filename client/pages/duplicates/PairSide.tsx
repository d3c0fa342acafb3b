import { Box, Link, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../../i18n/formats';
import { useLookupLabel } from '../../lookups/useLookups';
import type { Candidate } from './duplicatesApi';

/** One record of a pair: name (a link to it), phone, address, consultant and when it was added. */
export function PairSide({ side }: { side: Candidate['a'] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const region = useLookupLabel('region', side.region);
  const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
  return (
    <Box sx={{ minWidth: 0, flex: 1 }}>
      <Link component={RouterLink} to={`/customers/${String(side.id)}/show`} underline="hover" sx={{ fontWeight: 600, fontSize: '1.05rem' }}>
        {String(side.name ?? '')}
      </Link>
      <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>#{String(side.id)}</Typography>
      <Stack spacing={0.25} sx={{ mt: 0.5, color: 'text.secondary' }}>
        {text(side.phone) && <Typography variant="body2">{text(side.phone)}</Typography>}
        {text(side.email) && <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>{text(side.email)}</Typography>}
        {(region || text(side.address)) && (
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>{[region, text(side.address)].filter(Boolean).join(' · ')}</Typography>
        )}
        <Typography variant="caption">
          {[side.owner_name ?? translate('crm.duplicates.owner_none'), translate('crm.duplicates.created', { day: formatDate(side.created_at, locale) })].join(' · ')}
        </Typography>
      </Stack>
    </Box>
  );
}

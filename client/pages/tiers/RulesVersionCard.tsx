import { Card, CardContent, Stack, Typography } from '@mui/material';
import HistoryIcon from '@mui/icons-material/History';
import { useLocaleState, useTranslate } from 'react-admin';
import type { RulesDocument } from '../../loyalty/loyaltyApi';
import { formatDateTime } from '../../i18n/formats';

/** Which version of the rules is in force, since when and by whom. */
export function RulesVersionCard({ doc }: { doc: RulesDocument }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Card sx={{ minWidth: 0 }}>
      <CardContent sx={{ py: 1.5 }}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <HistoryIcon color="primary" />
          <Typography variant="h5" component="p" sx={{ fontWeight: 700 }} data-testid="rules-version">
            {`v${doc.version}`}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ minWidth: 0 }}>
            {doc.saved_at
              ? translate('crm.tiers.version.saved', { at: formatDateTime(doc.saved_at, locale), by: doc.saved_by ?? '—' })
              : translate('crm.tiers.version.defaults')}
          </Typography>
        </Stack>
      </CardContent>
    </Card>
  );
}

import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { ApplyResult } from '../../loyalty/loyaltyApi';
import { formatInteger } from '../../i18n/formats';
import { batchCustomersPath, promotionGreetingsPath } from './links';

/** What the recalculation did, with the way to the customers it moved and to the greetings it queued. */
export function RunResultAlert({ result, onClose }: { result: ApplyResult; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Alert severity="success" onClose={onClose} data-testid="run-result">
      <AlertTitle>{translate('crm.tiers.result.title', { version: result.version })}</AlertTitle>
      {translate('crm.tiers.result.counts', {
        up: formatInteger(result.up),
        down: formatInteger(result.down),
        held: formatInteger(result.held),
        greetings: formatInteger(result.greetings),
      })}
      <br />
      {translate('crm.tiers.result.batch', { batch: result.batch_id })}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mt: 1 }}>
        {result.up + result.down > 0 && (
          <Button component={Link} to={batchCustomersPath(result.batch_id)} size="small" variant="outlined" color="inherit">
            {translate('crm.tiers.result.open_customers')}
          </Button>
        )}
        {result.greetings > 0 && (
          <Button component={Link} to={promotionGreetingsPath()} size="small" variant="outlined" color="inherit">
            {translate('crm.tiers.result.open_greetings')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

import { Alert, Button } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import { PAGE_PATHS } from '../pagePaths';
import { useCustomerCandidates } from './duplicatesApi';

/** On a customer's page, when other records look like the same person: how many, and a link to review them. */
export function CustomerDuplicatesHint() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { data } = useCustomerCandidates(record?.id === undefined ? undefined : Number(record.id));
  if (!record || !data?.length) return null;
  return (
    <Alert severity="warning" sx={{ mx: 2, mt: 1.5 }} action={
      <Button color="inherit" size="small" component={RouterLink} to={`${PAGE_PATHS.duplicates}?customer=${String(record.id)}`}>
        {translate('crm.duplicates.customer_hint_action')}
      </Button>
    }>
      {translate('crm.duplicates.customer_hint', { smart_count: data.length })}
    </Alert>
  );
}

import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';
import { reasonsOf, type ImportFailure } from './importApi';

const TITLE: Record<number, string> = {
  0: 'crm.import.failed.network',
  400: 'crm.import.failed.bad_file',
  403: 'crm.import.failed.forbidden',
  413: 'crm.import.failed.too_large',
};

/** Why the server refused the file, in its own words (already in the user's language) under a short title. */
export function FailureAlert({ failure }: { failure: ImportFailure }) {
  const translate = useTranslate();
  return (
    <Alert severity="error" sx={{ mb: 2 }}>
      <AlertTitle>{translate(TITLE[failure.status] ?? 'crm.import.failed.other')}</AlertTitle>
      {failure.status !== 0 && failure.message}
      {reasonsOf(failure).map((reason) => (
        <div key={reason}>{reason}</div>
      ))}
    </Alert>
  );
}

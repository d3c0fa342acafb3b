import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useCreatePath, useTranslate } from 'react-admin';
import { ErrorReportButton } from './ErrorReportButton';
import { useCount } from './useCount';
import type { ImportWizard } from './useImportWizard';

/** What the commit did, the way to the imported records, and the rows left out. */
export function ResultStep({ resource, wizard }: { resource: string; wizard: ImportWizard }) {
  const translate = useTranslate();
  const count = useCount();
  const createPath = useCreatePath();
  const { result } = wizard.state;
  if (!result) return null;
  return (
    <Box>
      <Alert severity="success" sx={{ mb: 2 }} data-testid="import-result">
        <AlertTitle>{translate('crm.import.done.title')}</AlertTitle>
        {translate('crm.import.done.summary', { created: count(result.created), updated: count(result.updated), skipped: count(result.skipped) })}
      </Alert>
      {result.invalid > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('crm.import.done.invalid', { count: count(result.invalid) })}
          <Box sx={{ mt: 0.5, ml: -0.5 }}>
            <ErrorReportButton resource={resource} errors={result.errors} />
          </Box>
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button variant="contained" component={RouterLink} to={createPath({ resource, type: 'list' })}>
          {translate('crm.import.done.open_list', { resource: translate(`resources.${resource}.name`, { smart_count: 2 }) })}
        </Button>
        <Button onClick={wizard.reset}>{translate('crm.import.done.again')}</Button>
      </Box>
    </Box>
  );
}

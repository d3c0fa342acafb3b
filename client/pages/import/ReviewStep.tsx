import { Alert, Box, Button, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useMeta } from '../../meta/MetaContext';
import { DuplicatePolicyChoice } from './DuplicatePolicyChoice';
import { DuplicatesInFile } from './DuplicatesInFile';
import { ErrorReportTable } from './ErrorReportTable';
import { duplicateKeyOf } from './importRights';
import { PreviewTable } from './PreviewTable';
import { useCount } from './useCount';
import type { ImportWizard } from './useImportWizard';

/** The rows as the server read them, what is wrong with which, what duplicates do, and the commit. */
export function ReviewStep({ resource, wizard }: { resource: string; wizard: ImportWizard }) {
  const translate = useTranslate();
  const count = useCount();
  const duplicateKey = duplicateKeyOf(useMeta(), resource);
  const { report, busy } = wizard.state;
  if (!report) return null;
  // valid rows a duplicate policy skips are not written: the button counts what will be
  const toWrite = report.created + report.updated;

  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 2 }} data-testid="import-counts">
        <Chip label={translate('crm.import.review.total', { count: count(report.total) })} />
        <Chip color="success" variant="outlined" label={translate('crm.import.review.valid', { count: count(report.valid) })} />
        {report.invalid > 0 && <Chip color="error" variant="outlined" label={translate('crm.import.review.invalid', { count: count(report.invalid) })} />}
      </Box>
      {duplicateKey && <DuplicatePolicyChoice resource={resource} field={duplicateKey} wizard={wizard} />}
      {duplicateKey && <DuplicatesInFile resource={resource} field={duplicateKey} duplicates={report.duplicatesInFile} />}
      <PreviewTable resource={resource} report={report} />
      <ErrorReportTable resource={resource} report={report} />
      {report.invalid > 0 && (
        <Alert severity="info" sx={{ mt: 2 }}>
          {translate('crm.import.review.invalid_note')}
        </Alert>
      )}
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mt: 3, gap: 1, flexWrap: 'wrap' }}>
        <Button onClick={() => wizard.goTo('mapping')} disabled={busy !== null}>
          {translate('crm.import.back')}
        </Button>
        {toWrite === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('crm.import.review.nothing_valid')}
          </Typography>
        ) : (
          <Button variant="contained" disabled={busy !== null} onClick={wizard.commit}>
            {translate('crm.import.review.commit', { count: count(toWrite) })}
          </Button>
        )}
      </Box>
    </Box>
  );
}

import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useTranslate } from 'react-admin';
import { downloadText } from './downloadText';
import type { ImportRowError } from './importApi';
import { errorReportCsv, fileName } from './importFiles';
import { useErrorColumnLabel } from './useErrorColumnLabel';

/** The validation report as a CSV made in the browser from the errors the server listed. */
export function ErrorReportButton({ resource, errors }: { resource: string; errors: ImportRowError[] }) {
  const translate = useTranslate();
  const columnLabel = useErrorColumnLabel(resource);
  const download = () => {
    const headers = {
      row: translate('crm.import.review.row'),
      column: translate('crm.import.review.column'),
      value: translate('crm.import.review.value'),
      reason: translate('crm.import.review.reason'),
    };
    const name = fileName(translate(`resources.${resource}.name`, { smart_count: 2 }), translate('crm.import.report_file'));
    downloadText(name, errorReportCsv(errors, headers, columnLabel));
  };
  return (
    <Button size="small" startIcon={<DownloadIcon />} onClick={download}>
      {translate('crm.import.review.download_errors')}
    </Button>
  );
}

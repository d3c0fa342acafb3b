import { useState } from 'react';
import { Button, CircularProgress } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { CrmDataProvider } from '../../../dataProvider';
import { requestFailure } from '../../../bulk/bulkErrors';
import type { ReportTableFile } from './reportApi';
import { downloadBlob } from '../../import/downloadText';

/** "导出 Excel": the table as shown, as an XLSX file named after the report; hidden when printing. */
export function ExportTableButton({ table, testId }: { table: () => ReportTableFile; testId?: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      const { blob, filename } = await dataProvider.exportReportTable(table());
      downloadBlob(filename, blob);
    } catch (error) {
      notify(translate('crm.report_kit.export_failed', { reason: requestFailure(error).message }), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="small" onClick={onClick} disabled={busy} data-testid={testId}
      startIcon={busy ? <CircularProgress size={14} /> : <DownloadIcon fontSize="small" />}
      sx={{ flexShrink: 0, '@media print': { display: 'none' } }}
    >
      {translate('crm.report_kit.export')}
    </Button>
  );
}

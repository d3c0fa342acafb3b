import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { cellText } from './csvText';
import type { ImportReport } from './importApi';
import { ErrorReportButton } from './ErrorReportButton';
import { useErrorColumnLabel } from './useErrorColumnLabel';

/** the reason quotes the value, so a phone keeps the room for the reason */
const HIDE_ON_PHONE = { display: { xs: 'none', sm: 'table-cell' } } as const;

/** Every problem the server found: the row as the spreadsheet numbers it, the column, the value and why. */
export function ErrorReportTable({ resource, report }: { resource: string; report: ImportReport }) {
  const translate = useTranslate();
  const columnLabel = useErrorColumnLabel(resource);
  const total = Math.max(report.errorCount, report.errors.length);

  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h2" fontWeight={600}>
          {translate('crm.import.review.errors')}
        </Typography>
        {report.errors.length > 0 && <ErrorReportButton resource={resource} errors={report.errors} />}
      </Box>
      {report.errors.length === 0 ? (
        <Alert severity="success">{translate('crm.import.review.errors_none')}</Alert>
      ) : (
        <>
          {total > report.errors.length && (
            <Alert severity="info" sx={{ mb: 1 }}>
              {translate('crm.import.review.errors_more', { shown: report.errors.length, count: total })}
            </Alert>
          )}
          <Box sx={{ overflowX: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 420 }}>
            <Table size="small" stickyHeader data-testid="import-errors">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('crm.import.review.row')}</TableCell>
                  <TableCell>{translate('crm.import.review.column')}</TableCell>
                  <TableCell sx={HIDE_ON_PHONE}>{translate('crm.import.review.value')}</TableCell>
                  <TableCell>{translate('crm.import.review.reason')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.errors.map((error, i) => (
                  <TableRow key={i}>
                    <TableCell>{error.row}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{columnLabel(error)}</TableCell>
                    <TableCell sx={{ ...HIDE_ON_PHONE, maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                      {cellText(error.value)}
                    </TableCell>
                    <TableCell sx={{ color: 'error.main', minWidth: 160 }}>{error.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </>
      )}
    </Box>
  );
}

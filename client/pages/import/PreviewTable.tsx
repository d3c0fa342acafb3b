import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportReport } from './importApi';
import { PreviewValue } from './PreviewValue';

/** The first rows as the server parsed them, one column per mapped field, so a wrong mapping shows at a glance. */
export function PreviewTable({ resource, report }: { resource: string; report: ImportReport }) {
  const translate = useTranslate();
  const fields = [...new Set(report.columns.flatMap((c) => (c.field ? [c.field] : [])))];

  return (
    <Box sx={{ mb: 3 }}>
      <Typography variant="subtitle1" component="h2" fontWeight={600} sx={{ mb: 1 }}>
        {translate('crm.import.review.preview', { smart_count: report.preview.length })}
      </Typography>
      {report.preview.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('crm.import.review.preview_empty')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 420 }}>
          <Table size="small" stickyHeader data-testid="import-preview">
            <TableHead>
              <TableRow>
                {fields.map((field) => (
                  <TableCell key={field} sx={{ whiteSpace: 'nowrap' }}>
                    {translate(`resources.${resource}.fields.${field}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {report.preview.map((row, i) => (
                <TableRow key={i}>
                  {fields.map((field) => (
                    <TableCell key={field} sx={{ whiteSpace: 'nowrap', maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                      <PreviewValue resource={resource} field={field} row={row} />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
}

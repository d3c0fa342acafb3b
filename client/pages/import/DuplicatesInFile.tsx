import { Alert, AlertTitle, Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DuplicateInFile } from './importApi';

const SHOWN = 10;

/** Rows of the file that repeat an earlier row's duplicate key; how they are treated follows the policy. */
export function DuplicatesInFile({ resource, field, duplicates }: { resource: string; field: string; duplicates: DuplicateInFile[] }) {
  const translate = useTranslate();
  if (duplicates.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      <AlertTitle>{translate('crm.import.review.duplicates_in_file', { field: translate(`resources.${resource}.fields.${field}`) })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {duplicates.slice(0, SHOWN).map((d) => (
          <li key={d.row}>{translate('crm.import.review.duplicate_line', { row: d.row, firstRow: d.firstRow, key: d.key })}</li>
        ))}
        {duplicates.length > SHOWN && <li>…</li>}
      </Box>
    </Alert>
  );
}

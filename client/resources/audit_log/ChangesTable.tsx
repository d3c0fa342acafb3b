import { Box, Typography } from '@mui/material';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { useTranslate } from 'react-admin';
import { useMeta } from '../../meta/MetaContext';
import { ChangeValue } from './ChangeValue';
import { changeSides, parseChanges } from './changeSummary';
import { useFieldLabel } from './useFieldLabel';

export interface ChangesTableProps {
  /** the resource of the changed record */
  resource: string;
  action: string;
  /** the audit row's `changes` */
  changes: unknown;
}

const headSx = { typography: 'caption', color: 'text.secondary', fontWeight: 600, display: { xs: 'none', sm: 'block' }, pb: 0.5 } as const;
/** on a phone a row is a block with a rule above; on wider screens its cells are the grid's own */
const rowSx = {
  display: { xs: 'block', sm: 'contents' },
  py: { xs: 1 },
  borderTopWidth: { xs: 1, sm: 0 },
  borderTopStyle: 'solid',
  borderColor: 'divider',
  // the header row comes first; no rule above the first field on a phone
  '&:nth-of-type(2)': { borderTopWidth: 0, pt: 0 },
} as const;
const valuesSx = { display: { xs: 'flex', sm: 'contents' }, flexWrap: 'wrap', alignItems: 'center', columnGap: 1, rowGap: 0.5 } as const;
const cellSx = {
  display: 'flex',
  alignItems: 'center',
  minWidth: 0,
  typography: 'body2',
  py: { sm: 0.75 },
  // width and style apart: a `borderTop` shorthand inside a breakpoint would reset the colour to black
  borderTopWidth: { xs: 0, sm: 1 },
  borderTopStyle: 'solid',
  borderColor: 'divider',
} as const;

/**
 * Field | before → after, one line per changed field, in the order of the record's form. On a phone each field
 * becomes a small block: its label, then the values one after the other.
 */
export function ChangesTable({ resource, action, changes }: ChangesTableProps) {
  const translate = useTranslate();
  const label = useFieldLabel(resource);
  const order = Object.keys(useMeta().resources[resource]?.fields ?? {});
  const rows = parseChanges(changes, order);
  const sides = changeSides(action, rows);
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('crm.audit.show.no_changes')}
      </Typography>
    );
  }
  const both = sides.from && sides.to;
  const columns = both ? 'minmax(7rem, 14rem) minmax(0, 1fr) 24px minmax(0, 1fr)' : 'minmax(7rem, 14rem) minmax(0, 1fr)';
  const single = sides.to ? (action === 'create' ? 'created' : 'after') : action === 'delete' ? 'deleted' : 'before';
  return (
    <Box role="table" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: columns }, columnGap: 2, width: '100%' }}>
      <Box role="row" sx={{ display: 'contents' }}>
        <Box role="columnheader" sx={headSx}>{translate('crm.audit.columns.field')}</Box>
        {both ? (
          <>
            <Box role="columnheader" sx={headSx}>{translate('crm.audit.columns.before')}</Box>
            <Box sx={{ display: { xs: 'none', sm: 'block' } }} />
            <Box role="columnheader" sx={headSx}>{translate('crm.audit.columns.after')}</Box>
          </>
        ) : (
          <Box role="columnheader" sx={headSx}>{translate(`crm.audit.columns.${single}`)}</Box>
        )}
      </Box>
      {rows.map((row) => (
        <Box role="row" key={row.field} sx={rowSx}>
          <Box role="rowheader" sx={{ ...cellSx, color: 'text.secondary', mb: { xs: 0.5, sm: 0 } }}>
            {label(row.field)}
          </Box>
          <Box sx={valuesSx}>
            {both && !row.redacted ? (
              <>
                <Box role="cell" sx={cellSx}>
                  <ChangeValue resource={resource} field={row.field} value={row.from} />
                </Box>
                <Box aria-hidden sx={{ ...cellSx, color: 'text.disabled' }}>
                  <ArrowForwardIcon sx={{ fontSize: 16 }} />
                </Box>
                <Box role="cell" sx={cellSx}>
                  <ChangeValue resource={resource} field={row.field} value={row.to} />
                </Box>
              </>
            ) : (
              // a write-only value has no before and after, only the fact that it changed: one cell across both
              <Box role="cell" sx={{ ...cellSx, gridColumn: { sm: '2 / -1' } }}>
                <ChangeValue resource={resource} field={row.field} value={sides.to ? row.to : row.from} redacted={row.redacted} />
              </Box>
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

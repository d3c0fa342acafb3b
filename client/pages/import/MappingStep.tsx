import { Fragment } from 'react';
import { Alert, Box, Button, Chip, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { importableFields } from './importFields';
import type { ImportWizard } from './useImportWizard';
import { PreviewValue } from './PreviewValue';

const SKIP = '';
const SAMPLES = 3;

/** Each column of the file against the field it fills; unmapped required fields are named before going on. */
export function MappingStep({ resource, wizard }: { resource: string; wizard: ImportWizard }) {
  const translate = useTranslate();
  const meta = useResourceMeta(resource);
  const { report, mapping, busy } = wizard.state;
  if (!report || !mapping) return null;
  const fields = importableFields(meta);
  const label = (field: string) => translate(`resources.${resource}.fields.${field}`);
  const missing = report.missingRequired;
  const mappedCount = Object.values(mapping).filter((field) => field !== null).length;
  const samples = (field: string) =>
    report.preview
      .slice(0, SAMPLES)
      .filter((row) => row[field] !== null && row[field] !== undefined && row[field] !== '')
      .map((row, i) => (
        <Fragment key={i}>
          {i > 0 && ' · '}
          <PreviewValue resource={resource} field={field} row={row} />
        </Fragment>
      ));

  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('crm.import.mapping.hint')}
      </Typography>
      {missing.length > 0 && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="missing-required">
          {translate('crm.import.mapping.missing_required', { fields: missing.map(label).join(translate('crm.list.separator')) })}
        </Alert>
      )}
      {mappedCount === 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('crm.import.mapping.no_columns')}
        </Alert>
      )}
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('crm.import.mapping.column')}</TableCell>
              <TableCell>{translate('crm.import.mapping.field')}</TableCell>
              <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{translate('crm.import.mapping.sample')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.columns.map(({ header, field: matched, matchedBy }, index) => {
              const field = mapping[header] ?? null;
              return (
                <TableRow key={index}>
                  <TableCell sx={{ fontWeight: 500 }}>
                    {header}
                    {matchedBy && matched !== null && matched === field && (
                      <Chip size="small" variant="outlined" color="success" label={translate('crm.import.mapping.matched')} sx={{ ml: 1 }} />
                    )}
                  </TableCell>
                  <TableCell sx={{ minWidth: 200 }}>
                    <TextField
                      select
                      size="small"
                      fullWidth
                      disabled={busy !== null}
                      value={field ?? SKIP}
                      onChange={(event) => wizard.mapColumn(header, event.target.value === SKIP ? null : event.target.value)}
                      slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'aria-label': header } } }}
                    >
                      <MenuItem value={SKIP}>
                        <em>{translate('crm.import.mapping.skip')}</em>
                      </MenuItem>
                      {fields.map((name) => (
                        <MenuItem key={name} value={name}>
                          {label(name)}
                          {meta.fields[name].required ? translate('crm.import.mapping.required_suffix') : ''}
                        </MenuItem>
                      ))}
                    </TextField>
                  </TableCell>
                  <TableCell sx={{ display: { xs: 'none', md: 'table-cell' }, color: 'text.secondary', maxWidth: 320 }}>
                    <Typography variant="body2" noWrap>
                      {field && samples(field)}
                    </Typography>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 3, gap: 1 }}>
        <Button onClick={wizard.reset} disabled={busy?.purpose === 'commit'}>
          {translate('crm.import.restart')}
        </Button>
        <Button variant="contained" disabled={busy !== null || missing.length > 0 || mappedCount === 0} onClick={() => wizard.goTo('review')}>
          {translate('crm.import.next')}
        </Button>
      </Box>
    </Box>
  );
}

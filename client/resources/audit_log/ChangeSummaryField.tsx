import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useMeta } from '../../meta/MetaContext';
import { EmptyValue } from './EmptyValue';
import { parseChanges, summarize } from './changeSummary';
import { useFieldLabel } from './useFieldLabel';

/** What the audit row in context changed, in a few words: the fields of an edit, the size of a creation. */
export function ChangeSummaryField() {
  const record = useRecordContext();
  const translate = useTranslate();
  const resource = String(record?.resource ?? '');
  const label = useFieldLabel(resource);
  const order = Object.keys(useMeta().resources[resource]?.fields ?? {});
  if (!record) return null;
  const changes = parseChanges(record.changes, order);
  const summary = summarize(record.action, changes);
  switch (summary.kind) {
    case 'none':
      return <EmptyValue />;
    case 'count':
      return (
        <Typography component="span" variant="body2" color="text.secondary">
          {translate('crm.audit.summary.count', { smart_count: summary.count })}
        </Typography>
      );
    case 'value':
      return (
        <Typography component="span" variant="body2">
          {translate('crm.show.label', { label: label(summary.field) })}
          {summary.value}
        </Typography>
      );
    case 'fields':
      return (
        <Stack direction="row" component="span" sx={{ flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }}>
          {summary.fields.map((field) => (
            <Chip key={field} label={label(field)} variant="outlined" sx={{ borderRadius: 1 }} />
          ))}
          {summary.more > 0 && (
            <Tooltip title={changes.slice(summary.fields.length).map((c) => label(c.field)).join(translate('crm.list.separator'))}>
              <Typography component="span" variant="caption" color="text.secondary" sx={{ cursor: 'help' }}>
                {translate('crm.audit.summary.more', { smart_count: summary.more })}
              </Typography>
            </Tooltip>
          )}
        </Stack>
      );
  }
}

import { Alert, Chip, Stack, Typography } from '@mui/material';
import { RecordContextProvider, useTranslate } from 'react-admin';
import type { ResourceMeta } from '../meta/types';
import { formatInteger } from '../i18n/formats';
import { fieldFor } from '../resources/generic/fieldFor';
import type { BulkPayload } from './bulkFields';
import { BulkConfirmRow } from './BulkConfirmRow';

export interface BulkConfirmProps {
  resource: ResourceMeta;
  payload: BulkPayload;
  count: number | undefined;
  kind: 'edit' | 'delete';
}

const MESSAGES = {
  edit: { confirm: 'crm.bulk.edit.confirm', hint: 'crm.bulk.edit.confirm_hint' },
  delete: { confirm: 'crm.bulk.delete.confirm', hint: 'crm.bulk.delete.confirm_hint' },
} as const;

/** The last step before a bulk change: exactly how many records, and what each chosen field becomes. */
export function BulkConfirm({ resource, payload, count, kind }: BulkConfirmProps) {
  const translate = useTranslate();
  const label = (name: string) => translate(`resources.${resource.name}.fields.${name}`, { _: name });
  const words = (list: Record<string, string[]> | undefined, sign: string) =>
    Object.entries(list ?? {}).map(([name, values]) => (
      <BulkConfirmRow key={`${sign}${name}`} label={label(name)}>
        {values.map((v) => <Chip key={v} size="small" label={`${sign} ${v}`} sx={{ mr: 0.5 }} />)}
      </BulkConfirmRow>
    ));
  return (
    <Stack spacing={2}>
      <Alert severity="warning" variant="outlined">
        <Typography component="div" variant="subtitle1" sx={{ fontWeight: 600 }} data-testid="bulk-confirm-count">
          {count === undefined
            ? translate('crm.bulk.edit.counting')
            : translate(MESSAGES[kind].confirm, {
                count: formatInteger(count),
                smart_count: count,
                resource: translate(`resources.${resource.name}.name`, { smart_count: count }),
              })}
        </Typography>
        {translate(MESSAGES[kind].hint)}
      </Alert>
      <RecordContextProvider value={{ id: 0, ...payload.data }}>
        {Object.keys(payload.data).map((name) => (
          <BulkConfirmRow key={name} label={label(name)}>
            {payload.data[name] === null ? translate('crm.bulk.edit.empty_value') : fieldFor(name, resource.fields[name])}
          </BulkConfirmRow>
        ))}
      </RecordContextProvider>
      {words(payload.add, '+')}
      {words(payload.remove, '−')}
    </Stack>
  );
}

import { Stack, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';
import { RecordContextProvider, useTranslate } from 'react-admin';
import { useMeta } from '../../meta/MetaContext';
import { fieldFor } from '../generic/fieldFor';
import { EmptyValue } from './EmptyValue';
import { LongText } from './LongText';
import { RecordReference } from './RecordReference';
import { plainText, valueKind } from './valueKind';

export interface ChangeValueProps {
  /** the resource of the changed record */
  resource: string;
  field: string;
  value: unknown;
  redacted?: boolean;
}

/**
 * One value of a change, the way the record's own pages show it: enums and lookups by label, dates in the
 * user's format, references by the other record's title, yes/no with an icon; write-only values only as "changed".
 */
export function ChangeValue({ resource, field, value, redacted = false }: ChangeValueProps) {
  const translate = useTranslate();
  const def = useMeta().resources[resource]?.fields[field];
  switch (valueKind(def, value, redacted)) {
    case 'empty':
      return <EmptyValue />;
    case 'redacted':
      return (
        <Stack direction="row" spacing={0.75} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <LockOutlinedIcon sx={{ fontSize: 16, color: 'text.secondary' }} />
          <Typography component="span" variant="body2" sx={{ fontWeight: 500 }}>
            {translate('crm.audit.redacted')}
          </Typography>
          <Typography component="span" variant="caption" color="text.secondary">
            {translate('crm.audit.redacted_hint')}
          </Typography>
        </Stack>
      );
    case 'long':
      return <LongText text={plainText(value)} />;
    case 'plain':
      return (
        <Typography component="span" variant="body2" sx={{ wordBreak: 'break-word' }}>
          {plainText(value)}
        </Typography>
      );
    case 'boolean': {
      const yes = value === true || value === 1 || value === 'true';
      const Icon = yes ? CheckCircleIcon : RemoveCircleOutlineIcon;
      return (
        <Stack direction="row" spacing={0.5} component="span" sx={{ alignItems: 'center' }}>
          <Icon sx={{ fontSize: 18, color: yes ? 'success.main' : 'text.disabled' }} />
          <Typography component="span" variant="body2">
            {translate(yes ? 'ra.boolean.true' : 'ra.boolean.false')}
          </Typography>
        </Stack>
      );
    }
    case 'reference':
      return <RecordReference reference={def?.reference ?? ''} id={value as string | number} />;
    case 'field':
      if (!def) return null;
      // the record pages' own field components, reading the value from a one-field record
      return <RecordContextProvider value={{ id: field, [field]: value }}>{fieldFor(field, def)}</RecordContextProvider>;
  }
}

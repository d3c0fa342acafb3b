import type { MouseEvent, ReactNode } from 'react';
import { Typography } from '@mui/material';
import { Link, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useMeta } from '../../meta/MetaContext';
import { representationOf } from '../generic/representation';
import { recordPath } from './auditRecord';
import { RecordReference } from './RecordReference';

/**
 * The record an audit row is about, by its title at the time of the change (a date or a list value said in the
 * user's language), linked to its page unless it was deleted (or `link` is off: inside a row that is a link itself).
 */
export function RecordTitleField({ link = true }: { link?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { resources } = useMeta();
  if (!record) return null;
  const resource = resources[String(record.resource)];
  const titleField = resource?.fields[resource.title];
  const kept = record.record_title as string | null;
  let title: ReactNode;
  if (titleField?.type === 'reference' && titleField.reference && kept && /^\d+$/.test(kept)) {
    title = <RecordReference reference={titleField.reference} id={Number(kept)} link={false} />;
  } else if (resource && kept) {
    title = representationOf(resource, { id: record.record_id, [resource.title]: kept }, { translate, getLocale: () => locale });
  } else {
    title = kept || (record.record_id != null ? `#${String(record.record_id)}` : '');
  }
  const path = recordPath({ action: String(record.action), resource: String(record.resource), record_id: record.record_id }, (r) => !!resources[r]);
  if (!path || !link) {
    return (
      <Typography component="span" variant="inherit" color={record.action === 'delete' ? 'text.secondary' : undefined}>
        {title}
      </Typography>
    );
  }
  return (
    <Link to={path} onClick={(e: MouseEvent) => e.stopPropagation()} underline="hover">
      {title}
    </Link>
  );
}

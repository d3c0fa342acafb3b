import type { ReactNode } from 'react';
import { Skeleton, Typography } from '@mui/material';
import { RecordContextProvider, ReferenceFieldBase } from 'react-admin';
import { ReferenceLabel } from './ReferenceLabel';

export interface RecordReferenceProps {
  /** the resource of the record */
  reference: string;
  id: string | number;
  /** link to the record's show page (default) or not */
  link?: boolean;
  /** shown when the record is gone or the reader may not see it (default `#12`) */
  fallback?: ReactNode;
}

/**
 * Another record named by its title, linked to its page. References on one page are fetched together (react-admin
 * batches them into one getMany per resource); a record deleted since, or one the reader may not open, falls back.
 */
export function RecordReference({ reference, id, link = true, fallback }: RecordReferenceProps) {
  const instead = fallback ?? (
    <Typography component="span" variant="body2" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
      #{id}
    </Typography>
  );
  return (
    <RecordContextProvider value={{ id: `ref-${reference}-${id}`, ref: id }}>
      <ReferenceFieldBase
        source="ref"
        reference={reference}
        empty={instead}
        error={instead}
        loading={<Skeleton variant="text" width={64} sx={{ display: 'inline-block' }} />}
      >
        <ReferenceLabel reference={reference} link={link} />
      </ReferenceFieldBase>
    </RecordContextProvider>
  );
}

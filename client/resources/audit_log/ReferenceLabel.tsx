import type { MouseEvent } from 'react';
import { Typography } from '@mui/material';
import { Link, useCreatePath, useGetRecordRepresentation, useRecordContext } from 'react-admin';
import { TierChip } from '../tiers/TierChip';

/** The referenced record in context by its title (a tier by its chip), linked to its page when asked. */
export function ReferenceLabel({ reference, link }: { reference: string; link: boolean }) {
  const record = useRecordContext();
  const represent = useGetRecordRepresentation(reference);
  const createPath = useCreatePath();
  if (!record) return null;
  const label =
    reference === 'tiers' ? (
      <TierChip />
    ) : (
      <Typography component="span" variant="inherit">
        {represent(record)}
      </Typography>
    );
  if (!link) return label;
  return (
    // a click on the name opens the record, not the row of a list it sits in
    <Link to={createPath({ resource: reference, id: record.id, type: 'show' })} onClick={(e: MouseEvent) => e.stopPropagation()} underline="hover">
      {label}
    </Link>
  );
}

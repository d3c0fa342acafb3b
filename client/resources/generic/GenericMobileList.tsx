import { Stack } from '@mui/material';
import { SimpleList } from 'react-admin';
import type { ResourceMeta } from '../../meta/types';
import { fieldFor } from './fieldFor';

/** A phone-sized list: the record's title, with the next two columns on the line under it. */
export function GenericMobileList({ resource, columns }: { resource: ResourceMeta; columns: readonly string[] }) {
  const [first, ...rest] = [resource.title, ...columns.filter((c) => c !== resource.title)].filter((n) => resource.fields[n]);
  const secondary = rest.slice(0, 2);
  return (
    <SimpleList
      primaryText={fieldFor(first, resource.fields[first])}
      secondaryText={
        <Stack direction="row" spacing={1.5} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          {secondary.map((name) => fieldFor(name, resource.fields[name]))}
        </Stack>
      }
      rowClick="show"
    />
  );
}

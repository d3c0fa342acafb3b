import { Box } from '@mui/material';
import { Labeled } from 'react-admin';
import type { ResourceMeta } from '../../meta/types';
import { fieldFor } from './fieldFor';

const WIDE = new Set(['text', 'json']);

/** Labelled values in a responsive grid: short values side by side, long text and structures on a row of their own. */
export function FieldGrid({ resource, names }: { resource: ResourceMeta; names: readonly string[] }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(3, minmax(0, 1fr))' },
        columnGap: 3,
        rowGap: 1.5,
        py: 1,
      }}
    >
      {names
        .filter((name) => Object.hasOwn(resource.fields, name))
        .map((name) => {
          const field = resource.fields[name];
          return (
            <Box key={name} sx={WIDE.has(field.type) ? { gridColumn: '1 / -1' } : undefined}>
              <Labeled source={name} fullWidth sx={{ alignItems: "flex-start" }}>
                {fieldFor(name, field)}
              </Labeled>
            </Box>
          );
        })}
    </Box>
  );
}

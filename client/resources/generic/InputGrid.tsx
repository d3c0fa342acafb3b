import { Box } from '@mui/material';
import type { ResourceMeta } from '../../meta/types';
import { inputFor } from './inputFor';

const WIDE = new Set(['text', 'json']);

/** Inputs in a responsive grid: two per row on wide screens, long text and structures on a row of their own. */
export function InputGrid({ resource, names }: { resource: ResourceMeta; names: readonly string[] }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' },
        columnGap: 2,
        width: '100%',
        maxWidth: 960,
      }}
    >
      {names
        .filter((name) => Object.hasOwn(resource.fields, name))
        .map((name) => {
          const field = resource.fields[name];
          const wide = WIDE.has(field.type) || field.type === 'boolean';
          return (
            <Box key={name} sx={wide ? { gridColumn: '1 / -1' } : undefined}>
              {inputFor(name, field)}
            </Box>
          );
        })}
    </Box>
  );
}

import type { ReactElement, ReactNode } from 'react';
import type { SxProps, Theme } from '@mui/material';
import { DataTable } from 'react-admin';
import type { ResourceMeta } from '../meta/types';
import { fieldFor } from '../resources/generic/fieldFor';
import type { ResolvedColumn } from './viewConfig';

/** How a list draws one of its columns itself (a quick-edit cell, a name in bold); others are drawn from the meta. */
export interface CellSpec {
  children: ReactNode;
  align?: 'left' | 'right' | 'center';
  /** the column's own look when the view gives it no width (a wide change summary) */
  sx?: SxProps<Theme>;
}

/** A fixed width, when the view gives one, on the header and every cell of the column. */
function widthSx(width: number | undefined) {
  return width ? { width, minWidth: width, maxWidth: width, overflowWrap: 'anywhere' as const } : undefined;
}

/**
 * The table's columns in the view's order and widths: the list's own cells where it has them, else the field
 * drawn from the meta (`fieldFor`), so any field of the resource (an admin's custom one too) can be a column.
 */
export function viewColumns(columns: readonly ResolvedColumn[], resource: ResourceMeta, cells: Partial<Record<string, CellSpec>> = {}): ReactElement[] {
  return columns
    .filter((c) => Object.hasOwn(resource.fields, c.source))
    .map(({ source, width }) => {
      const field = resource.fields[source];
      const cell = cells[source];
      return (
        <DataTable.Col key={source} source={source} disableSort={!field.sortable && source !== 'id'} align={cell?.align} sx={widthSx(width) ?? cell?.sx}>
          {cell ? cell.children : fieldFor(source, field)}
        </DataTable.Col>
      );
    });
}

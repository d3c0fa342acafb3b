import { useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { Box, FormHelperText, IconButton } from '@mui/material';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { mayAccess } from '../../auth/access';
import { useProfile } from '../../auth/useProfile';
import { useResourceMeta } from '../../meta/MetaContext';
import { QuickEditor } from './QuickEditor';
import { useQuickSave } from './useQuickSave';

const stop = (event: SyntheticEvent) => event.stopPropagation();

export interface QuickEditCellProps {
  source: string;
  children: ReactNode;
  /** edit only through a pencil shown while the row is hovered or focused, so a click on the value still opens the record (the name) */
  byIcon?: boolean;
}

/**
 * A list cell that edits in place: click it (or focus it and press Enter) to change the value without leaving
 * the list. Read-only, confidential or not-yours values stay plain cells; a click there opens the record.
 */
export function QuickEditCell({ source, children, byIcon = false }: QuickEditCellProps) {
  const record = useRecordContext();
  const resource = useResourceContext() ?? '';
  const field = useResourceMeta(resource).fields[source];
  const profile = useProfile();
  const translate = useTranslate();
  const cell = useRef<HTMLElement | null>(null);
  const keepCell = (element: HTMLElement | null) => {
    cell.current = element;
  };
  const [editing, setEditing] = useState(false);
  const { save, isPending, error, clearError } = useQuickSave(resource, record ?? { id: 0 }, source);
  const editable = !!record && !!field && !field.readOnly && !field.sensitive && mayAccess(profile ?? null, { action: 'update', resource, record });
  if (!editable) return <>{children}</>;

  const done = () => {
    setEditing(false);
    clearError();
    requestAnimationFrame(() => cell.current?.focus());
  };
  const onSave = async (value: unknown) => {
    if (await save(value)) done();
  };

  if (editing || isPending) {
    return (
      <Box onClick={stop} onKeyDown={stop} data-quick-edit={source}>
        <QuickEditor
          source={source}
          field={field}
          value={record[source]}
          isPending={isPending}
          error={error}
          onSave={onSave}
          onCancel={done}
        />
        {error && <FormHelperText error role="alert">{error}</FormHelperText>}
      </Box>
    );
  }
  const start = (event: SyntheticEvent) => {
    event.stopPropagation();
    setEditing(true);
  };
  if (byIcon) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 0.5 }}>
        {children}
        <IconButton
          ref={keepCell}
          size="small"
          aria-label={translate('crm.bulk.quick_edit.hint')}
          title={translate('crm.bulk.quick_edit.hint')}
          data-quick-cell={source}
          onClick={start}
          // out of the page (and of the cell's accessible name) until the row is hovered or holds the focus
          sx={{ p: 0.25, display: 'none', 'tr:hover &, tr:focus-within &': { display: 'inline-flex' } }}
        >
          <EditOutlinedIcon sx={{ fontSize: 16 }} />
        </IconButton>
      </Box>
    );
  }
  return (
    <Box
      ref={keepCell}
      role="button"
      tabIndex={0}
      title={translate('crm.bulk.quick_edit.hint')}
      data-quick-cell={source}
      onClick={start}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== 'F2') return;
        event.preventDefault();
        event.stopPropagation();
        setEditing(true);
      }}
      sx={{
        cursor: 'text', minHeight: 24, display: 'flex', alignItems: 'center', mx: -0.5, px: 0.5, borderRadius: 1,
        '&:hover, &:focus-visible': { outline: 1, outlineColor: 'divider', bgcolor: 'action.hover' },
      }}
    >
      {children}
    </Box>
  );
}

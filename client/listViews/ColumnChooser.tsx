import { useMemo, useState } from 'react';
import ViewColumnIcon from '@mui/icons-material/ViewColumnOutlined';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Tooltip, Typography } from '@mui/material';
import { useLocaleState, useTranslate, useTranslateLabel } from 'react-admin';
import { ColumnRow } from './ColumnRow';
import { useListViewSetup } from './ListViewContext';
import { clampWidth, MAX_WIDTH, MIN_WIDTH, moveColumn, setVisible, setWidth, toSettings, type ResolvedColumn } from './viewConfig';

/**
 * "Columns": every field the list may show (an admin's custom fields too), ticked to show, dragged or moved by
 * arrows into order, each with a width. Changes show at once; the views menu then offers to save them.
 */
export function ColumnChooser() {
  const setup = useListViewSetup();
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const [locale] = useLocaleState();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dragOver, setDragOver] = useState<number | null>(null);
  const resourceName = setup?.resource.name ?? '';
  const labels = useMemo(() => Object.fromEntries((setup?.columns ?? []).map((c) => {
    const custom = setup?.resource.fields[c.source]?.custom;
    const label = custom ? custom.label[locale === 'en' ? 'en' : 'zh'] : String(translateLabel({ source: c.source, resource: resourceName }));
    return [c.source, label];
  })), [setup, locale, translateLabel, resourceName]);
  if (!setup) return null;
  const { columns, density, setLayout } = setup;
  const commit = (next: ResolvedColumn[]) => setLayout({ columns: toSettings(next), density });
  const shown = columns.filter((c) => c.visible).length;
  const needle = search.trim().toLowerCase();
  const matches = (c: ResolvedColumn) => !needle || labels[c.source]?.toLowerCase().includes(needle) || c.source.includes(needle);
  const endDrag = () => {
    setDragFrom(null);
    setDragOver(null);
  };
  return (
    <>
      <Tooltip title={translate('crm.list_views.columns.title')}>
        <Button size="small" startIcon={<ViewColumnIcon />} onClick={() => setOpen(true)} data-testid="columns-button">
          {translate('crm.list_views.columns.button')}
        </Button>
      </Tooltip>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="columns-title">
        <DialogTitle id="columns-title">{translate('crm.list_views.columns.title')}</DialogTitle>
        <DialogContent dividers>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            {translate('crm.list_views.columns.hint', { min: MIN_WIDTH, max: MAX_WIDTH })}
          </Typography>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 1 }}>
            <TextField size="small" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={translate('crm.list_views.columns.search')} sx={{ flex: 1 }} />
            <Typography variant="body2" color="text.secondary">{translate('crm.list_views.columns.shown', { count: shown, total: columns.length })}</Typography>
          </Box>
          <Box onDragEnd={endDrag} role="list">
            {columns.map((column, index) => (matches(column) ? (
              <ColumnRow
                key={column.source}
                column={column}
                label={labels[column.source] ?? column.source}
                index={index}
                last={index === columns.length - 1}
                dragOver={dragOver === index && dragFrom !== index}
                onToggle={(visible) => commit(setVisible(columns, column.source, visible))}
                onMove={(to) => commit(moveColumn(columns, index, to))}
                onWidth={(text) => commit(setWidth(columns, column.source, text === '' ? undefined : clampWidth(Number(text), MIN_WIDTH, MAX_WIDTH)))}
                onDragStart={setDragFrom}
                onDragOver={setDragOver}
                onDrop={(to) => {
                  if (dragFrom !== null) commit(moveColumn(columns, dragFrom, to));
                  endDrag();
                }}
              />
            ) : null))}
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setLayout(density === 'compact' ? undefined : { columns: [], density })}>{translate('crm.list_views.columns.reset')}</Button>
          <Box sx={{ flex: 1 }} />
          <Button variant="contained" onClick={() => setOpen(false)}>{translate('crm.list_views.columns.done')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

import { useEffect, useState, type DragEvent } from 'react';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DragIndicatorIcon from '@mui/icons-material/DragIndicator';
import { Box, Checkbox, IconButton, InputAdornment, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ResolvedColumn } from './viewConfig';

export interface ColumnRowProps {
  column: ResolvedColumn;
  label: string;
  index: number;
  last: boolean;
  dragOver: boolean;
  onToggle: (visible: boolean) => void;
  onMove: (to: number) => void;
  onWidth: (text: string) => void;
  onDragStart: (index: number) => void;
  onDragOver: (index: number) => void;
  onDrop: (index: number) => void;
}

/** One field in the column chooser: shown or not, dragged or moved by arrows, its width in pixels (blank: automatic). */
export function ColumnRow({ column, label, index, last, dragOver, onToggle, onMove, onWidth, onDragStart, onDragOver, onDrop }: ColumnRowProps) {
  const translate = useTranslate();
  // typed freely, applied (within the limits) when the field is left or Enter is pressed
  const [text, setText] = useState(String(column.width ?? ''));
  useEffect(() => setText(String(column.width ?? '')), [column.width]);
  const over = (e: DragEvent) => {
    e.preventDefault();
    onDragOver(index);
  };
  return (
    <Box
      draggable
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', column.source);
        onDragStart(index);
      }}
      onDragOver={over}
      onDrop={(e) => {
        e.preventDefault();
        onDrop(index);
      }}
      data-column={column.source}
      sx={{
        display: 'flex', alignItems: 'center', gap: 0.5, py: 0.25, pr: 0.5, borderRadius: 1,
        borderTop: 2, borderColor: dragOver ? 'primary.main' : 'transparent',
        '&:hover': { bgcolor: 'action.hover' },
      }}
    >
      <DragIndicatorIcon fontSize="small" sx={{ color: 'text.disabled', cursor: 'grab' }} aria-hidden />
      <Checkbox size="small" checked={column.visible} onChange={(e) => onToggle(e.target.checked)} slotProps={{ input: { 'aria-label': label } }} />
      <Typography variant="body2" sx={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: column.visible ? 'text.primary' : 'text.secondary' }}>
        {label}
      </Typography>
      <TextField
        size="small"
        type="number"
        value={text}
        placeholder={translate('crm.list_views.columns.auto')}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => onWidth(text)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onWidth(text);
        }}
        disabled={!column.visible}
        slotProps={{
          input: { endAdornment: <InputAdornment position="end">px</InputAdornment> },
          htmlInput: { min: 0, step: 10, 'aria-label': translate('crm.list_views.columns.width_of', { field: label }) },
        }}
        sx={{ width: 112, '& input': { py: 0.5 } }}
      />
      <IconButton size="small" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={translate('crm.list_views.columns.up', { field: label })}>
        <ArrowUpwardIcon fontSize="inherit" />
      </IconButton>
      <IconButton size="small" disabled={last} onClick={() => onMove(index + 1)} aria-label={translate('crm.list_views.columns.down', { field: label })}>
        <ArrowDownwardIcon fontSize="inherit" />
      </IconButton>
    </Box>
  );
}

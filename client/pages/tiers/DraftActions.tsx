import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import CalculateIcon from '@mui/icons-material/Calculate';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SaveIcon from '@mui/icons-material/Save';
import UndoIcon from '@mui/icons-material/Undo';
import { useTranslate } from 'react-admin';
import type { RecalcMode } from '../../loyalty/loyaltyApi';
import { ModeChoice } from './ModeChoice';
import type { TierDraftState } from './useTierDraft';

interface DraftActionsProps {
  draft: TierDraftState;
  mode: RecalcMode;
  onMode: (mode: RecalcMode) => void;
  note: string;
  onNote: (note: string) => void;
  busy: boolean;
  /** a what-if of exactly this draft and mode is on screen */
  previewFresh: boolean;
  onPreview: () => void;
  onApply: () => void;
  onSave: () => void;
}

/**
 * What the manager does with the draft: try it (what-if), save and recalculate (once the what-if of this very
 * draft is on screen, so the confirmation can name its counts), save the rules only, or drop the changes.
 */
export function DraftActions({ draft, mode, onMode, note, onNote, busy, previewFresh, onPreview, onApply, onSave }: DraftActionsProps) {
  const translate = useTranslate();
  const count = draft.changed.length;
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color={count ? 'warning.main' : 'text.secondary'} sx={{ fontWeight: count ? 600 : 400 }} data-testid="draft-status">
        {count ? translate('crm.tiers.actions.changed', { smart_count: count }) : translate('crm.tiers.actions.unchanged')}
      </Typography>
      {!draft.valid && <Alert severity="error">{translate('crm.tiers.actions.invalid')}</Alert>}
      {draft.looseErrors.map((text) => (
        <Alert key={text} severity="error">
          {text}
        </Alert>
      ))}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'auto minmax(0, 1fr)' }, alignItems: 'start' }}>
        <ModeChoice value={mode} onChange={onMode} />
        <TextField
          name="note"
          size="small"
          label={translate('crm.tiers.actions.note')}
          value={note}
          onChange={(event) => onNote(event.target.value)}
          slotProps={{ htmlInput: { maxLength: 500 } }}
          fullWidth
        />
      </Box>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button variant="outlined" startIcon={<CalculateIcon />} onClick={onPreview} disabled={busy || !draft.valid}>
          {translate('crm.tiers.actions.preview')}
        </Button>
        <Button variant="contained" startIcon={<PlayArrowIcon />} onClick={onApply} disabled={busy || !draft.valid || !previewFresh}>
          {translate('crm.tiers.actions.apply')}
        </Button>
        <Button startIcon={<SaveIcon />} onClick={onSave} disabled={busy || !draft.valid || count === 0}>
          {translate('crm.tiers.actions.save_only')}
        </Button>
        <Button color="inherit" startIcon={<UndoIcon />} onClick={draft.reset} disabled={busy || count === 0}>
          {translate('crm.tiers.actions.reset')}
        </Button>
      </Stack>
      {!previewFresh && draft.valid && (
        <Typography variant="caption" color="text.secondary">
          {translate('crm.tiers.actions.preview_first')}
        </Typography>
      )}
    </Stack>
  );
}

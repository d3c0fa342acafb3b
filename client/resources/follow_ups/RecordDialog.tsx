import { useState } from 'react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Paper, Stack, TextField, ToggleButton,
  ToggleButtonGroup, Typography, useMediaQuery, type Theme,
} from '@mui/material';
import { useGetOne, useLocaleState, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { useMeta } from '../../meta/MetaContext';
import { requestFailure } from '../../bulk/bulkErrors';
import { ScoreButtons } from './ScoreButtons';
import { RecordOutcome } from './RecordOutcome';
import { useFollowUpApi, type RecordResult } from './followUpsApi';

interface SurveyItem { key: string; label_zh: string; label_en: string }

const parsed = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/**
 * 记录回访: the channel, whether the customer answered, the script to read, the survey's questions as button
 * rows, an overall score and notes. After saving it says what happened (retry date, complaint, invitation).
 */
export function RecordDialog({ followUp, open, onClose }: { followUp: RaRecord; open: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.followups.record.${key}`, args);
  const meta = useMeta();
  const [locale] = useLocaleState();
  const api = useFollowUpApi();
  const refresh = useRefresh();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const templateId = followUp.survey_template_id as number | null;
  const { data: template } = useGetOne('survey_templates', { id: templateId ?? 0 }, { enabled: open && templateId != null });
  const [channel, setChannel] = useState(String(followUp.channel ?? 'phone'));
  const [reached, setReached] = useState<boolean | null>(null);
  const [scores, setScores] = useState<Record<string, number | null>>({});
  const [overall, setOverall] = useState<number | null>(null);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<RecordResult | null>(null);

  const items = (template ? parsed(template.items) : []) as SurveyItem[];
  const eleven = template?.scale === 'eleven';

  const save = async () => {
    if (reached === null) return;
    setSaving(true);
    setErrors({});
    setNotice(null);
    try {
      const given = Object.fromEntries(Object.entries(scores).filter((e): e is [string, number] => e[1] !== null));
      const answer = await api.record(Number(followUp.id), reached
        ? { reached, channel, notes: notes || null, scores: given, overall_score: overall }
        : { reached, channel, notes: notes || null });
      setResult(answer);
      refresh();
    } catch (e) {
      const failure = requestFailure(e);
      setErrors(failure.fieldErrors);
      const shown = Object.keys(failure.fieldErrors).some((f) => f.startsWith('scores.') || f === 'overall_score');
      if (!shown) setNotice(t('failed', { reason: Object.values(failure.fieldErrors)[0] ?? failure.message }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullScreen={fullScreen} maxWidth="sm" fullWidth>
      <DialogTitle>{t('title')}</DialogTitle>
      <DialogContent dividers>
        {result ? <RecordOutcome result={result} /> : (
          <Stack spacing={2}>
            {notice && <Alert severity="error">{notice}</Alert>}
            <Typography variant="body2" color="text.secondary">{t('attempts', { count: Number(followUp.attempts ?? 0) })}</Typography>
            <Paper variant="outlined" sx={{ p: 1.5, bgcolor: 'action.hover' }}>
              <Typography variant="overline">{t('script')}</Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{String(followUp.script ?? '') || t('no_script')}</Typography>
            </Paper>
            <TextField select size="small" label={t('channel')} value={channel} onChange={(e) => setChannel(e.target.value)}>
              {(meta.enums.follow_up_channel ?? []).map((c) => (
                <MenuItem key={c} value={c}>{translate(`enums.follow_up_channel.${c}`, { _: c })}</MenuItem>
              ))}
            </TextField>
            <ToggleButtonGroup exclusive value={reached} onChange={(_, v: boolean | null) => setReached(v)} aria-label={t('reached')} fullWidth>
              <ToggleButton value color="success">{t('reached_yes')}</ToggleButton>
              <ToggleButton value={false} color="warning">{t('reached_no')}</ToggleButton>
            </ToggleButtonGroup>
            {reached && (
              <div>
                {items.length > 0 && <Typography variant="subtitle2" sx={{ mb: 1 }}>{t('survey')} · {t(eleven ? 'eleven_hint' : 'five_hint')}</Typography>}
                {items.map((item) => (
                  <ScoreButtons
                    key={item.key}
                    label={locale === 'zh' ? item.label_zh : item.label_en}
                    min={eleven ? 0 : 1}
                    max={eleven ? 10 : 5}
                    value={scores[item.key] ?? null}
                    onChange={(v) => setScores((s) => ({ ...s, [item.key]: v }))}
                    error={errors[`scores.${item.key}`]}
                  />
                ))}
                <ScoreButtons label={t('overall')} min={1} max={5} value={overall} onChange={setOverall} error={errors.overall_score} hint={items.length ? t('overall_hint') : undefined} />
              </div>
            )}
            <TextField label={t('notes')} value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={2} error={Boolean(errors.notes)} helperText={errors.notes} />
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('close')}</Button>
        {!result && <Button variant="contained" onClick={() => void save()} disabled={reached === null || saving}>{t('save')}</Button>}
      </DialogActions>
    </Dialog>
  );
}

import { Button, Stack } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { SectionName, TodayItem } from './todayApi';
import { useGreetingCalls } from '../../resources/care_touches/greetingsApi';
import type { QuickAction } from './useTodayAction';

interface Props {
  section: SectionName;
  item: TodayItem;
  today: string;
  canAct: boolean;
  busy: boolean;
  onRecord: (item: TodayItem) => void;
  onQuick: (item: TodayItem, action: QuickAction) => void;
}

/** The in-place step for a queue item: record the follow-up, open the complaint, mark reminded / arrived / sent / done. */
export function TodayItemAction({ section, item, today, canAct, busy, onRecord, onQuick }: Props) {
  const translate = useTranslate();
  const greetings = useGreetingCalls();
  const label = (key: string) => translate(`crm.today.actions.${key}`);
  const quick = (key: QuickAction['done'], resource: string, data: Record<string, unknown>, variant: 'contained' | 'outlined' = 'outlined', perform?: () => Promise<void>) => (
    <Button key={key} size="small" variant={variant} disabled={busy} onClick={() => onQuick(item, { resource, data, done: key, perform })} sx={{ whiteSpace: 'nowrap' }}>
      {label(key)}
    </Button>
  );
  if (section === 'complaints') {
    return <Button size="small" variant="outlined" component={Link} to={`/complaints/${item.id}/show`}>{label(canAct ? 'open' : 'view')}</Button>;
  }
  if (!canAct) return null;
  switch (section) {
    case 'follow_ups_overdue':
    case 'follow_ups_today':
      return <Button size="small" variant="contained" disabled={busy} onClick={() => onRecord(item)} sx={{ whiteSpace: 'nowrap' }}>{label('record')}</Button>;
    case 'appointments':
      return (
        <Stack direction="row" spacing={1}>
          {item.detail.status === 'scheduled' && quick('reminded', 'appointments', { status: 'reminded' }, 'contained')}
          {item.day === today && quick('arrived', 'appointments', { status: 'arrived' })}
        </Stack>
      );
    case 'greetings':
      // through the gateway (outbox), which also skips customers without consent for the channel
      return quick('sent', 'care_touches', {}, 'contained', async () => {
        const failed = (await greetings.send([item.id])).failed[0];
        if (failed) throw new Error(failed.error);
      });
    case 'event_tasks':
      return quick('finish', 'event_tasks', { status: 'done' }, 'contained');
  }
}

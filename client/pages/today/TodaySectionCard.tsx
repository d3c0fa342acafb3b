import { useState } from 'react';
import { Button, Card, CardContent, CardHeader, Chip, Divider, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useLocaleState, useTranslate } from 'react-admin';
import { RecordDialog } from '../../resources/follow_ups/RecordDialog';
import { SECTION_RESOURCE } from './sectionInfo';
import { TodayItemAction } from './TodayItemAction';
import { TodayItemRow } from './TodayItemRow';
import type { SectionName, TodayItem, TodaySection } from './todayApi';
import { useTodayAction } from './useTodayAction';

/** Items shown before "show all": a card stays short enough that the next section is in sight. */
const FIRST = 5;

/**
 * One section of the queue as a card: its heading with the count, the items, and "see all" when capped. The
 * follow-up dialog lives here, not in the row: after saving, the item leaves the list while the dialog still
 * shows what the save did.
 */
export function TodaySectionCard({ name, section, today }: { name: SectionName; section: TodaySection; today: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { run, pending } = useTodayAction();
  const [recording, setRecording] = useState<TodayItem | null>(null);
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? section.items : section.items.slice(0, FIRST);
  const resource = SECTION_RESOURCE[name];
  const urgent = name === 'follow_ups_overdue' || name === 'complaints';
  return (
    <Card variant="outlined" data-section={name} data-count={section.total}>
      <CardHeader
        title={translate(`crm.today.sections.${name}`)}
        slotProps={{ title: { variant: 'subtitle1', sx: { fontWeight: 600 } } }}
        action={<Chip size="small" label={section.total} color={section.total > 0 && urgent ? 'error' : section.total > 0 ? 'primary' : 'default'} />}
        sx={{ pb: 0 }}
      />
      <CardContent sx={{ pt: 0.5, '&:last-child': { pb: 1.5 } }}>
        {section.items.length === 0 && <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>{translate('crm.today.empty')}</Typography>}
        {shown.map((item, i) => (
          <div key={item.id}>
            {i > 0 && <Divider />}
            <TodayItemRow
              item={item}
              resource={resource}
              today={today}
              locale={locale}
              action={(
                <TodayItemAction
                  section={name}
                  item={item}
                  today={today}
                  canAct={section.can_act}
                  busy={pending === `${resource}.${item.id}`}
                  onRecord={setRecording}
                  onQuick={(it, action) => run(it, action, it.customer?.name ?? it.what.value)}
                />
              )}
            />
          </div>
        ))}
        {section.items.length > FIRST && (
          <Button size="small" onClick={() => setExpanded(!expanded)} sx={{ mt: 0.5 }}>
            {translate(expanded ? 'crm.today.show_less' : 'crm.today.show_more', { count: section.items.length })}
          </Button>
        )}
        {expanded && section.total > section.items.length && (
          <Typography variant="caption" color="text.secondary" component="div" sx={{ pt: 1 }}>
            {translate('crm.today.capped', { shown: section.items.length, total: section.total })}{' '}
            <Button size="small" component={Link} to={`/${resource}`}>{translate('crm.today.see_all')}</Button>
          </Typography>
        )}
      </CardContent>
      {recording && (
        <RecordDialog followUp={{ id: recording.id, ...recording.detail }} open onClose={() => setRecording(null)} />
      )}
    </Card>
  );
}

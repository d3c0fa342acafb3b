import { useState } from 'react';
import { Alert, Box, CircularProgress, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../../i18n/formats';
import { requestFailure } from '../../bulk/bulkErrors';
import { TodaySectionCard } from './TodaySectionCard';
import { SECTIONS, useWorkToday, type TodayScope } from './todayApi';

/**
 * 今日工作: the signed-in person's queue — follow-ups due and overdue, complaints about to breach, appointments
 * to remind, greetings to send, event tasks due — each item done in place. One column on a phone, two on a desk.
 */
export function TodayPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [scope, setScope] = useState<TodayScope>('mine');
  const { data, error, isPending } = useWorkToday(scope);
  // sections with work first, in their order of urgency; the empty ones after them
  const present = data ? SECTIONS.filter((name) => data.sections[name]) : [];
  present.sort((a, b) => Number(!data?.sections[a]?.total) - Number(!data?.sections[b]?.total));
  const open = present.reduce((sum, name) => sum + (data?.sections[name]?.total ?? 0), 0);
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 1400 }}>
      <Title title={translate('crm.today.menu')} />
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 2 }}>
        <Box>
          <Typography variant="h5" component="h1">{translate('crm.today.title')}</Typography>
          {data && (
            <Typography variant="body2" color="text.secondary">
              {translate('crm.today.subtitle', { day: formatDate(data.today, locale), count: open })}
            </Typography>
          )}
        </Box>
        {data?.can_toggle !== false ? (
          <ToggleButtonGroup size="small" exclusive value={scope} onChange={(_, v: TodayScope | null) => v && setScope(v)}>
            <ToggleButton value="mine">{translate('crm.today.scope.mine')}</ToggleButton>
            <ToggleButton value="team">{translate('crm.today.scope.team')}</ToggleButton>
          </ToggleButtonGroup>
        ) : (
          <Typography variant="body2" color="text.secondary">{translate('crm.today.scope.own_customers')}</Typography>
        )}
      </Stack>
      {isPending && <CircularProgress size={28} />}
      {error && <Alert severity="error">{translate('crm.today.loading_failed', { reason: requestFailure(error).message })}</Alert>}
      {data && open === 0 && <Alert severity="success" sx={{ mb: 2 }}>{translate('crm.today.all_clear')}</Alert>}
      {data && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, alignItems: 'start' }}>
          {present.map((name) => {
            const section = data.sections[name];
            return section ? <TodaySectionCard key={name} name={name} section={section} today={data.today} /> : null;
          })}
        </Box>
      )}
    </Box>
  );
}

TodayPage.path = '/today';

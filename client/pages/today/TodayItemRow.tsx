import type { ReactNode } from 'react';
import { Box, Chip, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { formatDateTime } from '../../i18n/formats';
import { whenWords } from './relativeDay';
import type { TodayItem } from './todayApi';

const URGENT = new Set(['overdue', 'breached']);
const CHIP_COLOR: Record<string, 'error' | 'warning' | 'info' | 'success'> = {
  breached: 'error', due_soon: 'warning', to_remind: 'info', expected: 'success',
};

interface Props {
  item: TodayItem;
  resource: string;
  today: string;
  locale: string;
  action: ReactNode;
}

/** One queue item: what (opens its record), who (opens the customer), when (逾期 2 天 / 今天 / 明天), and its action. */
export function TodayItemRow({ item, resource, today, locale, action }: Props) {
  const translate = useTranslate();
  const what = item.what.enum ? translate(`enums.${item.what.enum}.${item.what.value}`, { _: item.what.value }) : item.what.value;
  const words = whenWords(item.day, today);
  const urgent = URGENT.has(item.state) || words.key === 'days_ago' || words.key === 'yesterday';
  const chip = CHIP_COLOR[item.state];
  const eventTitle = typeof item.detail.event_title === 'string' ? item.detail.event_title : null;
  const clock = typeof item.detail.clock === 'string' ? item.detail.clock : null;
  return (
    <Box sx={{ py: 1.25, display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }}>
          <MuiLink component={Link} to={`/${resource}/${item.id}/show`} underline="hover" sx={{ fontWeight: 500, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {what}
          </MuiLink>
          {chip && <Chip size="small" color={chip} label={translate(`crm.today.states.${item.state}`)} />}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {item.customer ? (
            <>
              <MuiLink component={Link} to={`/customers/${item.customer.id}/show`} underline="hover" color="inherit">{item.customer.name}</MuiLink>
              {item.customer.phone && ` · ${item.customer.phone}`}
            </>
          ) : eventTitle ? translate('crm.today.event', { title: eventTitle }) : translate('crm.today.no_customer')}
        </Typography>
        <Typography variant="caption" color={urgent ? 'error' : 'text.secondary'} sx={{ fontWeight: urgent ? 600 : undefined }}>
          {clock && `${translate(`crm.today.clock.${clock}`)} `}
          {item.at ? formatDateTime(item.at, locale) : translate(`crm.today.when.${words.key}`, { n: words.n })}
          {item.at && ` · ${translate(`crm.today.when.${words.key}`, { n: words.n })}`}
        </Typography>
      </Box>
      <Box sx={{ flexShrink: 0, ml: 'auto' }}>{action}</Box>
    </Box>
  );
}

import { Chip, Stack } from '@mui/material';
import { useGetIdentity, useListContext, useTranslate } from 'react-admin';
import { chinaToday } from '../../pages/tasks/taskGroups';
import { isOn, QUICK_KEYS, toggle } from './quickFilters';

/** 我的 / 已逾期 / 待检核 / 未完成 above the task list: one click each, again to undo. */
export function TaskQuickFilters() {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const { identity } = useGetIdentity();
  if (!identity) return null;
  const me = Number(identity.id);
  const today = chinaToday();
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', px: 2, py: 1 }} data-testid="task-quick-filters">
      {QUICK_KEYS.map((key) => {
        const on = isOn(filterValues, key, me, today);
        return (
          <Chip
            key={key}
            label={translate(`crm.tasks.quick.${key}`)}
            color={on ? (key === 'overdue' ? 'error' : 'primary') : 'default'}
            variant={on ? 'filled' : 'outlined'}
            onClick={() => setFilters(toggle(filterValues, key, me, today), displayedFilters)}
          />
        );
      })}
    </Stack>
  );
}

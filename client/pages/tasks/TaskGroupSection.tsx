import { useState, type ReactNode } from 'react';
import { Badge, Card, Collapse, IconButton, Stack, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslate } from 'react-admin';
import type { GroupKey } from './taskGroups';

interface TaskGroupSectionProps {
  group: GroupKey;
  count: number;
  /** starts folded (最近完成) */
  collapsed?: boolean;
  children: ReactNode;
}

const TONE: Partial<Record<GroupKey, 'error' | 'warning' | 'primary'>> = { overdue: 'error', to_check: 'warning', this_week: 'primary' };

/** A heading with its count ("已逾期 3"), foldable, over the group's tasks. */
export function TaskGroupSection({ group, count, collapsed = false, children }: TaskGroupSectionProps) {
  const translate = useTranslate();
  const [open, setOpen] = useState(!collapsed);
  const tone = count > 0 ? TONE[group] : undefined;
  if (count === 0) {
    // an empty group is only its heading, so what needs doing stays on the first screen
    return (
      <Card variant="outlined" data-testid={`task-group-${group}`} sx={{ px: 1.5, py: 0.75, bgcolor: 'transparent' }}>
        <Typography variant="subtitle2" component="h2" color="text.secondary">
          {translate(`crm.tasks.groups.${group}`)} · {translate('crm.tasks.empty.group')}
        </Typography>
      </Card>
    );
  }
  return (
    <Card variant="outlined" data-testid={`task-group-${group}`} sx={{ borderColor: tone === 'error' ? 'error.light' : undefined }}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', px: 1.5, py: 0.75, cursor: 'pointer', bgcolor: tone === 'error' ? 'rgba(211, 47, 47, 0.06)' : 'action.hover' }}
        onClick={() => setOpen(!open)}
      >
        <Typography variant="subtitle2" component="h2" color={tone === 'error' ? 'error' : undefined} sx={{ flex: 1 }}>
          {translate(`crm.tasks.groups.${group}`)}
          <Badge badgeContent={String(count)} color={tone ?? 'default'} sx={{ ml: 2.5, '& .MuiBadge-badge': tone ? undefined : { bgcolor: 'action.selected' } }} />
        </Typography>
        <IconButton size="small" aria-expanded={open} aria-label={translate(`crm.tasks.groups.${group}`)}>
          <ExpandMoreIcon sx={{ transform: open ? 'rotate(180deg)' : undefined, transition: 'transform 150ms' }} />
        </IconButton>
      </Stack>
      <Collapse in={open}>{children}</Collapse>
    </Card>
  );
}

import { alpha, Chip, useTheme } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { actionStyle } from './actionStyle';
import { useActionColor } from './useActionColor';

/** The action of the audit row in context as a soft-tinted chip with its icon: 新建, 修改, 删除, 登录… */
export function ActionChip({ size = 'small' }: { size?: 'small' | 'medium' }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const theme = useTheme();
  const color = useActionColor(record?.action);
  if (!record) return null;
  const { icon: Icon } = actionStyle(record.action);
  const dark = theme.palette.mode === 'dark';
  return (
    <Chip
      size={size}
      icon={<Icon />}
      label={translate(`enums.audit_action.${String(record.action)}`, { _: String(record.action) })}
      sx={{
        bgcolor: alpha(color.main, dark ? 0.24 : 0.12),
        color: dark ? color.light : color.dark,
        fontWeight: 500,
        '& .MuiChip-icon': { color: 'inherit' },
      }}
    />
  );
}

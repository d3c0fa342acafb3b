import ManageHistoryIcon from '@mui/icons-material/ManageHistory';
import type { ScreenSet } from '../types';
import { AuditLogList } from './AuditLogList';
import { AuditLogShow } from './AuditLogShow';

const audit_log: ScreenSet = {
  list: AuditLogList,
  show: AuditLogShow,
  icon: ManageHistoryIcon,
  // "操作日志 #812": an entry has no name of its own, and its record's title is shown beside it anyway
  recordRepresentation: (record) => `#${String(record.id)}`,
};

export default audit_log;

import type { SvgIconComponent } from '@mui/icons-material';
import AddCircleOutlineIcon from '@mui/icons-material/AddCircleOutline';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import KeyIcon from '@mui/icons-material/Key';
import KeyOffIcon from '@mui/icons-material/KeyOff';
import LockResetIcon from '@mui/icons-material/LockReset';
import LoginIcon from '@mui/icons-material/Login';
import LogoutIcon from '@mui/icons-material/Logout';
import MergeTypeIcon from '@mui/icons-material/MergeType';
import type { ChipColor } from '../../fields/enumColors';

export interface ActionStyle {
  icon: SvgIconComponent;
  color: Exclude<ChipColor, 'default'> | 'grey';
}

/** Each audit action's icon and colour: record changes in the app's state colours, account events in quiet ones. */
const styles: Record<string, ActionStyle> = {
  create: { icon: AddCircleOutlineIcon, color: 'success' },
  update: { icon: EditOutlinedIcon, color: 'info' },
  delete: { icon: DeleteOutlineIcon, color: 'error' },
  login: { icon: LoginIcon, color: 'grey' },
  logout: { icon: LogoutIcon, color: 'grey' },
  password_changed: { icon: LockResetIcon, color: 'warning' },
  token_created: { icon: KeyIcon, color: 'secondary' },
  token_revoked: { icon: KeyOffIcon, color: 'secondary' },
  export: { icon: FileDownloadOutlinedIcon, color: 'primary' },
  merge: { icon: MergeTypeIcon, color: 'warning' },
};

export function actionStyle(action: unknown): ActionStyle {
  return styles[String(action)] ?? { icon: EditOutlinedIcon, color: 'grey' };
}

import { forwardRef } from 'react';
import { ListItemIcon, ListItemText, MenuItem, type MenuItemProps } from '@mui/material';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { useNavigate } from 'react-router-dom';
import { useTranslate, useUserMenu } from 'react-admin';
import { PAGE_PATHS } from '../pages/pagePaths';

/** "My account" in the user menu: password and API tokens. The menu passes focus props through. */
export const AccountMenuItem = forwardRef<HTMLLIElement, MenuItemProps>(function AccountMenuItem(props, ref) {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  const navigate = useNavigate();
  return (
    <MenuItem
      {...props}
      ref={ref}
      onClick={() => {
        userMenu?.onClose();
        navigate(PAGE_PATHS.account);
      }}
    >
      <ListItemIcon>
        <ManageAccountsIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('crm.auth.account.menu')}</ListItemText>
    </MenuItem>
  );
});

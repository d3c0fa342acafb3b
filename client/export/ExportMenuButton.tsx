import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { ListItemText, Menu, MenuItem } from '@mui/material';
import { Button, useCanAccess, useListContext, useLocaleState, useResourceContext, useTranslate } from 'react-admin';
import { exportUrl, type ExportFormat } from './exportUrl';

const FORMATS: ExportFormat[] = ['csv', 'xlsx'];

/**
 * "导出 / Export": a menu of CSV and Excel, each a download link to the server's export of the current list
 * (its filter and order, every matching row, not just the page). Shown only to roles with the export right.
 */
export function ExportMenuButton() {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { filterValues, sort, total } = useListContext();
  const { canAccess } = useCanAccess({ resource, action: 'export' });
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!canAccess) return null;
  return (
    <>
      <Button
        label="crm.bulk.export.button"
        onClick={(event) => setAnchor(event.currentTarget)}
        disabled={total === 0}
        aria-haspopup="menu"
      >
        <DownloadIcon />
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {FORMATS.map((format) => (
          <MenuItem
            key={format}
            component="a"
            href={exportUrl(resource, { format, filter: filterValues, sort, locale })}
            download
            onClick={() => setAnchor(null)}
          >
            <ListItemText>{translate(`crm.bulk.export.${format}`)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

import { IconButton, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import EditOutlined from '@mui/icons-material/EditOutlined';
import LoginOutlined from '@mui/icons-material/LoginOutlined';
import MoreVert from '@mui/icons-material/MoreVert';
import PauseCircleOutline from '@mui/icons-material/PauseCircleOutline';
import PlayCircleOutline from '@mui/icons-material/PlayCircleOutline';
import { useId, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n.context';
import type { OrganisationRowFragment } from '../../gql/graphql';

export type OrganisationAction = 'edit' | 'suspend' | 'reactivate' | 'delete' | 'impersonate';

/** The row's actions behind one keyboard-reachable button. */
export const OrganisationActionsMenu = ({
  row,
  canImpersonate,
  onAction,
}: {
  row: OrganisationRowFragment;
  canImpersonate: boolean;
  onAction: (action: OrganisationAction, row: OrganisationRowFragment) => void;
}) => {
  const { t } = useI18n();
  const id = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const pick = (action: OrganisationAction) => {
    setAnchor(null);
    onAction(action, row);
  };
  const active = row.status === 'ACTIVE';
  return (
    <>
      <IconButton
        aria-label={`${t.common.actions}: ${row.name}`}
        aria-haspopup="menu"
        aria-controls={anchor ? id : undefined}
        aria-expanded={Boolean(anchor)}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <MoreVert />
      </IconButton>
      <Menu id={id} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {canImpersonate && active ? (
          <MenuItem onClick={() => pick('impersonate')}>
            <ListItemIcon>
              <LoginOutlined fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t.organisations.impersonate}</ListItemText>
          </MenuItem>
        ) : null}
        <MenuItem onClick={() => pick('edit')}>
          <ListItemIcon>
            <EditOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t.common.edit}</ListItemText>
        </MenuItem>
        {active ? (
          <MenuItem onClick={() => pick('suspend')}>
            <ListItemIcon>
              <PauseCircleOutline fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t.organisations.suspend}</ListItemText>
          </MenuItem>
        ) : (
          <MenuItem onClick={() => pick('reactivate')}>
            <ListItemIcon>
              <PlayCircleOutline fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t.organisations.reactivate}</ListItemText>
          </MenuItem>
        )}
        <MenuItem onClick={() => pick('delete')} sx={{ color: 'error.main' }}>
          <ListItemIcon sx={{ color: 'inherit' }}>
            <DeleteOutline fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t.common.delete}</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
};

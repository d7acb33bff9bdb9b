import { Button, Menu, MenuItem } from '@mui/material';
import Translate from '@mui/icons-material/Translate';
import { useId, useState } from 'react';
import { LANGUAGES } from '@casella/shared';
import { useI18n } from '../../lib/i18n/i18n.context';

/** The language switch of the top bar: compact, on the brand colour. */
export const LanguageSwitchInline = () => {
  const { t, language, setLanguage } = useI18n();
  const id = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        color="inherit"
        startIcon={<Translate />}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-expanded={Boolean(anchor)}
        aria-controls={anchor ? id : undefined}
        aria-label={`${t.language.label}: ${t.language[language]}`}
        data-testid="language-menu"
      >
        {language.toUpperCase()}
      </Button>
      <Menu id={id} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {LANGUAGES.map((l) => (
          <MenuItem
            key={l}
            lang={l}
            selected={l === language}
            onClick={() => {
              setLanguage(l);
              setAnchor(null);
            }}
          >
            {t.language[l]}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};

import { MenuItem, TextField } from '@mui/material';
import { LANGUAGES, type Language } from '@casella/shared';
import { useI18n } from '../../lib/i18n/i18n.context';

export const LanguageSwitch = ({ dense = false }: { dense?: boolean }) => {
  const { t, language, setLanguage } = useI18n();
  return (
    <TextField
      select
      size="small"
      label={t.language.label}
      value={language}
      onChange={(e) => setLanguage(e.target.value as Language)}
      sx={{ minWidth: dense ? 120 : 150 }}
      slotProps={{ select: { inputProps: { 'data-testid': 'language-switch' } } }}
    >
      {LANGUAGES.map((l) => (
        <MenuItem key={l} value={l} lang={l}>
          {t.language[l]}
        </MenuItem>
      ))}
    </TextField>
  );
};

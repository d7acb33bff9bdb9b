import {
  Box,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
} from '@mui/material';
import type { Permission } from '@casella/shared';
import { useI18n } from '../../lib/i18n/i18n.context';

/** One labelled checkbox per permission, in a fieldset for screen readers. */
export const PermissionToggles = ({
  available,
  value,
  onChange,
  error,
}: {
  available: readonly Permission[];
  value: readonly Permission[];
  onChange: (next: Permission[]) => void;
  error?: string;
}) => {
  const { t } = useI18n();
  const toggle = (p: Permission, on: boolean) =>
    onChange(on ? [...value, p] : value.filter((v) => v !== p));
  return (
    <FormControl component="fieldset" error={Boolean(error)}>
      <FormLabel component="legend" sx={{ mb: 1 }}>
        {t.team.permissions}
      </FormLabel>
      <FormGroup>
        <Box
          sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}
        >
          {available.map((p) => (
            <FormControlLabel
              key={p}
              control={
                <Checkbox
                  checked={value.includes(p)}
                  onChange={(e) => toggle(p, e.target.checked)}
                  name={p}
                />
              }
              label={t.permissions[p]}
            />
          ))}
        </Box>
      </FormGroup>
      {error ? <FormHelperText>{error}</FormHelperText> : null}
    </FormControl>
  );
};

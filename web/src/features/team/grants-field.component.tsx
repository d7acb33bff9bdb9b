import { useQuery } from '@apollo/client/react';
import { Autocomplete, Chip, TextField } from '@mui/material';
import { useI18n } from '../../lib/i18n/i18n.context';
import { GrantableCustomersQuery } from './team.graphql';

/** The customers a manager acts on, picked from the reseller's customers. */
export const GrantsField = ({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) => {
  const { t } = useI18n();
  const { data, loading } = useQuery(GrantableCustomersQuery);
  const options = data?.customers.edges.map((e) => e.node) ?? [];
  const selected = options.filter((o) => value.includes(o.id));
  return (
    <Autocomplete
      multiple
      options={options}
      loading={loading}
      value={selected}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_e, next) => onChange(next.map((o) => o.id))}
      renderValue={(items, getItemProps) =>
        items.map((o, index) => {
          const { key, ...rest } = getItemProps({ index });
          return <Chip key={key} label={o.name} size="small" {...rest} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={t.team.grants}
          placeholder={selected.length ? undefined : t.team.grantsNone}
          error={Boolean(error)}
          helperText={error}
        />
      )}
    />
  );
};

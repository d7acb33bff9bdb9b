import { useQuery } from '@apollo/client/react';
import { Autocomplete, TextField } from '@mui/material';
import { useEffect, useState, type Ref } from 'react';
import { useI18n } from '../../lib/i18n/i18n.context';
import { DomainCustomersQuery } from './domains.graphql';

interface Option {
  id: string;
  name: string;
}

/** One customer, found by name on the server (a reseller may have hundreds). */
export const CustomerPicker = ({
  value,
  onChange,
  error,
  inputRef,
}: {
  value: string;
  onChange: (id: string) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}) => {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Option | null>(null);
  // Ask the server once typing pauses, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, loading } = useQuery(DomainCustomersQuery, {
    variables: { search: search && search !== selected?.name ? search : undefined },
  });
  const options = data?.customers.edges.map((e) => e.node) ?? [];
  return (
    <Autocomplete
      options={options}
      loading={loading}
      value={selected?.id === value ? selected : null}
      filterOptions={(o) => o}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t.domains.noCustomers}
      loadingText={t.common.loading}
      openText={t.common.open}
      closeText={t.common.close}
      clearText={t.common.clear}
      onInputChange={(_e, v) => setTyped(v)}
      onChange={(_e, next) => {
        setSelected(next);
        onChange(next?.id ?? '');
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={inputRef}
          label={t.domains.customer}
          required
          error={Boolean(error)}
          helperText={error ?? t.domains.customerHelp}
        />
      )}
    />
  );
};

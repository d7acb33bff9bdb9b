import { InputAdornment, TextField } from '@mui/material';
import Search from '@mui/icons-material/Search';
import { useEffect, useRef, useState } from 'react';

/** A search box that reports its value once the user pauses typing. */
export const SearchField = ({
  label,
  placeholder,
  onSearch,
  term = '',
}: {
  label: string;
  placeholder?: string;
  onSearch: (value: string) => void;
  /** The search in force (e.g. read from the URL): shown at first, and again when it changes elsewhere. */
  term?: string;
}) => {
  const [value, setValue] = useState(term);
  // The latest callback, so a parent re-render does not restart the pause.
  const report = useRef(onSearch);
  report.current = onSearch;
  const reported = useRef(term);
  // A search changed from outside (a link, Back) replaces what is typed; its own echo does not.
  useEffect(() => {
    if (term === reported.current) return;
    reported.current = term;
    setValue(term);
  }, [term]);
  useEffect(() => {
    const timer = setTimeout(() => {
      const term = value.trim();
      if (term === reported.current) return;
      reported.current = term;
      report.current(term);
    }, 300);
    return () => clearTimeout(timer);
  }, [value]);
  return (
    <TextField
      label={label}
      placeholder={placeholder}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      size="small"
      type="search"
      sx={{ minWidth: 240 }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <Search fontSize="small" aria-hidden />
            </InputAdornment>
          ),
        },
      }}
    />
  );
};

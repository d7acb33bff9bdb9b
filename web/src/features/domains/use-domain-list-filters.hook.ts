import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import {
  readDomainListFilters,
  writeDomainListFilters,
  type DomainListFilters,
} from './domain-list-filters';

/**
 * The domain list's filters, kept in the URL. A change replaces the current
 * history entry: Back leaves the list (and returns to it as it was filtered)
 * rather than undoing one filter at a time.
 */
export const useDomainListFilters = () => {
  const [params, setParams] = useSearchParams();
  const filters = readDomainListFilters(params);
  const setFilters = useCallback(
    (change: Partial<DomainListFilters>) =>
      setParams(
        (current) =>
          writeDomainListFilters(current, { ...readDomainListFilters(current), ...change }),
        { replace: true },
      ),
    [setParams],
  );
  return [filters, setFilters] as const;
};

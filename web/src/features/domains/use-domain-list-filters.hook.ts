import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  domainListFiltersKey,
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
  const inUrl = readDomainListFilters(params);
  // What the user chose shows at once: the router applies a new address in a
  // transition, a moment later, and a controlled switch would flick back meanwhile.
  const [filters, setShown] = useState(inUrl);
  // An address changed elsewhere (a link, Back, the menu) wins; our own echo changes nothing.
  const [seen, setSeen] = useState(domainListFiltersKey(inUrl));
  if (seen !== domainListFiltersKey(inUrl)) {
    setSeen(domainListFiltersKey(inUrl));
    setShown(inUrl);
  }
  const setFilters = (change: Partial<DomainListFilters>) => {
    const next = { ...filters, ...change };
    setShown(next);
    setParams((current) => writeDomainListFilters(current, next), { replace: true });
  };
  return [filters, setFilters] as const;
};

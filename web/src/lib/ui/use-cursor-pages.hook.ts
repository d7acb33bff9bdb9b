import { useCallback, useState } from 'react';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

export interface CursorPages {
  page: number;
  pageSize: number;
  /** Variables for a Relay connection: `first` and `after`. */
  variables: { first: number; after: string | null };
  goTo: (page: number, endCursor: string | null | undefined) => void;
  setPageSize: (size: number) => void;
  reset: () => void;
}

/**
 * Page numbers over Relay cursors: the cursor that starts page n is the end
 * cursor of page n-1, remembered as the user walks forward.
 */
export const useCursorPages = (initialSize = 25): CursorPages => {
  const [pageSize, setSize] = useState(initialSize);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState(0);
  const goTo = useCallback((next: number, endCursor: string | null | undefined) => {
    setCursors((list) => {
      if (next <= list.length - 1) return list;
      return [...list.slice(0, next), endCursor ?? null];
    });
    setPage(next);
  }, []);
  const reset = useCallback(() => {
    setCursors([null]);
    setPage(0);
  }, []);
  const setPageSize = useCallback(
    (size: number) => {
      setSize(size);
      reset();
    },
    [reset],
  );
  return {
    page,
    pageSize,
    variables: { first: pageSize, after: cursors[page] ?? null },
    goTo,
    setPageSize,
    reset,
  };
};

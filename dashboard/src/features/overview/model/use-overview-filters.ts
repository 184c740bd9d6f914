import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { almatyToday, type OverviewFilters, parseFilters, writeFilters } from './filters.ts';

export const useOverviewFilters = () => {
  const [params, setParams] = useSearchParams();
  const today = almatyToday(new Date());
  const filters = useMemo(() => parseFilters(params, today), [params, today]);
  const update = useCallback(
    // From the address bar, not the last render: two quick changes (a region, then a date) must
    // both land even when the second comes before React has drawn the first.
    (change: Partial<OverviewFilters>) =>
      setParams(() => writeFilters(change, new URLSearchParams(window.location.search))),
    [setParams],
  );
  return { filters, update, today };
};

import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { almatyToday, type OverviewFilters, parseFilters, writeFilters } from './filters.ts';

export const useOverviewFilters = () => {
  const [params, setParams] = useSearchParams();
  const today = almatyToday(new Date());
  const filters = useMemo(() => parseFilters(params, today), [params, today]);
  const update = useCallback(
    (change: Partial<OverviewFilters>) =>
      setParams((current) => writeFilters(change, current), { replace: false }),
    [setParams],
  );
  return { filters, update, today };
};

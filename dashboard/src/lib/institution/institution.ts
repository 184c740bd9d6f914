import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/i18n/lang.ts';

/** The body the product serves, as the operator configured it (`GET /api/institution`). */
export interface Institution {
  readonly name: Readonly<Record<Lang, string>>;
  readonly logoUrl: string | null;
}

let pending: Promise<Institution | null> | null = null;

/**
 * Asked once per page load, beside the session and the first page's data, never before them: the
 * name is a line under the product's, and the page is drawn without waiting for it. A server that
 * cannot say leaves the line empty rather than showing a name that may no longer be right.
 */
export const loadInstitution = (): Promise<Institution | null> => {
  pending ??= fetch('/api/institution', { credentials: 'same-origin' })
    .then((response) => (response.ok ? (response.json() as Promise<Institution>) : null))
    .catch(() => null);
  return pending;
};

export const useInstitution = (): Institution | null => {
  const [institution, setInstitution] = useState<Institution | null>(null);
  useEffect(() => {
    let current = true;
    void loadInstitution().then((answer) => {
      if (current) setInstitution(answer);
    });
    return () => {
      current = false;
    };
  }, []);
  return institution;
};

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '@/lib/graphql/api-error.ts';
import { request } from '@/lib/graphql/client.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { type ImportJob, ImportJobQuery } from './import-job-query.ts';
import { uploadImport } from './upload-import.ts';

const POLL_MS = 250;

/**
 * Uploads a file (a dry run, or the commit) and follows its job until it is done or failed, so
 * the page can show progress by rows and then the report.
 */
export const useImportJob = () => {
  const { lang } = useI18n();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [running, setRunning] = useState(false);
  const alive = useRef(true);
  // Set on every mount: React may mount, unmount and mount again (StrictMode in development).
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const run = useCallback(
    async (file: File, eventType: string, commit: boolean) => {
      setRunning(true);
      setError(null);
      setJob(null);
      try {
        const id = await uploadImport(file, eventType, commit, lang);
        for (;;) {
          const data = await request(ImportJobQuery, { id });
          if (!alive.current) return;
          const current = data.importJob;
          if (!current)
            throw new ApiError('server', 'the import job is gone', null, false, { code: 'NOT_FOUND' });
          setJob(current);
          if (current.phase === 'done' || current.phase === 'failed') return;
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      } catch (cause) {
        if (alive.current)
          setError(cause instanceof ApiError ? cause : new ApiError('server', String(cause)));
      } finally {
        if (alive.current) setRunning(false);
      }
    },
    [lang],
  );

  const reset = useCallback(() => {
    setJob(null);
    setError(null);
  }, []);

  return { job, error, running, run, reset };
};

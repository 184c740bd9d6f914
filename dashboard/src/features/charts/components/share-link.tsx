import { useState } from 'react';
import { useI18n } from '@/lib/i18n/i18n.tsx';

/** The chart's address, selectable, with a copy button: sharing is by URL. */
export const ShareLink = ({ chartId }: { chartId: string }) => {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}/charts/c/${chartId}`;
  return (
    <div className="share-link">
      <input
        aria-label={t('charts.copyLink')}
        readOnly
        value={url}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className="button button--small"
        onClick={async () => {
          await navigator.clipboard?.writeText(url).catch(() => {});
          setCopied(true);
        }}
      >
        {copied ? t('charts.linkCopied') : t('charts.copyLink')}
      </button>
    </div>
  );
};

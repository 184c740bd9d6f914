import type { ReactNode } from 'react';

/** An empty screen says what to do next, not just that there is nothing. */
export const EmptyState = ({ title, children }: { title: string; children?: ReactNode }) => (
  <div className="empty-state" role="status">
    <svg width="40" height="40" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <rect x="6" y="10" width="28" height="22" rx="3" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M6 17h28" stroke="currentColor" strokeWidth="2" />
    </svg>
    <p className="empty-state__title">{title}</p>
    {children}
  </div>
);

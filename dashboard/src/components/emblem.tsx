/** The product's mark: a check in the agency's colours, drawn inline so it needs no request. */
export const Emblem = ({ size = 36 }: { size?: number }) => (
  <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <rect width="32" height="32" rx="7" fill="var(--color-brand-strong)" />
    <circle cx="16" cy="16" r="10.5" fill="none" stroke="var(--color-sky)" strokeWidth="1.6" />
    <path
      d="M10.5 16.5l3.8 3.8 7.4-8"
      fill="none"
      stroke="var(--color-gold)"
      strokeWidth="3"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);

import type { ReactNode } from 'react';

/**
 * A wide table scrolls inside its own box, never the page: on a phone the page keeps its width
 * (no zooming out) and the table is swiped sideways. The box takes focus so that a keyboard can
 * scroll it too, and names itself after the table.
 */
export const TableScroll = ({ label, children }: { label: string; children: ReactNode }) => (
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so that keyboard users can scroll it
  <section className="table-scroll" aria-label={label} tabIndex={0}>
    {children}
  </section>
);

import type { ReactNode } from 'react';
import { INK } from './palette.ts';

/** What a chart library hands its legend: one entry per series or slice. */
export interface LegendEntry {
  readonly value?: unknown;
  readonly color?: string;
  readonly type?: string;
}

/**
 * A chart legend whose only words are the interface's: Recharts' own labels each colour swatch
 * "<name> legend icon" in English for screen readers. Here the swatch is decorative (the series'
 * name follows it) and the list is named in the interface language. Words in the text colour:
 * a yellow label on white cannot be read.
 */
export const ChartLegend = ({
  payload,
  name,
  label,
  vertical = false,
}: {
  payload?: readonly LegendEntry[] | undefined;
  /** The list's accessible name, in the interface language. */
  name: string;
  label: (value: string) => ReactNode;
  vertical?: boolean;
}) => (
  <ul
    aria-label={name}
    style={{
      display: 'flex',
      flexDirection: vertical ? 'column' : 'row',
      flexWrap: 'wrap',
      justifyContent: 'center',
      gap: vertical ? 4 : 12,
      margin: 0,
      padding: 0,
      listStyle: 'none',
      fontSize: 13,
    }}
  >
    {(payload ?? [])
      .filter((entry) => entry.type !== 'none')
      .map((entry) => (
        <li key={String(entry.value)} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
          <svg width="10" height="10" aria-hidden="true" focusable="false">
            <rect width="10" height="10" rx="2" fill={entry.color} />
          </svg>
          <span style={{ color: INK.text }}>{label(String(entry.value))}</span>
        </li>
      ))}
  </ul>
);

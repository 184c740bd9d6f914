import { transformWithOxc } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR, ensureDashboardBuilt } from './harness/build.ts';
import { type BuiltLiteral, builtLiterals, shownLiterals } from './harness/bundle-literals.ts';
import { englishWords } from './harness/english.ts';

/**
 * English written into a library's elements that no screen of ours lets through, and why. A new
 * library text, or one of these turning reachable, is a leak again: the list is kept exact.
 */
const UNREACHABLE_LIBRARY_TEXT: Readonly<Record<string, string>> = {
  // Recharts' default legend: every <Legend> of ours draws its own content (ChartLegend), whose
  // names and aria-labels come from the catalogue.
  'legend icon': 'recharts/es6/component/DefaultLegendContent.js',
  // React Router's default error screen: every top-level route names its own errorElement
  // (RouteErrorPage, in the reader's language).
  'Unexpected Application Error!': 'react-router/dist/production/lib/hooks.js',
};

const isLibrary = (literal: BuiltLiteral) => literal.source.includes('/node_modules/');

/** A literal's English as the failure names it: where it came from and what it says. */
const described = (literal: BuiltLiteral) =>
  `${literal.source.replace(/^(\.\.\/)+/, '')}: <${literal.element || 'Component'} ${literal.prop}> "${literal.text.trim()}"`;

const english = (literals: readonly BuiltLiteral[]) =>
  literals.filter((literal) => englishWords(literal.text).length > 0);

/** How the build writes an element of a source: the same JSX transform as the bundle's. */
const built = async (tsx: string): Promise<string> =>
  (await transformWithOxc(tsx, 'planted.tsx', { jsx: { runtime: 'automatic' } })).code;

describe('the built dashboard shows a ru or kk reader no English written into its elements', () => {
  let literals: BuiltLiteral[];

  beforeAll(() => {
    ensureDashboardBuilt();
    literals = builtLiterals(DIST_DIR);
  });

  it('reads the elements of every chunk', () => {
    // Text the catalogue does not carry (a dash, a tenge sign, a language's own name) is written
    // into elements as it is: the scan sees them, so it sees the bundle's elements at all.
    expect(literals.length).toBeGreaterThan(50);
    expect(new Set(literals.map((l) => l.chunk)).size).toBeGreaterThan(5);
  });

  it('our sources write every text, aria-label, title, placeholder and alt through the catalogue', () => {
    expect(english(literals.filter((l) => !isLibrary(l))).map(described)).toEqual([]);
  });

  it("libraries' English is only what no screen of ours lets through", () => {
    const found = english(literals.filter(isLibrary)).map((l) => l.text.trim());
    expect([...new Set(found)].sort()).toEqual(Object.keys(UNREACHABLE_LIBRARY_TEXT).sort());
    for (const [text, source] of Object.entries(UNREACHABLE_LIBRARY_TEXT)) {
      const from = literals.filter((l) => l.text.trim() === text).map((l) => l.source);
      expect(
        from.every((s) => s.endsWith(source)),
        text,
      ).toBe(true);
    }
  });
});

describe('the scan of built elements', () => {
  it('finds English planted in text, attributes, conditions and fallbacks', async () => {
    const code = await built(`
      const EmptyState = ({ message }: { message: string }) => <p>{message}</p>;
      export const Planted = ({ open, name }: { open: boolean; name?: string }) => (
        <section aria-label="Main menu">
          <button type="button" title={open ? 'Close the panel' : 'Открыть'}>Close</button>
          <input placeholder="Search regions" />
          <p>{name ?? 'Unknown user'} — {\`Shown \${name} times\`}</p>
          <img alt="Logo" src="/logo.svg" />
          <EmptyState message="No data yet" />
        </section>
      );`);
    const words = english(
      shownLiterals(code).map((l) => ({ ...l, chunk: 'planted.js', source: 'planted.tsx' })),
    ).map((l) => `${l.prop}: ${l.text.trim()}`);
    expect(words.sort()).toEqual(
      [
        'aria-label: Main menu',
        'title: Close the panel',
        'children: Close',
        'placeholder: Search regions',
        'children: Unknown user',
        'children: Shown   times',
        'alt: Logo',
        'message: No data yet',
      ].sort(),
    );
  });

  it('lets through what is not English text: catalogue keys, codes, class names, Russian, keys', async () => {
    const code = await built(`
      const t = (key: string) => key;
      const Field = ({ name, variant }: { name: string; variant: string }) => <input name={name} className={variant} />;
      export const Fine = ({ items }: { items: string[] }) => (
        <nav className="shell__nav main-menu" aria-label={t('nav.main')}>
          <code>causesRemoved AT_LEAST</code>
          <Field name="organization" variant="wide" />
          <p title="KZ-15">Открыть CSV, KPI — ₸ {items.length}</p>
          {items.map((item) => <span key={\`item \${item}\`}>{item}</span>)}
        </nav>
      );`);
    expect(english(shownLiterals(code).map((l) => ({ ...l, chunk: 'fine.js', source: 'fine.tsx' })))).toEqual(
      [],
    );
  });
});

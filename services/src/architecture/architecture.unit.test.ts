import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclesOf, type Import, ROOT, readImports, sourceFiles } from './import-graph.test-support.ts';

/**
 * The layering of the house (docs/architecture.md), enforced on every import of every .ts/.tsx
 * file of the repository: arrows point down, never up, and no files import each other in a loop.
 */
const files = sourceFiles();
const imports = readImports(files);
const internal = imports.filter((i) => i.internal);

/** Tests and their helpers may reach across rooms to set a scene; the rules on rooms are for the product's code. */
const isTestCode = (path: string) =>
  /\.test\.tsx?$|\.test-support\.ts$|fixtures\.ts$|\/test-[^/]*\.ts$|\/given-when-then\.ts$|\/conformance\//.test(
    path,
  );

const packageOf = (path: string) => path.split('/')[0]!;
const show = (list: readonly Import[]) => list.map((i) => `${i.from} -> ${i.specifier}`);

/**
 * services/ from the ground up: a room imports only rooms on lower floors (and its own files).
 * A file belongs to the longest prefix naming it.
 */
const SERVICES_FLOORS: readonly (readonly string[])[] = [
  ['src/env.ts', 'src/identity/', 'src/store/'],
  ['src/runtime/', 'src/commands/', 'src/ops/', 'src/notify/'],
  // Their changes go through the command path: a decider in commands/, run by its handler.
  ['src/accounts/', 'src/charts/', 'src/catalogue/'],
  ['src/import/', 'src/demo/', 'src/auth/', 'src/health/', 'src/web/', 'src/reports/', 'src/alerts/'],
  ['src/api/', 'src/public/'],
  ['src/app/', 'src/cli/'],
  ['src/main.ts', 'bench/', 'scripts/'],
];

const roomOf = (path: string): { readonly room: string; readonly floor: number } | null => {
  if (!path.startsWith('services/')) return null;
  const inside = path.slice('services/'.length);
  const placed = SERVICES_FLOORS.flatMap((rooms, floor) =>
    rooms.filter((room) => inside.startsWith(room)).map((room) => ({ room, floor })),
  );
  return placed.sort((a, b) => b.room.length - a.room.length)[0] ?? null;
};

/** Node modules that reach a file, a socket, a process, a thread, a clock or a random source. */
const isNodeBuiltin = (i: Import) => !i.internal && i.target.startsWith('node:');

describe('the architecture', () => {
  it('reads the imports of the whole repository', () => {
    expect(files.length).toBeGreaterThan(400);
    expect(internal.length).toBeGreaterThan(1_000);
    // Every import of ours resolves to a file that exists.
    expect(internal.filter((i) => !/\.(tsx?|css|json|svg)$/.test(i.target)).map((i) => i.target)).toEqual([]);
  });

  it('schema/ imports nothing of ours, projections/ only the schema', () => {
    const up = internal.filter(
      (i) =>
        (packageOf(i.from) === 'schema' && packageOf(i.target) !== 'schema') ||
        (packageOf(i.from) === 'projections' && !['schema', 'projections'].includes(packageOf(i.target))),
    );
    expect(show(up)).toEqual([]);
  });

  it('the KPI engine is reached through its interface; its fold and its definitions never read its queries', () => {
    // projections/src/kpi/index.ts (KpiEngine) is the engine's one door; inside, definition/ says
    // what each KPI is, fold/ builds the state, query/ reads it (docs/architecture.md).
    const engine = 'projections/src/kpi/';
    const roomIn = (path: string) => /^projections\/src\/kpi\/([^/]+)\//.exec(path)?.[1] ?? null;
    const around = internal.filter(
      (i) =>
        !i.from.startsWith(engine) &&
        i.target.startsWith(engine) &&
        !(isTestCode(i.from) && i.from.startsWith('projections/')) &&
        i.target !== `${engine}index.ts`,
    );
    const backwards = internal.filter(
      (i) =>
        !isTestCode(i.from) &&
        ((roomIn(i.from) === 'fold' && roomIn(i.target) === 'query') ||
          // A KPI's rules read days as the fold stores them: of fold/, only its day columns' "never".
          (roomIn(i.from) === 'definition' &&
            (roomIn(i.target) === 'query' ||
              (roomIn(i.target) === 'fold' && i.target !== `${engine}fold/columns.ts`)))),
    );
    expect(show([...around, ...backwards])).toEqual([]);
  });

  it("the store's reader threads load the KPI encoder by an arrow the graph follows, not by a name", () => {
    // A paged fold names the module its reader threads load with `new URL('./x.ts', import.meta.url)`
    // beside it: an edge of the graph, so the layering and loop rules above hold for it too.
    const fold = 'projections/src/kpi/fold/projection.ts';
    expect(
      internal.filter((i) => i.from === fold && i.specifier === './input.ts').map((i) => i.target),
    ).toEqual(['projections/src/kpi/fold/input.ts', 'projections/src/kpi/fold/input.ts']);
    // Every product file that sets a paged fold's `encoderUrl` sets it that way, never from a
    // constant exported elsewhere.
    const namedElsewhere = files
      .filter((f) => /^(projections|services)\/src\//.test(f) && !isTestCode(f))
      .filter((f) => {
        const text = readFileSync(join(ROOT, f), 'utf8');
        return [...text.matchAll(/\bencoderUrl:\s*(new URL\([^)]*\)\.href|[\w.;]+)/g)].some(
          ([, value]) =>
            !/^new URL\('\.{1,2}\/[^']+\.ts', import\.meta\.url\)\.href$/.test(value!) &&
            // The port declaring the field, and the code handing it on.
            !/^(string;|encode\.encoderUrl|projection\.pages\.encoderUrl)$/.test(value!),
        );
      });
    expect(namedElsewhere).toEqual([]);
  });

  it('schema/ and projections/ touch no file, socket, process, clock or random source (no Node built-in)', () => {
    const io = imports.filter(
      (i) => /^(schema|projections)\/src\//.test(i.from) && !isTestCode(i.from) && isNodeBuiltin(i),
    );
    expect(show(io)).toEqual([]);
  });

  it('services/ imports nothing of the dashboard, except the benchmarks that build it', () => {
    const down = internal.filter(
      (i) =>
        i.from.startsWith('services/') &&
        !i.from.startsWith('services/bench/') &&
        packageOf(i.target) === 'dashboard',
    );
    expect(show(down)).toEqual([]);
  });

  it('the dashboard app reaches the services through the GraphQL SDL only', () => {
    // A test may read the server's own lists to hold the app's copy to them (it never ships).
    const direct = internal.filter(
      (i) =>
        i.from.startsWith('dashboard/src/') && !isTestCode(i.from) && packageOf(i.target) !== 'dashboard',
    );
    const packages = imports.filter(
      (i) => i.from.startsWith('dashboard/src/') && /^@kpi\//.test(i.specifier),
    );
    expect(show([...direct, ...packages])).toEqual([]);
  });

  it('in the dashboard, lib/ and components/ import no feature, and features import neither app/ nor each other', () => {
    const featureOf = (path: string) => /^dashboard\/src\/features\/([^/]+)\//.exec(path)?.[1] ?? null;
    const up = internal.filter((i) => {
      if (!i.from.startsWith('dashboard/src/') || isTestCode(i.from)) return false;
      const target = i.target;
      if (/^dashboard\/src\/(lib|components)\//.test(i.from))
        return /^dashboard\/src\/(features|app)\//.test(target);
      const feature = featureOf(i.from);
      if (feature === null) return false;
      const other = featureOf(target);
      return target.startsWith('dashboard/src/app/') || (other !== null && other !== feature);
    });
    expect(show(up)).toEqual([]);
  });

  it("services' rooms import only rooms on lower floors", () => {
    const up = internal
      .filter((i) => !isTestCode(i.from))
      .flatMap((i) => {
        const from = roomOf(i.from);
        const to = roomOf(i.target);
        if (from === null || to === null || from.room === to.room || to.floor < from.floor) return [];
        return [`${i.from} -> ${i.specifier} (floor ${from.floor} to ${to.floor})`];
      });
    expect(up).toEqual([]);
  });

  it('every file of services/ stands in a room of the plan above', () => {
    const unplaced = files.filter((f) => f.startsWith('services/') && !isTestCode(f) && roomOf(f) === null);
    expect(unplaced.filter((f) => !/^services\/(vitest\.config|tsconfig)/.test(f))).toEqual([]);
  });

  it('no files import each other in a loop', () => {
    expect(cyclesOf(imports)).toEqual([]);
  });
});

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text the browser fetches; source maps are left raw (only a developer's tools read them). */
const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;
/** Below one packet, compressing saves nothing a person could notice. */
const MIN_BYTES = 1024;

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/**
 * Writes `name.br` and `name.gz` beside every compressible file of the build, at the highest
 * levels (paid once at build time, not per request), so the server sends the smaller file as is.
 */
export const precompress = (dir: string): number => {
  let written = 0;
  for (const path of files(dir)) {
    if (!COMPRESSIBLE.test(path)) continue;
    const content = readFileSync(path);
    if (content.length < MIN_BYTES) continue;
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
    );
    writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
    written++;
  }
  return written;
};

export const precompressPlugin = (): Plugin => {
  let outDir = 'dist';
  return {
    name: 'kpi-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/')
        ? config.build.outDir
        : join(config.root, config.build.outDir);
    },
    closeBundle() {
      precompress(outDir);
    },
  };
};

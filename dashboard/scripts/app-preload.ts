import type { Plugin } from 'vite';

const APP = '/src/app.tsx';

/**
 * Lists the app's code (src/app.tsx and what it imports) as `preload` of scripts, and its styles
 * as a stylesheet, in index.html. The entry, main.tsx, imports the app only after sending the
 * first screen's questions, so without these the app's code and styles would leave only once the
 * entry had arrived and run (and the page would be drawn once unstyled). Not `modulepreload`:
 * Chromium compiles a module preloaded that way as soon as it arrives, on the thread the entry
 * runs on, and the entry's questions waited behind the app's 400 KB. At low priority: a browser
 * keeps six connections to a server, and the entry's own few small modules go first on them.
 */
export const appPreloadPlugin = (): Plugin => ({
  name: 'kpi-app-preload',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, context) => {
      const chunks = Object.values(context.bundle ?? {}).flatMap((output) =>
        output.type === 'chunk' ? [output] : [],
      );
      const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(APP));
      if (app === undefined) throw new Error(`the build has no chunk for ${APP}`);
      const listed = (file: string) => html.includes(`"/${file}"`);
      const link = (attrs: Record<string, string | boolean>) => ({
        tag: 'link',
        attrs: { ...attrs, crossorigin: true },
        injectTo: 'head' as const,
      });
      return [
        ...[app.fileName, ...app.imports]
          .filter((file) => !listed(file))
          .map((file) => link({ rel: 'preload', as: 'script', href: `/${file}`, fetchpriority: 'low' })),
        ...[...(app.viteMetadata?.importedCss ?? [])].map((file) =>
          link({ rel: 'stylesheet', href: `/${file}` }),
        ),
      ];
    },
  },
});

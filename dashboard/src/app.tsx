/**
 * The app: React DOM, the router and the shell, most of the JavaScript. main.tsx loads it once the
 * first screen's questions have left, and has asked for the reader's catalogue too.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { loadCatalogue } from '@/app/catalogues.ts';
import { router } from '@/app/router.tsx';
import { I18nProvider } from '@/lib/i18n/i18n.tsx';
import { initialLang } from '@/lib/i18n/lang.ts';
import { LiveProvider } from '@/lib/live/live-provider.tsx';
import { SessionProvider } from '@/lib/session/session.tsx';
import { applyTheme } from '@/lib/theme/theme.ts';
import '@/styles/tokens.css';
import '@/styles/base.css';
import '@/styles/layout.css';
import '@/styles/controls.css';
import '@/styles/dark.css';

applyTheme();

const lang = initialLang();
// Asked once more if the first download failed (a dropped connection): no screen is worded without it.
void loadCatalogue(lang)
  .catch(() => loadCatalogue(lang))
  .then((messages) =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <I18nProvider initial={{ lang, messages }} load={loadCatalogue}>
          <SessionProvider>
            <LiveProvider>
              <RouterProvider router={router} />
            </LiveProvider>
          </SessionProvider>
        </I18nProvider>
      </StrictMode>,
    ),
  );

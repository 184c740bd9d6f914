/**
 * The app: React DOM, the router, the catalogues and the shell, most of the JavaScript. main.tsx
 * loads it once the first screen's questions have left.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { CATALOGUES } from '@/app/messages.ts';
import { router } from '@/app/router.tsx';
import { I18nProvider } from '@/lib/i18n/i18n.tsx';
import { LiveProvider } from '@/lib/live/live-provider.tsx';
import { SessionProvider } from '@/lib/session/session.tsx';
import { applyTheme } from '@/lib/theme/theme.ts';
import '@/styles/tokens.css';
import '@/styles/base.css';
import '@/styles/layout.css';
import '@/styles/controls.css';
import '@/styles/dark.css';

applyTheme();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider catalogues={CATALOGUES}>
      <SessionProvider>
        <LiveProvider>
          <RouterProvider router={router} />
        </LiveProvider>
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);

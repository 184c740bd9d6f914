/**
 * The first second. The app (app.tsx: React DOM, the router, the catalogues) is most of the
 * JavaScript and takes several hundred milliseconds to arrive and compile on a modest machine. This
 * entry is small, so what the first screen waits on leaves as soon as the page is read instead of
 * after the app has run: who is signed in, the institution's name and, on the overview, its lead
 * figures, trends and code; and the reader's catalogue. The app then takes these answers. index.html preloads the app's code,
 * so it arrives meanwhile (see scripts/app-preload.ts).
 */
import { loadCatalogue } from '@/app/catalogues.ts';
import { preloadOverview } from '@/features/overview/api/overview-preload.ts';
import { initialLang } from '@/lib/i18n/lang.ts';
import { loadInstitution } from '@/lib/institution/institution.ts';
import { preloadSession } from '@/lib/session/session.tsx';

preloadSession();
void loadInstitution();
preloadOverview(window.location);
void loadCatalogue(initialLang());
void import('./app.tsx');

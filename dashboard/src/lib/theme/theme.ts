import { useCallback, useEffect, useState } from 'react';

export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'kpi.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

const systemTheme = (): Theme => (window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light');

/** The reader's own choice in this browser, or null: follow the system. */
const storedTheme = (): Theme | null => {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : null;
};

export const themeToShow = (stored: Theme | null, system: Theme): Theme => stored ?? system;

/** Sets the theme on <html> before the first paint of the app, so a dark room never flashes white. */
export const applyTheme = (): Theme => {
  const theme = themeToShow(storedTheme(), systemTheme());
  document.documentElement.dataset.theme = theme;
  return theme;
};

/**
 * The theme shown and a switch for it. Choosing what the system already prefers forgets the
 * choice, so the page follows the system again (a laptop that turns dark at night, say).
 */
export const useTheme = (): { theme: Theme; setTheme: (theme: Theme) => void } => {
  const [theme, setThemeState] = useState<Theme>(() => themeToShow(storedTheme(), systemTheme()));
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    const media = window.matchMedia?.(DARK_QUERY);
    if (!media) return;
    const follow = () => setThemeState(themeToShow(storedTheme(), systemTheme()));
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, []);
  const setTheme = useCallback((next: Theme) => {
    if (next === systemTheme()) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, next);
    setThemeState(next);
  }, []);
  return { theme, setTheme };
};

import { type ComponentType, lazy } from 'react';
import { EmptyState } from '@/components/empty-state.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';

type PageModules = Record<string, () => Promise<{ default: ComponentType }>>;

const Unavailable = () => {
  const { t } = useI18n();
  return <EmptyState title={t('workspace.unavailable')} />;
};

/**
 * A lazily loaded page whose feature folder may be absent from a build (the glob then matches
 * nothing): the route still exists and says so instead of breaking the whole app.
 */
export const optionalPage = (modules: PageModules): ComponentType => {
  const load = Object.values(modules)[0];
  return load ? lazy(load) : Unavailable;
};

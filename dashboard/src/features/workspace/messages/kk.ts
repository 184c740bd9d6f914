import type { WorkspaceMessageKey } from './ru.ts';

export const workspaceKk: Record<WorkspaceMessageKey, string> = {
  'ws.title': 'Жұмыс орны: {region}',
};

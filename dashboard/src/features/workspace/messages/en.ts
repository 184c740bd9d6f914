import type { WorkspaceMessageKey } from './ru.ts';

export const workspaceEn: Record<WorkspaceMessageKey, string> = {
  'ws.title': 'Workspace: {region}',
};

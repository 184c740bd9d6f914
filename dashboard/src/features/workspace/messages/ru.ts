/** The regional workspace's messages; kk and en have exactly these keys (typed and tested). */
export const workspaceRu = {
  'ws.title': 'Рабочее место: {region}',
} as const;

export type WorkspaceMessageKey = keyof typeof workspaceRu;

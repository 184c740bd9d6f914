import { createContext, useContext } from 'react';

/**
 * Whom a workspace form submits for, when it is not the region in the address: a central body's
 * officer submits for their body, naming on each form the region where the work sits, and goes
 * back to their body's page after saving. Absent: the regional workspace of `/regions/:regionCode`.
 */
export interface WorkUnit {
  /** The central body's catalogue code. */
  readonly centralBody: string;
  /** Where the form returns after saving or cancelling. */
  readonly back: string;
}

const WorkUnitContext = createContext<WorkUnit | null>(null);

export const WorkUnitProvider = WorkUnitContext.Provider;

export const useWorkUnit = (): WorkUnit | null => useContext(WorkUnitContext);

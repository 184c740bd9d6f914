import type { AppServices } from '../app/services.ts';
import type { Viewer } from './viewer.ts';

/** What every resolver sees: the caller, the request's correlation id, and the running services. */
export interface ApiContext {
  readonly viewer: Viewer | null;
  readonly correlationId: string;
  readonly services: AppServices;
}

import type { Accounts } from '../accounts/accounts.ts';
import type { Alerts } from '../alerts/alerts.ts';
import type { CommandServices } from '../commands/command-services.ts';
import type { ImportJobs } from '../import/import-jobs.ts';
import type { AppProjections } from '../runtime/app-projections.ts';

/**
 * The running parts a request can reach. Built once by `createServices` and handed to the API;
 * time and ids come from here so that tests can fix them.
 */
export interface AppServices extends CommandServices {
  readonly newId: () => string;
  /** Users and roles (`new Accounts(...)` over the runtime's `users` read model); without it only tokens from the OIDC provider sign anyone in. */
  readonly accounts?: Accounts;
  /**
   * The read models and their runtime (`createProjections(...)`, started). Queries read
   * `projections.readModels.kpi()`: the state and the log position it reflects.
   */
  readonly projections?: AppProjections;
  /** Alert rules, firings and deliveries (`new Alerts(...)`, started); without it the alert fields answer UNAVAILABLE. */
  readonly alerts?: Alerts;
  /** Spreadsheet import jobs (`new ImportJobs(services)`); without it the import upload answers 503. */
  readonly imports?: ImportJobs;
  /** The command path's counters, and password sign-ins: `signed_in`, `refused` (checked, wrong) or `limited` (not checked). */
  readonly metrics?: CommandServices['metrics'] & {
    observeSignIn?(outcome: 'signed_in' | 'refused' | 'limited'): void;
  };
}

import type { ApiError } from '@/lib/graphql/api-error.ts';
import type { DueRecommendation, OpenRisk } from '../model/register.ts';

export interface RegisterState {
  readonly risks: readonly OpenRisk[] | undefined;
  readonly recommendations: readonly DueRecommendation[] | undefined;
  readonly error: ApiError | null;
  /** The server does not answer the register query (yet): the workspace says so. */
  readonly unavailable: boolean;
  readonly refetch: () => void;
}

/** A region's open risks and its overdue and soon-due recommendations. */
export const useRegionRegister = (_region: string): RegisterState => ({
  risks: [],
  recommendations: [],
  error: null,
  unavailable: true,
  refetch: () => {},
});

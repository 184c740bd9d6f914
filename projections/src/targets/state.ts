import type { TargetDirection, TargetKpi, TargetUnit } from '@kpi/schema';

/** One recorded change of a target: set to a value, or withdrawn (value null). */
export interface TargetChange {
  readonly value: number | null;
  readonly direction: TargetDirection | null;
  /** Business date the chair gave. */
  readonly occurredOn: string;
  /** When the store accepted it, ISO instant and epoch ms: the axis `asOf` cuts on. */
  readonly recordedAt: string;
  readonly recordedMs: number;
  readonly setBy: string;
  readonly position: number;
}

export interface TargetHistory {
  readonly kpi: TargetKpi;
  readonly unit: TargetUnit;
  readonly period: string;
  /** In log order, which is the order of recording. */
  readonly changes: TargetChange[];
}

/** Every target ever set, by key `<kpi>.<unit>.<period>`, with its whole history (bitemporal). */
export interface TargetsState {
  readonly targets: Map<string, TargetHistory>;
  position: number;
}

export const emptyTargetsState = (): TargetsState => ({ targets: new Map(), position: 0 });

/** A target as it applied at some instant. */
export interface TargetView {
  readonly id: string;
  readonly kpi: TargetKpi;
  readonly unit: TargetUnit;
  readonly period: string;
  readonly value: number;
  readonly direction: TargetDirection;
  readonly occurredOn: string;
  readonly recordedAt: string;
  readonly setBy: string;
}

import { findId, slotOfId } from '../id-index.ts';
import type { PlainRisks, RiskSourceRecord } from './state.ts';

// The compact table of the risks no reception figure counts (`PlainRisks`, state.ts): a risk kept,
// found, withdrawn, and made a full record when first reclassified.

const textId = (t: PlainRisks, text: string): number => {
  let id = t.textIds.get(text);
  if (id === undefined) {
    id = t.texts.length;
    t.texts.push(text);
    t.textIds.set(text, id);
  }
  return id;
};

const doubled = <A extends Int32Array | Float64Array>(column: A): A => {
  const grown = new (column.constructor as new (n: number) => A)(column.length * 2);
  grown.set(column);
  return grown;
};

/** Keeps (or writes again) a risk identified from a source the receptions do not count. */
export const keepPlainRisk = (t: PlainRisks, id: string, risk: RiskSourceRecord): void => {
  const row = slotOfId(t.ids, id, t.count);
  if (row === t.count) {
    t.count++;
    if (t.count > t.unit.length) {
      t.unit = doubled(t.unit);
      t.region = doubled(t.region);
      t.identifiedOn = doubled(t.identifiedOn);
      t.source = doubled(t.source);
      t.district = doubled(t.district);
      t.recordedMs = doubled(t.recordedMs);
      t.withdrawnMs = doubled(t.withdrawnMs);
    }
  }
  const first = risk.sources[0]!;
  const district = risk.districts[0]!.district;
  t.unit[row] = textId(t, risk.unit);
  t.region[row] = textId(t, risk.region);
  t.identifiedOn[row] = textId(t, risk.identifiedOn);
  t.source[row] = textId(t, first.source);
  t.district[row] = district === null ? -1 : textId(t, district);
  t.recordedMs[row] = first.recordedMs;
  t.withdrawnMs[row] = risk.withdrawnMs ?? Number.NaN;
};

/** The row of a kept risk, or -1. */
export const plainRiskRow = (t: PlainRisks, id: string): number => findId(t.ids, id);

export const withdrawPlainRisk = (t: PlainRisks, row: number, recordedMs: number): void => {
  if (Number.isNaN(t.withdrawnMs[row]!)) t.withdrawnMs[row] = recordedMs;
};

/** A kept risk as the full record it was identified as (and withdrawn, if it was). */
export const plainRiskRecord = (t: PlainRisks, row: number): RiskSourceRecord => {
  const recordedMs = t.recordedMs[row]!;
  const district = t.district[row]!;
  const withdrawnMs = t.withdrawnMs[row]!;
  return {
    unit: t.texts[t.unit[row]!]!,
    region: t.texts[t.region[row]!]!,
    identifiedOn: t.texts[t.identifiedOn[row]!]!,
    sources: [{ recordedMs, source: t.texts[t.source[row]!]! }],
    districts: [{ recordedMs, district: district < 0 ? null : t.texts[district]! }],
    withdrawnMs: Number.isNaN(withdrawnMs) ? null : withdrawnMs,
  };
};

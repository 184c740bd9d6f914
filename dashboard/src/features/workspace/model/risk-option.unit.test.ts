import { describe, expect, it } from 'vitest';
import { riskOptionLabel } from './risk-option.ts';

const words = { identified: 'Выявлен', date: (day: string) => day.split('-').reverse().join('.') };
const risk = {
  riskId: '3f2a9c1e-0000-4000-8000-000000000001',
  organization: 'Акимат г. Актобе',
  process: 'Выдача разрешений',
  identifiedOn: '2026-03-14',
};

describe('a risk as a line of the picker', () => {
  it('names the organization, the process, the day it was found and the start of its id', () => {
    expect(riskOptionLabel(risk, words)).toBe(
      'Акимат г. Актобе — Выдача разрешений · Выявлен 14.03.2026 · #3f2a9c1e',
    );
  });

  it('tells apart two risks of the same organization and process', () => {
    const foundLater = {
      ...risk,
      riskId: '9b7d0e44-0000-4000-8000-000000000002',
      identifiedOn: '2026-05-02',
    };
    const sameDay = { ...risk, riskId: '51c0aa07-0000-4000-8000-000000000003' };
    const labels = [risk, foundLater, sameDay].map((r) => riskOptionLabel(r, words));
    expect(new Set(labels).size).toBe(3);
  });
});

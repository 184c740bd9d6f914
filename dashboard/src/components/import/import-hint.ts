import { importRu } from './messages/ru.ts';

type HintKey = Extract<keyof typeof importRu, `import.hint.${string}`>;

const isHintKey = (key: string): key is HintKey => Object.hasOwn(importRu, key);

/**
 * The catalogue key of a template column's hint: the server writes its hints in Russian only,
 * so the interface says them in its own language, by event type and column key. A column the
 * catalogue does not know yet keeps the server's words (null here).
 */
export const importHintKey = (
  eventType: string,
  column: { key: string; required: boolean },
): HintKey | null => {
  const specific = `import.hint.${eventType}.${column.key}`;
  if (isHintKey(specific)) return specific;
  // Reclassifying changes only the columns filled in: each optional one is "the new value".
  if (eventType === 'RiskReclassified' && !column.required) return 'import.hint.RiskReclassified.changed';
  const general = `import.hint.${column.key}`;
  return isHintKey(general) ? general : null;
};

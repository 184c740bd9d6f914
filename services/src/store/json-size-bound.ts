/**
 * An upper bound of the UTF-8 size of `JSON.stringify(value)`, computed without serialising, or
 * null when the value holds something whose serialisation is not bounded this way (toJSON,
 * bigint, a non-plain object, deep nesting): the caller then measures exactly. A JSON string
 * spends at most 6 bytes per UTF-16 unit (`\uXXXX`), a number at most 25, so when the bound
 * fits the limit the serialised value does too.
 */
export const jsonSizeBound = (value: unknown, depth = 0): number | null => {
  switch (typeof value) {
    case 'string':
      return 2 + 6 * value.length;
    case 'number':
      return 25;
    case 'boolean':
      return 5;
    case 'undefined':
      return 4;
    case 'object': {
      if (value === null) return 4;
      if (depth > 16) return null;
      if (Array.isArray(value)) {
        let size = 2;
        for (const item of value) {
          const bound = jsonSizeBound(item, depth + 1);
          if (bound === null) return null;
          size += bound + 1;
        }
        return size;
      }
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return null;
      if ('toJSON' in value) return null;
      let size = 2;
      for (const key in value) {
        const bound = jsonSizeBound((value as Record<string, unknown>)[key], depth + 1);
        if (bound === null) return null;
        size += 2 + 6 * key.length + 1 + bound + 1;
      }
      return size;
    }
    default:
      return null;
  }
};

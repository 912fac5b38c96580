/**
 * `google.script.run` carries only JSON-like values: primitives, null, arrays and plain
 * objects made of them. "Requests fail if you attempt to pass a Date, Function, DOM element
 * besides a form, or other prohibited type, including prohibited types inside objects or
 * arrays." The same rule is applied to what a server function returns.
 */

/** The path and kind of the first value that `google.script.run` cannot carry, or `null`. */
export function findIllegalValue(value: unknown, path = ''): { path: string; kind: string } | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : { path, kind: String(value) };
  if (value === undefined) return null;
  if (value instanceof Date) return { path, kind: 'Date' };
  if (typeof value === 'function') return { path, kind: 'Function' };
  if (typeof value !== 'object') return { path, kind: typeof value };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findIllegalValue(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) {
    return { path, kind: (value as object).constructor?.name ?? 'Object' };
  }
  for (const [key, item] of Object.entries(value)) {
    const found = findIllegalValue(item, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}

/** A deep copy as the value would arrive on the other side (undefined members dropped). */
export function jsonCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * The boundary between the script and the emulator. Every object the script receives is a
 * Proxy over an implementation object, so that calls are counted like Apps Script service
 * calls, methods the emulator lacks fail loudly instead of returning `undefined`, and the
 * implementation's internal fields stay out of the script's reach.
 */
import type { CallCounter } from './call-counter';

/** Apps Script class name of an implementation object (e.g. `'Range'`), used in call counts and errors. */
export const SCRIPT_CLASS = Symbol('scriptClass');

/**
 * Base of every object handed to the script. Subclasses keep their public prototype methods
 * to exactly the Apps Script API they implement: internal helpers are `#private` or module
 * functions, internal state lives in (camelCase) fields, which the proxy hides.
 */
export abstract class ScriptObject {
  abstract readonly [SCRIPT_CLASS]: string;

  toString(): string {
    return this[SCRIPT_CLASS];
  }
}

/** Casts an implementation to the platform interface it stands for; the one sanctioned edge cast. */
export function asGas<T>(impl: ScriptObject): T {
  return impl as unknown as T;
}

/** Recovers the implementation behind a platform-typed value the script passed in, or fails like Apps Script's signature check. */
export function implOf<T extends ScriptObject>(value: unknown, cls: abstract new (...args: never[]) => T, method: string): T {
  const target = unwrap(value);
  if (target instanceof cls) return target;
  throw new Error(`The parameters (${describeType(value)}) don't match the method signature for ${method}.`);
}

const targetOfProxy = new WeakMap<object, object>();
const proxyOfTarget = new WeakMap<object, object>();

/** Apps Script names method-like members in camelCase; anything else (then, $$typeof, asymmetricMatch...) is a probe by JS tooling. */
const TOOLING_PROBES = new Set(['then', 'toJSON', 'asymmetricMatch', 'nodeType', 'tagName', 'inspect', 'constructor']);

export function unwrap(value: unknown): unknown {
  if (typeof value === 'object' && value !== null) {
    const target = targetOfProxy.get(value);
    if (target) return target;
  }
  return value;
}

/** Unwraps proxies passed as arguments, including arrays of them (`setRanges([range])`), without walking 2-D value grids. */
function unwrapArgument(value: unknown): unknown {
  if (!Array.isArray(value)) return unwrap(value);
  if (value.length === 0 || Array.isArray(value[0]) || typeof value[0] !== 'object' || value[0] === null) return value;
  return value.map(unwrap);
}

function wrapResult(value: unknown, counter: CallCounter): unknown {
  if (value instanceof ScriptObject) return wrap(value, counter);
  if (Array.isArray(value) && value.length > 0 && value[0] instanceof ScriptObject) {
    return value.map((v: unknown) => wrapResult(v, counter));
  }
  return value;
}

export function notImplemented(cls: string, method: string): never {
  throw new Error(`Not implemented in the local emulator: ${cls}.${method}`);
}

/** Wraps an implementation for the script: counted calls, unknown methods throwing, internals hidden. */
export function wrap<T extends ScriptObject>(target: T, counter: CallCounter): T {
  const existing = proxyOfTarget.get(target);
  if (existing) return existing as T;
  const cls = target[SCRIPT_CLASS];
  const proxy = new Proxy(target, {
    get(obj, prop) {
      if (typeof prop === 'symbol') return Reflect.get(obj, prop, obj);
      const value: unknown = Reflect.get(obj, prop, obj);
      if (typeof value === 'function') {
        const method = value as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          counter.record(`${cls}.${prop}`);
          return wrapResult(method.apply(obj, args.map(unwrapArgument)), counter);
        };
      }
      // Enums (SpreadsheetApp.DataValidationCriteria, Ui.Button...) are the only PascalCase members.
      if (/^[A-Z]/.test(prop)) return value;
      if (TOOLING_PROBES.has(prop) || !/^[a-z][A-Za-z0-9]*$/.test(prop)) return undefined;
      return () => notImplemented(cls, prop);
    },
    set() {
      return false;
    },
  });
  targetOfProxy.set(proxy, target);
  proxyOfTarget.set(target, proxy);
  return proxy;
}

/** Apps Script's type names in signature errors, e.g. `number[]`, `String`, `Object[][]`. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return value.length === 0 ? 'Object[]' : `${describeType(value[0])}[]`;
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (value instanceof Date) return 'Date';
  if (value instanceof ScriptObject) return `SpreadsheetApp.${value[SCRIPT_CLASS]}`;
  return 'Object';
}

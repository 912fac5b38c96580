/**
 * webpack's `global` object. Every function assigned to it in `index.ts` becomes a
 * top-level Apps Script function (gas-webpack-plugin emits the declaration).
 */
declare const global: Record<string, (...args: never[]) => unknown>;

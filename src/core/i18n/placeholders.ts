/** Values for a string's `{name}` placeholders. */
export type Params = Readonly<Record<string, string | number>>;

/** Replaces each `{name}` of `text` by `params.name`; a placeholder without a value stays visible. */
export function fillPlaceholders(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

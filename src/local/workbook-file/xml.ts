/**
 * Text in and out of SpreadsheetML. XML 1.0 cannot carry most control characters nor
 * lone surrogates, and a parser turns a raw carriage return into a line feed; OOXML's
 * answer is the `_xHHHH_` escape (ST_Xstring), which Excel and LibreOffice decode. A
 * literal `_xHHHH_` in the text is itself escaped (`_x005F_`), so every string comes back
 * exactly as it was written.
 */

const HEX4 = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

/**
 * What needs escaping: markup characters, control characters but tab and line feed,
 * U+FFFE/U+FFFF, lone surrogates, a carriage return, and `_` starting an `_xHHHH_`.
 */
const TEXT_SPECIAL =
  /[&<>"\r]|[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9a-fA-F]{4}_)/g;
/** Attribute values also lose tabs and line feeds to normalisation unless written as references. */
const ATTRIBUTE_SPECIAL =
  /[&<>"\r\n\t]|[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9a-fA-F]{4}_)/g;
const NEEDS_ESCAPE = /[&<>"\r\n\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff_]/;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

function escapeChar(ch: string): string {
  const entity = ENTITIES[ch];
  if (entity) return entity;
  return ch === '_' ? '_x005F_' : `_x${HEX4(ch.charCodeAt(0))}_`;
}

/** Element content: `<t>`, `<f>`, `<v>`. */
export function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(TEXT_SPECIAL, escapeChar) : text;
}

/** An attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ATTRIBUTE_SPECIAL, escapeChar) : text;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Entities and character references of XML (no DTD entities exist in SpreadsheetML). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

/** Text of an element as written by `escapeText` (or by Excel): entities, then `_xHHHH_` escapes. */
export function decodeText(text: string): string {
  const decoded = decodeEntities(text);
  return decoded.includes('_x') ? decoded.replace(/_x([0-9a-fA-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16))) : decoded;
}

/** The value of `name="..."` in a tag's attribute text, raw (undecoded); undefined when absent. */
const attributePatterns = new Map<string, RegExp>();

export function rawAttribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  if (!match) return undefined;
  return match[1] ?? match[2];
}

/** The decoded value of an attribute. */
export function attribute(attributes: string, name: string): string | undefined {
  const raw = rawAttribute(attributes, name);
  return raw === undefined ? undefined : decodeText(raw);
}

/**
 * The concatenated `<t>` texts of a rich or plain string item (`<si>`, `<is>`, a comment's
 * `<text>`), leaving out phonetic runs (`<rPh>`), which Excel does not show in the cell.
 */
export function runText(xml: string): string {
  const visible = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let text = '';
  const pattern = /<t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/t>)/g;
  for (let match = pattern.exec(visible); match; match = pattern.exec(visible)) text += decodeText(match[1] ?? '');
  return text;
}

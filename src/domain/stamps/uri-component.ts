// Percent-encoding of AI values in Digital Link URIs (RFC 3986 as the GS1 Digital Link URI
// syntax applies it). Writing: every character outside the unreserved set A–Z a–z 0–9 - . _ ~
// is escaped, so "/" in a lot becomes %2F and cannot be read as a path separator, and "+" is
// escaped too (it would mean a space in a query string). Reading: %XX is decoded, "+" is a
// literal plus in the path but a space in the query. Unlike the GS1 syntax engine, which keeps a
// malformed "%" literally, a "%" not followed by two hex digits is refused: RFC 3986 allows no
// such URI, and a resolver answering 400 is more useful than one guessing.

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
const HEX = '0123456789ABCDEF';

function escapeByte(byte: number): string {
  return `%${HEX.charAt(byte >> 4)}${HEX.charAt(byte & 15)}`;
}

/** Encodes an AI value for the path (`query` false) or a query value (`query` true). */
export function encodeAiValue(value: string, query = false): string {
  let out = '';
  for (const ch of value) {
    if (UNRESERVED.test(ch)) out += ch;
    else if (ch === ' ' && query) out += '+';
    else for (const byte of Buffer.from(ch, 'utf8')) out += escapeByte(byte);
  }
  return out;
}

export type DecodeProblem = 'bad-percent-encoding' | 'null-character';

/**
 * Decodes one path segment or query value. Bytes are mapped one to one onto characters
 * (latin1): AI values are ASCII, so any byte above 0x7F fails the character-set check that
 * follows instead of being silently re-interpreted as UTF-8.
 */
export function decodeAiValue(raw: string, query = false): { value: string } | { problem: DecodeProblem } {
  let value = '';
  for (let i = 0; i < raw.length; i += 1) {
    const ch = raw.charAt(i);
    if (ch === '%') {
      const hex = raw.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return { problem: 'bad-percent-encoding' };
      const code = parseInt(hex, 16);
      if (code === 0) return { problem: 'null-character' };
      value += String.fromCharCode(code);
      i += 2;
    } else {
      value += query && ch === '+' ? ' ' : ch;
    }
  }
  return { value };
}

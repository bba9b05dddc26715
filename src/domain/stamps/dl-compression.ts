import { type AiSpec, aiSpec } from './gs1-ai.js';
import { type AiElement, type DigitalLinkProblem, type Parsed, type QueryParam, fail } from './dl-types.js';

// GS1 Digital Link compression (GS1 Digital Link standard 1.1 §8, "compression"; reference
// implementation gs1/GS1DigitalLinkCompressionPrototype). The AI data is written as a bit string
// and then as one base64url path segment:
//   AI          its digits as 4-bit nibbles (the first two nibbles and "table P" give its length),
//               or one byte naming a predefined AI sequence ("table Opt"), or F + 7-bit length
//               for a non-GS1 key=value pair;
//   fixed N(L)  the number in ceil(L·log2 10) bits;
//   X..M        3-bit encoding, ceil(log2 M)-bit character count, then the characters as a number
//               (0), lower/upper-case hex at 4 bits (1, 2), URI-safe base64 at 6 bits (3) or
//               7-bit ASCII (4).
// Limits: only the AIs this platform uses (gs1-ai.ts) are decoded; compressed data carrying any
// other AI is refused as unknown-ai. The encoder never uses the optional "table Opt" sequences
// (the decoder reads them), so its output is valid but can be a byte longer than the reference's.

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const HEX = '0123456789ABCDEF';

/** Table P: total AI length by its first two digits (only the prefixes of AIs we decode matter). */
const AI_LENGTH_BY_PREFIX: Readonly<Record<string, number>> = {
  '00': 2, '01': 2, '02': 2, '10': 2, '11': 2, '12': 2, '13': 2, '15': 2, '16': 2, '17': 2, '20': 2, '21': 2, '22': 2,
  '23': 3, '24': 3, '25': 3, '30': 2, '31': 4, '32': 4, '33': 4, '34': 4, '35': 4, '36': 4, '37': 2, '39': 4,
  '40': 3, '41': 3, '42': 3, '70': 4, '71': 3, '72': 4, '80': 4, '81': 4, '82': 4,
  '90': 2, '91': 2, '92': 2, '93': 2, '94': 2, '95': 2, '96': 2, '97': 2, '98': 2, '99': 2,
};

/** Table Opt entries whose AIs are all ones we decode. */
const SEQUENCES: Readonly<Record<string, readonly string[]>> = {
  '0A': ['01', '22'], '0B': ['01', '10'], '0C': ['01', '21'], '0D': ['01', '17'], '0E': ['01', '7003'],
  '1A': ['01', '10', '21', '17'], '1B': ['01', '15'], '1C': ['01', '11'], '1D': ['01', '16'], '1F': ['01', '10', '15'],
  '2A': ['01', '3100'], '2B': ['01', '3101'], '2C': ['01', '3102'], '2D': ['01', '3103'], '2E': ['01', '3104'], '2F': ['01', '3105'],
};

const valueBits = (digits: number): number => Math.ceil(digits * Math.log2(10) + 0.01);
const lengthBits = (max: number): number => Math.ceil(Math.log2(max) + 0.01);

class BitReader {
  private cursor = 0;
  constructor(private readonly bits: string) {}
  remaining(): number {
    return this.bits.length - this.cursor;
  }
  read(count: number): bigint {
    if (count > this.remaining()) throw new RangeError('compressed data ends early');
    const chunk = this.bits.slice(this.cursor, this.cursor + count);
    this.cursor += count;
    return chunk.length === 0 ? 0n : BigInt(`0b${chunk}`);
  }
  int(count: number): number {
    return Number(this.read(count));
  }
}

export type Decompressed = { readonly elements: readonly AiElement[]; readonly otherParams: readonly QueryParam[] };

export function isCompressedSegment(segment: string): boolean {
  return /^[A-Za-z0-9_-]+$/.test(segment);
}

/** Decodes one compressed path segment into its AI elements (in stream order). */
export function decompressSegment(segment: string): Parsed<Decompressed> {
  if (!isCompressedSegment(segment)) return fail('bad-compression', 'a compressed Digital Link is base64url (A–Z a–z 0–9 - _)');
  const reader = new BitReader([...segment].map((c) => BASE64URL.indexOf(c).toString(2).padStart(6, '0')).join(''));
  const elements: AiElement[] = [];
  const otherParams: QueryParam[] = [];
  try {
    while (reader.remaining() > 8) {
      const problem = readEntry(reader, elements, otherParams);
      if (problem !== undefined) return { ok: false, problem };
    }
  } catch (e) {
    return fail('bad-compression', `compressed Digital Link cannot be decoded: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { ok: true, value: { elements, otherParams } };
}

function readEntry(reader: BitReader, elements: AiElement[], otherParams: QueryParam[]): DigitalLinkProblem | undefined {
  const h1 = reader.int(4);
  const h2 = reader.int(4);
  const prefix = `${HEX.charAt(h1)}${HEX.charAt(h2)}`;
  if (h1 <= 9 && h2 <= 9) return readAi(reader, prefix, elements);
  const sequence = SEQUENCES[prefix];
  if (sequence !== undefined) {
    for (const ai of sequence) {
      const problem = readValue(reader, ai, elements);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  if (h1 === 15) {
    otherParams.push(readKeyValue(reader, h2));
    return undefined;
  }
  return { code: 'bad-compression', message: `compressed Digital Link uses the undefined header ${prefix}` };
}

function readAi(reader: BitReader, prefix: string, elements: AiElement[]): DigitalLinkProblem | undefined {
  const length = AI_LENGTH_BY_PREFIX[prefix];
  if (length === undefined) return { code: 'unknown-ai', message: `compressed Digital Link carries an AI starting ${prefix}, a reserved range` };
  let ai = prefix;
  while (ai.length < length) {
    const digit = reader.int(4);
    if (digit > 9) return { code: 'bad-compression', message: `compressed AI ${ai}… has a non-decimal digit` };
    ai += String(digit);
  }
  return readValue(reader, ai, elements);
}

function readValue(reader: BitReader, ai: string, elements: AiElement[]): DigitalLinkProblem | undefined {
  const spec = aiSpec(ai);
  if (spec === undefined) return { code: 'unknown-ai', ai, message: `compressed Digital Link carries AI (${ai}), which this resolver does not decode` };
  if (spec.charset === 'numeric' && spec.minLength === spec.maxLength) {
    elements.push({ ai, value: reader.read(valueBits(spec.maxLength)).toString().padStart(spec.maxLength, '0') });
    return undefined;
  }
  const encoding = reader.int(3);
  const count = reader.int(lengthBits(spec.maxLength));
  elements.push({ ai, value: readChars(reader, encoding, count) });
  return undefined;
}

function readKeyValue(reader: BitReader, h2: number): QueryParam {
  // The key length is the 4 bits of h2 followed by 3 more bits.
  const keyLength = (h2 << 3) | reader.int(3);
  let key = '';
  for (let i = 0; i < keyLength; i += 1) key += BASE64URL.charAt(reader.int(6));
  const encoding = reader.int(3);
  return [key, readChars(reader, encoding, reader.int(7))];
}

function readChars(reader: BitReader, encoding: number, count: number): string {
  if (encoding === 0) return count === 0 ? '' : reader.read(valueBits(count)).toString().padStart(count, '0');
  const width = [0, 4, 4, 6, 7][encoding];
  if (width === undefined) throw new RangeError(`unknown value encoding ${encoding}`);
  let out = '';
  for (let i = 0; i < count; i += 1) {
    const v = reader.int(width);
    if (encoding === 4) out += String.fromCharCode(v);
    else out += encoding === 3 ? BASE64URL.charAt(v) : HEX.charAt(v);
  }
  return encoding === 1 ? out.toLowerCase() : out;
}

/** The compressed path segment for these elements (primary key first, as a path orders them). */
export function compressElements(elements: readonly AiElement[]): string {
  let bits = '';
  for (const { ai, value } of elements) {
    const spec = aiSpec(ai);
    if (spec === undefined) throw new RangeError(`AI (${ai}) cannot be compressed here`);
    bits += [...ai].map((d) => Number(d).toString(2).padStart(4, '0')).join('') + valueToBits(spec, value);
  }
  bits = bits.padEnd(Math.ceil(bits.length / 6) * 6, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 6) out += BASE64URL.charAt(parseInt(bits.slice(i, i + 6), 2));
  return out;
}

const toBits = (value: bigint | number, width: number): string => value.toString(2).padStart(width, '0');

function valueToBits(spec: AiSpec, value: string): string {
  if (spec.charset === 'numeric' && spec.minLength === spec.maxLength) return toBits(BigInt(value), valueBits(spec.maxLength));
  const count = toBits(value.length, lengthBits(spec.maxLength));
  if (/^\d+$/.test(value)) return `000${count}${toBits(BigInt(value), valueBits(value.length))}`;
  if (/^[0-9a-f]+$/.test(value)) return `001${count}${charsToBits(value.toUpperCase(), HEX, 4)}`;
  if (/^[0-9A-F]+$/.test(value)) return `010${count}${charsToBits(value, HEX, 4)}`;
  if (/^[A-Za-z0-9_-]+$/.test(value)) return `011${count}${charsToBits(value, BASE64URL, 6)}`;
  return `100${count}${[...value].map((c) => toBits(c.charCodeAt(0), 7)).join('')}`;
}

function charsToBits(value: string, alphabet: string, width: number): string {
  return [...value].map((c) => toBits(alphabet.indexOf(c), width)).join('');
}

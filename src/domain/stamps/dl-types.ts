// Shapes shared by the Digital Link parser, builder and decompressor.

/** The identifiers of one trade item instance, as a Digital Link path carries them. */
export type GtinIdentifiers = {
  /** Always the 14-digit form, check digit verified. */
  readonly gtin: string;
  /** AI 22, consumer product variant. */
  readonly cpv?: string;
  /** AI 10, batch or lot. */
  readonly lot?: string;
  /** AI 21, serial. */
  readonly serial?: string;
};

/** One AI and its (decoded) value. */
export type AiElement = { readonly ai: string; readonly value: string };

/** A query parameter that is not a GS1 AI (e.g. linkType, context), decoded; '' for a singleton. */
export type QueryParam = readonly [key: string, value: string];

export type DigitalLinkForm = 'uncompressed' | 'compressed' | 'partially-compressed';

export type DigitalLink = GtinIdentifiers & {
  readonly form: DigitalLinkForm;
  /** Scheme, host and any path before the primary key, without a trailing slash. */
  readonly stem: string;
  /** Data attributes by AI, e.g. { "17": "261231" }. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly otherParams: readonly QueryParam[];
};

export type DigitalLinkErrorCode =
  | 'illegal-characters' | 'bad-scheme' | 'bad-domain' | 'trailing-slash' | 'no-primary-key'
  | 'unsupported-primary-key' | 'malformed-path' | 'unknown-ai' | 'not-a-qualifier' | 'qualifier-order'
  | 'duplicate-ai' | 'ai-belongs-in-path' | 'not-an-attribute' | 'empty-value' | 'bad-length'
  | 'bad-characters' | 'check-digit' | 'bad-date' | 'bad-percent-encoding' | 'bad-compression' | 'bad-serial';

/** What is wrong with a URI: a stable code for programs, the AI concerned, and an English sentence. */
export type DigitalLinkProblem = { readonly code: DigitalLinkErrorCode; readonly ai?: string; readonly message: string };

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: DigitalLinkProblem };

export type Failure = { readonly ok: false; readonly problem: DigitalLinkProblem };

export const fail = (code: DigitalLinkErrorCode, message: string, ai?: string): Failure =>
  ({ ok: false, problem: ai === undefined ? { code, message } : { code, ai, message } });

/** Thrown by the builders, which are given data the platform itself holds. */
export class DigitalLinkError extends Error {
  readonly problem: DigitalLinkProblem;
  constructor(problem: DigitalLinkProblem) {
    super(problem.message);
    this.name = 'DigitalLinkError';
    this.problem = problem;
  }
}

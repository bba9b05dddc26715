// The shapes of the OCOP score sheets and of a classification. A score sheet is the 100-point
// "bộ tiêu chí kiêm phiếu đánh giá" of one product set under one legal version; the data lives
// in src/rules/score-sheets/*.json (one file per legal version) and is described in its README.
//
// Codes are hierarchical and stable: part "A", group "A.1", leaf criterion "A.1.2"; a group
// printed with options of its own is itself a leaf ("C.7"), and a sub-criterion is one level
// deeper ("C.6.1.1"). An option's position is its 0-based index in the criterion's list.

import type { ProducerType } from './producer-types.js';

export type Lang = 'vi' | 'en';
/** Vietnamese text as printed in the source, with an English rendering where one is given. */
export type LocalText = { readonly vi: string; readonly en?: string | undefined };

export type Star = 1 | 2 | 3 | 4 | 5;
/** The stars a minimum-requirement marker can name (***, ****, *****). */
export type MarkerStar = 3 | 4 | 5;
/**
 * The tourism sheets print some criteria twice: "Trường hợp 1" when the service is provided by
 * the community, "Trường hợp 2" when it is a tourist site or run by an organisation/individual.
 */
export type ProviderCase = 1 | 2;

/** Who may choose an option; absent fields mean "anyone". */
export type OptionScope = {
  readonly producerTypes?: readonly ProducerType[] | undefined;
  readonly case?: ProviderCase | undefined;
};

export type ScoreOption = {
  readonly position: number;
  readonly label: LocalText;
  readonly points: number;
  /** This option is the minimum a product must reach on this criterion to be ranked at minStar (and above). */
  readonly minStar?: MarkerStar | undefined;
  readonly appliesTo?: OptionScope | undefined;
  /** Choosing this option ends the evaluation (the sheet says "không đánh giá các bước tiếp theo"). */
  readonly stopsEvaluation?: true | undefined;
  /** Not printed as an option in the source (see the data README). */
  readonly synthetic?: true | undefined;
  /** A correction made to the printed source. */
  readonly sourceNote?: string | undefined;
};

export type Criterion = {
  readonly code: string;
  readonly title: LocalText;
  readonly maxPoints: number;
  readonly notes?: readonly string[] | undefined;
  /** Conditions printed on this criterion that exclude the dossier; judged by the council, not computed. */
  readonly disqualifyWhen?: readonly string[] | undefined;
  readonly options: readonly ScoreOption[];
};

export type CriterionGroup = {
  readonly code: string;
  readonly title: LocalText;
  readonly maxPoints: number;
  readonly notes?: readonly string[] | undefined;
  readonly disqualifyWhen?: readonly string[] | undefined;
};

export type SheetPart = { readonly code: string; readonly title: LocalText; readonly maxPoints: number };

export type ScoreSheet = {
  readonly setNumber: number;
  readonly name: LocalText;
  readonly disqualifyWhen: readonly string[];
  readonly parts: readonly SheetPart[];
  /** Every node between a part and its leaf criteria, in sheet order. */
  readonly groups: readonly CriterionGroup[];
  /** The leaf criteria (the ones that are answered), in sheet order. */
  readonly criteria: readonly Criterion[];
};

/** A product scoring at least minPoints (and below the next band) falls in this band. */
export type StarBand = { readonly star: Star; readonly minPoints: number };

export type Certification = {
  /** Certificates exist from this star up. */
  readonly minimumStar: Star;
  /** null: the version's rules as we hold them do not say. */
  readonly validityMonths: number | null;
  /** Re-evaluation dossiers are filed no earlier than opens… and no later than closes… days before expiry. */
  readonly reevaluationFiling: { readonly opensDaysBeforeExpiry: number; readonly closesDaysBeforeExpiry: number } | null;
};

/** One legal version's rules: the contents of one src/rules/score-sheets/*.json file. */
export type ScoreSheetVersion = {
  /** URL-safe id, e.g. "26-2026". */
  readonly id: string;
  /** As cited, e.g. "26/2026/QĐ-TTg". */
  readonly legalVersion: string;
  readonly title: LocalText;
  readonly effectiveFrom: string;
  readonly replacedOn: string | null;
  readonly source: string;
  readonly sourceIssues: readonly string[];
  readonly notes: readonly string[];
  readonly starBands: readonly StarBand[];
  readonly certification: Certification;
  readonly sheets: readonly ScoreSheet[];
};

// Translation keys for enum-like values that come from the server. Values the portal does
// not know yet are shown as sent rather than hidden, so new server data stays visible.
import type { ParseKeys, TFunction } from 'i18next';
import { IDEA_ACTIONS, IDEA_STATES, PLAN_ACTIONS, PLAN_STATES } from './api-cycle.js';
import { DOSSIER_ACTIONS, DOSSIER_STATES } from './api-evaluation.js';

const UNIT_TYPES: Record<string, ParseKeys> = {
  province: 'units.types.province',
  city: 'units.types.city',
  town: 'units.types.town',
  district: 'units.types.district',
  commune: 'units.types.commune',
  ward: 'units.types.ward',
  township: 'units.types.township',
  special_zone: 'units.types.special_zone',
};

const UNIT_LEVELS: Record<string, ParseKeys> = {
  province: 'units.levels.province',
  district: 'units.levels.district',
  commune: 'units.levels.commune',
};

const PRODUCER_TYPES: Record<string, ParseKeys> = {
  cooperative: 'producerTypes.cooperative',
  cooperative_group: 'producerTypes.cooperative_group',
  enterprise: 'producerTypes.enterprise',
  household: 'producerTypes.household',
};

function labelFrom(table: Record<string, ParseKeys>, t: TFunction, value: string): string {
  const key = table[value];
  return key ? t(key) : value;
}

export const unitTypeLabel = (t: TFunction, value: string) => labelFrom(UNIT_TYPES, t, value);
export const unitLevelLabel = (t: TFunction, value: string) => labelFrom(UNIT_LEVELS, t, value);
export const producerTypeLabel = (t: TFunction, value: string) => labelFrom(PRODUCER_TYPES, t, value);

/** Dates as the user reads them: "30/06/2025" in both languages, time added when asked. */
export function formatDate(language: string, iso: string, withTime = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'en' ? 'en-GB' : 'vi-VN';
  // Four-digit years: "30/11/26" reads ambiguously next to the legal dates users work with.
  const day: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
  // Plain dates (validFrom, "2025-07-01") parse as UTC midnight; formatting them in UTC keeps the day.
  const options: Intl.DateTimeFormatOptions = withTime
    ? { ...day, hour: '2-digit', minute: '2-digit' }
    : { ...day, timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** A server text given in both languages (catalogue names, notification titles, import errors). */
export function localText(language: string, text: { vi: string; en?: string | undefined }): string {
  return language === 'en' && text.en ? text.en : text.vi;
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return values.some((item) => item === value);
}

// History entries carry statuses and actions as plain strings: known ones are translated.
export const ideaStatusLabel = (t: TFunction, value: string) => (isOneOf(IDEA_STATES, value) ? t(`ideaStatus.${value}`) : value);
export const ideaActionLabel = (t: TFunction, value: string) => (isOneOf(IDEA_ACTIONS, value) ? t(`ideas.actions.${value}`) : value);
export const planStatusLabel = (t: TFunction, value: string) => (isOneOf(PLAN_STATES, value) ? t(`planStatus.${value}`) : value);
export const planActionLabel = (t: TFunction, value: string) => (isOneOf(PLAN_ACTIONS, value) ? t(`plans.actions.${value}`) : value);

const DOSSIER_HISTORY_ACTIONS = [...DOSSIER_ACTIONS, 'record_national_result'] as const;
export const dossierStateLabel = (t: TFunction, value: string) => (isOneOf(DOSSIER_STATES, value) ? t(`dossierStates.${value}`) : value);
export const dossierActionLabel = (t: TFunction, value: string) => (isOneOf(DOSSIER_HISTORY_ACTIONS, value) ? t(`dossierActions.${value}`) : value);

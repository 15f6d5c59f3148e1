// The format profile (profiles/*.yaml): page, margins, fonts and sizes the templates follow, each with its source.
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { profile as generatedCheck } from './check.generated.js';
import type { Profile } from './schema.js';

export type { Profile };

/** The profile every build reads (from the project when it has one, else vankien's). */
export const PROFILE_FILE = 'profiles/hd36-2018.yaml';

/** The profile's check, generated ahead of time from ProfileSchema (standalone.ts). */
const check = generatedCheck as unknown as ValidateFunction<Profile>;

/** One failure as "path: message"; a missing field is named in the path, as the user looks for it. */
const describe = (e: ErrorObject) => {
  const missing = e.keyword === 'required' ? `/${String(e.params.missingProperty)}` : '';
  return `${e.instancePath + missing || '/'}: ${e.message ?? e.keyword}`;
};

/** Parses a profile; throws an Error naming the first fields that do not fit. */
export function parseProfile(text: string, file: string): Profile {
  const data = parse(text) as unknown;
  if (!check(data)) {
    const problems = (check.errors ?? []).slice(0, 3).map(describe);
    throw new Error(`${file}: hồ sơ định dạng không hợp lệ (${problems.join('; ')})`);
  }
  return data;
}

/** Unit conversions used by templates and the layout engine. */
export const mmToTwips = (mm: number) => Math.round((mm / 25.4) * 1440);
export const mmToEmu = (mm: number) => Math.round((mm / 25.4) * 914400);
export const ptToHalfPoints = (pt: number) => Math.round(pt * 2);

// A probe conference with one of everything, from the schema: its view model shows every tag a template may use.
import type { Registry } from '../model/registry.js';
import type { Profile } from '../profile/profile.js';
import { DATE_PATTERN, ID_PATTERN, TIME_PATTERN } from '../schema/patterns.js';
import { fileSchema } from '../validate/schema.js';
import type { JsonSchema } from '../schema/walk.js';
import type { ConferenceFile } from '../schema/conference.js';
import type { ClusterFile } from '../schema/cluster.js';
import type { Unit } from '../schema/units.js';
import type { SourceFile } from '../load/source.js';
import { LineIndex } from '../load/lines.js';

const PROBE_ID = 'probe';

/** A value of the schema's shape: every property present, every list with one item. */
function sample(s: JsonSchema | undefined): unknown {
  if (!s) return 'x';
  if (s.enum) return s.enum[0];
  if (s.const !== undefined) return s.const;
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'object')
    return Object.fromEntries(
      Object.entries(s.properties ?? {})
        .filter(([k]) => k !== '$schema')
        .map(([k, v]) => [k, sample(v)]),
    );
  if (type === 'array') return [sample(s.items)];
  if (type === 'integer' || type === 'number') return typeof s.minimum === 'number' && s.minimum > 1 ? s.minimum : 1;
  if (type === 'boolean') return true;
  if (s.pattern === ID_PATTERN) return PROBE_ID;
  if (s.pattern === DATE_PATTERN) return '2024-12-13';
  if (s.pattern === TIME_PATTERN) return '8:00';
  return 'x';
}

/** Profile wording for the probe: lint looks at the tags a template uses, not at the words. */
export const PROBE_PROFILE: Pick<Profile, 'pledge'> = {
  pledge: {
    basis: { value: [{ text: 'x {cluster}' }], source: 'x' },
    closing: { value: 'x {originals}{keepers}.', keepers_units: 'x', keepers_cluster: 'x', source: 'x' },
  },
};

export function probeConference(): { conference: ConferenceFile; registry: Registry } {
  const conference = sample(fileSchema('conference')) as ConferenceFile;
  conference.time = { start: '8:00', end: '11:00' };
  // The minutes file speeches in two sections by kind: one speech of each, so both show their tags.
  const speech = conference.speeches?.[0];
  if (speech) conference.speeches = [speech, { ...speech, kind: 'thao-luan' }];
  const unit = { ...(sample(fileSchema('units').properties?.units?.items) as Unit), id: PROBE_ID };
  const cluster = { ...(sample(fileSchema('cluster')) as ClusterFile), id: PROBE_ID, members: [PROBE_ID, PROBE_ID, PROBE_ID] }; // three: a full row and a single block
  const source: SourceFile = { file: '(probe)', text: '', lines: new LineIndex('') };
  const registry: Registry = {
    units: new Map([[PROBE_ID, { value: unit, source, path: [] }]]),
    clusters: new Map([[PROBE_ID, { value: cluster, source, path: [] }]]),
    broken: new Set(),
  };
  return { conference, registry };
}

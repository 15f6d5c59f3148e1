// Checks of the unit and cluster files: real dates, known provinces, members and leaders that exist.
import type { Diagnostic } from '../diagnostics/types.js';
import { diagnosticAt, type SourceFile } from '../load/source.js';
import { clusterLabel, type Registry } from '../model/registry.js';
import { unitHeader } from '../model/header-lines.js';
import { unitShape } from '../model/unit-shape.js';
import type { ClusterFile } from '../schema/cluster.js';
import type { Unit } from '../schema/units.js';
import { dateProblem } from '../text/dates.js';
import { suggestionFor } from '../text/closest.js';
import { unknownHint, type Env } from './context.js';

/** The header of a unit whose form leaves it unclear (formats.md §1): old files, a ban without its committee. */
function checkShape(unit: Unit, source: SourceFile, path: ReadonlyArray<string | number>, out: Diagnostic[]): void {
  if (unit.header) return;
  const shape = unitShape(unit);
  if (shape.source === 'old-form') {
    const lines = unitHeader(unit);
    out.push(
      diagnosticAt(source, [...path, 'superior'], 'VK322', {
        id: unit.id,
        lines: [lines.superior, ...lines.issuer].filter(Boolean).join(' / '),
        ...(shape.committee ? { committee: shape.committee } : {}),
      }),
    );
    return;
  }
  if (shape.kind !== 'ban') return;
  const missing = !shape.committee
    ? (['committee', 'cấp ủy mà ban phục vụ', 'committee'] as const)
    : !shape.shortName
      ? (['shortName', 'tên ngắn', 'short name'] as const)
      : undefined;
  if (missing)
    out.push(
      diagnosticAt(source, [...path, unit.kind ? 'kind' : 'committee'], 'VK323', {
        id: unit.id,
        name: unit.name,
        field: missing[0],
        what_vi: missing[1],
        what_en: missing[2],
      }),
    );
}

function checkUnits(registry: Registry, env: Env, out: Diagnostic[]): void {
  for (const { value: unit, source, path, reference } of registry.units.values()) {
    // The shipped registry is checked by its own tests; a user's mistake never points into it.
    if (reference) continue;
    checkShape(unit, source, path, out);
    if (unit.successor && !registry.units.has(unit.successor) && !registry.broken.has(unit.successor)) {
      out.push(
        diagnosticAt(source, [...path, 'successor'], 'VK324', {
          id: unit.successor,
          ...suggestionFor(unit.successor, registry.units.keys()),
        }),
      );
    }
    let datesOk = true;
    for (const key of ['from', 'until'] as const) {
      const v = unit[key];
      const problem = v ? dateProblem(v) : undefined;
      if (v && problem) {
        datesOk = false;
        out.push(
          diagnosticAt(source, [...path, key], 'VK306', {
            value: v,
            hint_vi: `Ngày không có thật: ${problem.vi}.`,
            hint_en: `Not a real date: ${problem.en}.`,
          }),
        );
      }
    }
    const on = datesOk ? (unit.until ?? unit.from) : undefined;
    const result = env.provinces.check(unit.province, on);
    if (!result.ok) {
      out.push(
        diagnosticAt(source, [...path, 'province'], 'VK310', {
          name: unit.province,
          ...(on ? { date: on } : {}),
          ...(result.reasonVi ? { reason_vi: result.reasonVi, reason_en: result.reasonEn ?? '' } : {}),
          ...(result.suggestion ? { suggestion: result.suggestion } : {}),
        }),
      );
    }
  }
}

const CLUSTER_NEEDS: Array<[keyof ClusterFile, string, string]> = [
  ['name', 'tên Cụm', 'cluster name'],
  ['number', 'số Cụm', 'cluster number'],
  ['region', 'khu vực', 'region'],
  ['members', 'đơn vị thành viên', 'member units'],
];

function checkClusters(registry: Registry, env: Env, out: Diagnostic[]): void {
  for (const { value: cluster, source } of registry.clusters.values()) {
    for (const [field, vi, en] of CLUSTER_NEEDS) {
      const v = cluster[field];
      if (v !== undefined && (!Array.isArray(v) || v.length > 0)) continue;
      const d = diagnosticAt(
        source,
        v === undefined ? ['id'] : [field],
        'VK501',
        {
          document_vi: 'Cụm thi đua',
          document_en: 'Cluster',
          what_vi: vi,
          what_en: en,
          field,
        },
        'key',
      );
      d.path = [field];
      out.push(d);
    }
    checkClusterReferences(cluster, source, registry, env, out);
  }
}

/**
 * The members and leaders of a cluster: units that exist, leaders that are members and elected once.
 * In a file with errors (`cluster` is then its readable part), leaders are checked against the
 * members only when the members list is whole (`membersWhole`).
 */
export function checkClusterReferences(
  cluster: Partial<ClusterFile>,
  source: SourceFile,
  registry: Registry,
  env: Env,
  out: Diagnostic[],
  membersWhole = true,
): void {
  // The readable part of a broken file may still hold values of the wrong shape: take only what fits.
  const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const members = ids(cluster.members);
  members.forEach((id, i) => {
    if (!registry.units.has(id) && !registry.broken.has(id))
      out.push(diagnosticAt(source, ['members', i], 'VK301', { id, ...unknownHint(env, id, registry.units.keys()) }));
  });
  const label = clusterLabel({ id: cluster.id ?? '', ...(cluster.name !== undefined ? { name: cluster.name } : {}) });
  (Array.isArray(cluster.leadership) ? cluster.leadership : []).forEach((l, i) => {
    if (!l || typeof l !== 'object') return;
    const seen = new Set<string>();
    const head = typeof l.head === 'string' ? l.head : undefined;
    const leaders: Array<[string | undefined, Array<string | number>]> = [
      [head, ['leadership', i, 'head']],
      ...ids(l.deputies).map((d, j): [string, Array<string | number>] => [d, ['leadership', i, 'deputies', j]]),
    ];
    for (const [id, where] of leaders) {
      if (id === undefined) continue;
      if (seen.has(id)) out.push(diagnosticAt(source, where, 'VK312', { id }));
      seen.add(id);
      if (membersWhole && !members.includes(id)) {
        out.push(diagnosticAt(source, where, 'VK304', { id, cluster: label, members: members.join(', '), ...suggestionFor(id, members) }));
      }
    }
  });
}

export function checkRegistry(registry: Registry, env: Env): Diagnostic[] {
  const out: Diagnostic[] = [];
  checkUnits(registry, env, out);
  checkClusters(registry, env, out);
  return out;
}

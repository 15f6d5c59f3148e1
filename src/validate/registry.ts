// Checks of the unit and cluster files: real dates, known provinces, members and leaders that exist.
import type { Diagnostic } from '../diagnostics/types.js';
import { diagnosticAt, type SourceFile } from '../load/source.js';
import { clusterLabel, type Registry } from '../model/registry.js';
import type { ClusterFile } from '../schema/cluster.js';
import { dateProblem } from '../text/dates.js';
import { suggestionFor } from '../text/closest.js';
import { unknownHint, type Env } from './context.js';

function checkUnits(registry: Registry, env: Env, out: Diagnostic[]): void {
  for (const { value: unit, source, path } of registry.units.values()) {
    let datesOk = true;
    for (const key of ['from', 'until'] as const) {
      const v = unit[key];
      const problem = v ? dateProblem(v) : undefined;
      if (v && problem) {
        datesOk = false;
        out.push(diagnosticAt(source, [...path, key], 'VK306', { value: v, hint_vi: `Ngày không có thật: ${problem.vi}.`, hint_en: `Not a real date: ${problem.en}.` }));
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
          ...result.suggestion ? { suggestion: result.suggestion } : {},
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
      const d = diagnosticAt(source, v === undefined ? ['id'] : [field], 'VK501', {
        document_vi: 'Cụm thi đua',
        document_en: 'Cluster',
        what_vi: vi,
        what_en: en,
        field,
      }, 'key');
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
export function checkClusterReferences(cluster: Partial<ClusterFile>, source: SourceFile, registry: Registry, env: Env, out: Diagnostic[], membersWhole = true): void {
  const members = cluster.members ?? [];
  members.forEach((id, i) => {
    if (!registry.units.has(id) && !registry.broken.has(id)) out.push(diagnosticAt(source, ['members', i], 'VK301', { id, ...unknownHint(env, id, registry.units.keys()) }));
  });
  const label = clusterLabel({ id: cluster.id ?? '', ...(cluster.name !== undefined ? { name: cluster.name } : {}) });
  cluster.leadership?.forEach((l, i) => {
    const seen = new Set<string>();
    const leaders: Array<[string | undefined, Array<string | number>]> = [[l.head, ['leadership', i, 'head']], ...(l.deputies ?? []).map((d, j): [string, Array<string | number>] => [d, ['leadership', i, 'deputies', j]])];
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

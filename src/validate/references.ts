// Conference references: people, units and the cluster exist; units are members and active on the date.
import type { DataPath } from '../diagnostics/types.js';
import { bodyRefs, personRefs, unitRefs } from '../model/refs.js';
import { clusterLabel, unitActive } from '../model/registry.js';
import { suggestionFor as suggestion } from '../text/closest.js';
import type { ConferenceContext } from './context.js';

/** Person ids declared in participants, with duplicates reported. */
function declaredPeople(ctx: ConferenceContext): Set<string> {
  const seen = new Map<string, string>();
  const p = ctx.conf.participants;
  const declare = (id: string | undefined, path: DataPath) => {
    if (!id) return;
    const other = seen.get(id);
    if (other) ctx.report(path, 'VK305', { id, other });
    else seen.set(id, path.join('.'));
  };
  p?.guests?.forEach((g, i) => declare(g.id, ['participants', 'guests', i, 'id']));
  p?.delegations?.forEach((d, i) => d.members?.forEach((m, j) => declare(m.id, ['participants', 'delegations', i, 'members', j, 'id'])));
  return new Set(seen.keys());
}

function checkPeople(ctx: ConferenceContext): void {
  const people = declaredPeople(ctx);
  const c = ctx.conf;
  for (const { id, path } of personRefs(c)) if (!people.has(id)) ctx.report(path, 'VK303', { id, ...ctx.unknown(id, people) });
}

/**
 * A unit reference: it must exist, be active on the conference date, sit in a province valid on
 * that date, and, when `member` is set and the conference has a cluster, be one of its members.
 */
function checkUnit(ctx: ConferenceContext, id: string | undefined, path: DataPath, member: boolean): void {
  // An id may be missing in a file with errors (VK201 reported it).
  if (id === undefined) return;
  const units = ctx.registry.units;
  const found = units.get(id);
  if (!found) {
    if (ctx.registry.broken.has(id)) return;
    const pool = member && ctx.cluster ? ctx.cluster.value.members : units.keys();
    ctx.report(path, 'VK301', { id, ...ctx.unknown(id, pool) });
    return;
  }
  const cluster = ctx.cluster?.value;
  if (member && cluster && !cluster.members.includes(id)) {
    ctx.report(path, 'VK304', {
      id,
      cluster: clusterLabel(cluster),
      members: cluster.members.join(', '),
      ...suggestion(id, cluster.members),
    });
  }
  const date = ctx.date;
  if (!date) return;
  const unit = found.value;
  if (!unitActive(unit, date)) {
    const range = `${unit.from ? `từ ${unit.from}` : ''}${unit.from && unit.until ? ' ' : ''}${unit.until ? `đến ${unit.until}` : ''}`;
    ctx.report(path, 'VK313', { id, date, range });
    return;
  }
  const province = ctx.env.provinces.check(unit.province, date);
  if (!province.ok) {
    ctx.report(path, 'VK310', {
      name: unit.province,
      date,
      reason_vi: `tỉnh của đơn vị ${id}${province.reasonVi ? `, ${province.reasonVi}` : ''}`,
      reason_en: `province of unit ${id}${province.reasonEn ? `, ${province.reasonEn}` : ''}`,
      ...(province.suggestion ? { suggestion: province.suggestion } : {}),
    });
  }
}

function checkUnits(ctx: ConferenceContext): void {
  const c = ctx.conf;
  if (c.cluster && !ctx.cluster && !ctx.registry.broken.has(c.cluster))
    ctx.report(['cluster'], 'VK302', { id: c.cluster, ...ctx.unknown(c.cluster, ctx.registry.clusters.keys()) });
  for (const { id, path } of bodyRefs(c)) if (!ctx.registry.clusters.has(id)) checkUnit(ctx, id, path, false);
  for (const { id, path, member } of unitRefs(c)) checkUnit(ctx, id, path, member);
}

function checkPlace(ctx: ConferenceContext): void {
  const name = ctx.conf.place?.province;
  if (!name) return;
  const result = ctx.env.provinces.check(name, ctx.date);
  if (result.ok) return;
  ctx.report(['place', 'province'], 'VK310', {
    name,
    ...(ctx.date ? { date: ctx.date } : {}),
    ...(result.reasonVi ? { reason_vi: result.reasonVi, reason_en: result.reasonEn ?? '' } : {}),
    ...(result.suggestion ? { suggestion: result.suggestion } : {}),
  });
}

/**
 * `people: false` when the declarations may be incomplete (a file with errors in participants):
 * a person missing from them would be a false error.
 */
export function checkReferences(ctx: ConferenceContext, { people = true } = {}): void {
  if (people) checkPeople(ctx);
  checkUnits(ctx);
  checkPlace(ctx);
}

// VK326: a header line that cannot print whole, even in the widened column at the profile's smallest size
// (model/header-fit.ts). formats.md §1: a name is broken at its joints, never inside it; the line would
// wrap where Word finds room, so the check names the line and where it is written.
import { placeName } from '../model/place-name.js';
import { isRealIsoDate } from '../text/dates.js';
import { diagnosticAt } from '../load/source.js';
import type { DataPath } from '../diagnostics/types.js';
import { minutesIssuerId, pledgeIssuerId } from '../model/derive.js';
import { fitHeader, type HeaderOverflow } from '../model/header-fit.js';
import { clusterHeader, numberLine, placeDateLine, unitHeader, type HeaderLines } from '../model/header-lines.js';
import { fontMeasure } from '../model/header-measure.js';
import type { Located } from '../model/registry.js';
import { unitShape } from '../model/unit-shape.js';
import { bundledKinds } from '../kinds/load.js';
import type { ClusterFile } from '../schema/cluster.js';
import type { Unit } from '../schema/units.js';
import type { ConferenceContext } from './context.js';

/** An issuer's header lines, and where each is written in its file. */
interface Written {
  located: Located<Unit> | Located<ClusterFile>;
  lines: HeaderLines;
  /** Where a line comes from, as a path inside the unit or cluster. */
  where(line: HeaderOverflow): DataPath;
}

function unitLines(located: Located<Unit>): Written {
  const unit = located.value;
  const lines = unitHeader(unit);
  if (unit.header)
    return { located, lines, where: (l) => (l.part === 'superior' ? ['header', 'superior'] : ['header', 'issuer', l.index]) };
  const shape = unitShape(unit);
  const superior = shape.kind === 'ban' ? (unit.committee ? 'committee' : 'name') : 'superior';
  const issuer =
    shape.kind === 'ban' ? (unit.shortName ? 'shortName' : 'name') : shape.kind === 'khac' && unit.headerName ? 'headerName' : 'name';
  return { located, lines, where: (l) => [l.part === 'superior' ? superior : issuer] };
}

function clusterLines(located: Located<ClusterFile>): Written {
  const cluster = located.value;
  const lines = clusterHeader(cluster);
  if (cluster.header)
    return { located, lines, where: (l) => (l.part === 'superior' ? ['header', 'superior'] : ['header', 'issuer', l.index]) };
  return { located, lines, where: (l) => [l.part === 'superior' ? 'superior' : 'name'] };
}

/** Warns about each header line of the conference's Party documents that cannot fit whole in the header column. */
export function checkHeaders(ctx: ConferenceContext): void {
  const profile = ctx.env.profile?.();
  if (!profile) return;
  const c = ctx.conf;
  const measure = fontMeasure(profile.font.family);
  const kinds = (ctx.env.kinds?.() ?? bundledKinds()).filter((k) => k.engine === 'docx' && k.applies(c));
  const seen = new Set<string>();
  for (const kind of kinds) {
    const pledge = kind.author === 'pledgeHeader';
    const id = pledge ? pledgeIssuerId(c) : minutesIssuerId(c);
    const unit = id ? ctx.registry.units.get(id) : undefined;
    const cluster = id ? ctx.registry.clusters.get(id) : undefined;
    // A shipped unit is checked by vankien's own tests: nothing the user can edit.
    const written = unit ? (unit.reference ? undefined : unitLines(unit)) : cluster ? clusterLines(cluster) : undefined;
    if (!written) continue;
    const info = pledge ? c.documents?.pledge : c.documents?.minutes;
    const code = unit?.value.code ?? cluster?.value.code;
    const place = unit ? placeName(unit.value) : c.place?.province;
    // A date that is not a real one is reported on its own (VK205, VK306); the line is measured with blanks.
    const date = (pledge ? c.documents?.pledge?.date : undefined) ?? c.date;
    const block = {
      ...written.lines,
      number: numberLine(info, pledge ? undefined : 'BB', code),
      placeDate: placeDateLine(place, date && isRealIsoDate(date) ? date : undefined),
    };
    const fit = fitHeader(block, profile, measure);
    for (const line of fit.overflow) {
      const path = [...written.located.path, ...written.where(line)];
      const key = `${line.part}:${line.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const d = diagnosticAt(written.located.source, path, 'VK326', {
        line: line.text,
        width: Math.round(line.width),
        room: Math.floor(line.room),
        size: fit.sizes[line.part],
        conference: c.id,
      });
      ctx.out.push(d);
    }
  }
}

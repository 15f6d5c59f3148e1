// Draft warnings: for each document, the fields it needs that the conference does not have yet.
import { formatPath, type DataPath } from '../diagnostics/types.js';
import { diagnosticAt } from '../load/source.js';
import { missingFields } from '../model/requirements.js';
import { bundledKinds } from '../kinds/load.js';
import type { ConferenceContext } from './context.js';

/** The longest prefix of `path` that is written in the data (the place to add the missing part). */
function writtenPrefix(value: unknown, path: DataPath): DataPath {
  let node = value;
  const out: Array<string | number> = [];
  for (const seg of path) {
    if (node === null || typeof node !== 'object' || !(seg in node)) break;
    node = (node as Record<string | number, unknown>)[seg];
    out.push(seg);
  }
  return out;
}

export function checkDrafts(ctx: ConferenceContext): void {
  const kinds = ctx.env.kinds?.() ?? bundledKinds();
  for (const m of missingFields(ctx.conf, ctx.registry, kinds)) {
    const names = m.documents.flatMap((id) => kinds.filter((k) => k.id === id).map((k) => k.label));
    const prefix = writtenPrefix(ctx.conf, m.path.slice(0, -1));
    // Nothing of it is written: point at the conference id, the line that names the conference.
    const where = prefix.length === 0 ? ['id'] : prefix;
    const d = diagnosticAt(
      ctx.source,
      where,
      'VK501',
      {
        document_vi: names.map((n) => n.vi).join(', '),
        document_en: names.map((n) => n.en).join(', '),
        what_vi: m.what.vi,
        what_en: m.what.en,
        field: formatPath(m.path),
      },
      'key',
    );
    d.path = m.path;
    ctx.out.push(d);
  }
}

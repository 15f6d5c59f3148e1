// Translates a template source (templates/src/*.tpl: one paragraph a line, simple tables) to WordprocessingML.

export interface Layout {
  /** Text width between the margins, in twips, for table column widths. */
  textWidth: number;
  /** The header table ("table header"): twips it reaches into the left margin, the left column's share in percent (profile `header`). */
  header: { outdent: number; leftPercent: number };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `**bold**` and `*italic*` spans become runs; everything else (including {tags}) is plain text. */
function runs(text: string): string {
  const out: string[] = [];
  const re = /\*\*(.+?)\*\*|\*(.+?)\*/g;
  let last = 0;
  const plain = (s: string) => s && out.push(`<w:r><w:t xml:space="preserve">${escapeXml(s)}</w:t></w:r>`);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    plain(text.slice(last, m.index));
    const [rPr, inner] = m[1] !== undefined ? ['<w:b/><w:bCs/>', m[1]] : ['<w:i/><w:iCs/>', m[2] ?? ''];
    out.push(`<w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${escapeXml(inner)}</w:t></w:r>`);
    last = m.index + m[0].length;
  }
  plain(text.slice(last));
  return out.join('');
}

const PARA_FLAGS: Record<string, string> = {
  keepNext: '<w:keepNext/>',
  keepLines: '<w:keepLines/>',
  pageBreakBefore: '<w:pageBreakBefore/>',
};

function paragraph(spec: string, text: string): string {
  const [style, ...flags] = spec.trim().split(/\s+/);
  const extra = flags.map((f) => {
    const xml = PARA_FLAGS[f];
    if (!xml) throw new Error(`unknown paragraph option "${f}"`);
    return xml;
  });
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra.join('')}</w:pPr>${runs(text)}</w:p>`;
}

const NO_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="nil"/>`).join('');

interface Table {
  widths: number[];
  /** Twips the table reaches into the left margin (the header's "wide" option), with no cell margins left and right. */
  outdent: number;
  rows: Array<{ flags: string[]; cells: string[][] }>;
}

function table(t: Table): string {
  const grid = t.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const total = t.widths.reduce((a, b) => a + b, 0);
  const rows = t.rows.map((row) => {
    const trPr = [row.flags.includes('cantSplit') ? '<w:cantSplit/>' : '', row.flags.includes('header') ? '<w:tblHeader/>' : ''].join('');
    const cells = row.cells.map((paras, i) => {
      const body = paras.length > 0 ? paras.join('') : '<w:p/>';
      return `<w:tc><w:tcPr><w:tcW w:w="${t.widths[i] ?? 0}" w:type="dxa"/></w:tcPr>${body}</w:tc>`;
    });
    return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
  });
  const wide = t.outdent > 0 ? `<w:tblInd w:w="${-t.outdent}" w:type="dxa"/>` : '';
  const margins = t.outdent > 0 ? '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>' : '';
  return `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${wide}<w:tblLayout w:type="fixed"/><w:tblBorders>${NO_BORDERS}</w:tblBorders>${margins}<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** The body XML (paragraphs and tables) of a template source. Throws with the line number on a bad line. */
export function sourceToBody(source: string, layout: Layout): string {
  const out: string[] = [];
  let current: Table | undefined;
  source.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.startsWith('#')) return;
    const fail = (why: string) => new Error(`line ${i + 1}: ${why}: ${line}`);
    const [word, ...rest] = line.trim().split(/\s+/);
    if (word === 'p') {
      const bar = line.indexOf('|');
      if (bar < 0) throw fail('a paragraph needs "|" before its text');
      const xml = paragraph(line.slice(line.indexOf('p') + 1, bar), line.slice(bar + 1).replace(/^ /, ''));
      const cell = current?.rows.at(-1)?.cells.at(-1);
      if (current && !cell) throw fail('a paragraph inside a table must follow "cell"');
      (cell ?? out).push(xml);
    } else if (word === 'table') {
      // "header": the document header, its two columns and its reach into the left margin from the
      // profile, as Party documents set them (the issuer's lines and the place-date line each need most
      // of a half page); the build widens the left column for a long issuer line (header-fit.ts).
      const header = rest[0] === 'header';
      const percents = header ? [layout.header.leftPercent, 100 - layout.header.leftPercent] : (rest[0] ?? '').split(',').map(Number);
      if (percents.some((n) => !(n > 0))) throw fail('table needs column widths in percent, e.g. "table 40,60", or "table header"');
      if (rest[1] !== undefined) throw fail(`unknown table option "${rest[1]}"`);
      const sum = percents.reduce((a, b) => a + b, 0);
      const outdent = header ? layout.header.outdent : 0;
      current = { widths: percents.map((p) => Math.round(((layout.textWidth + outdent) * p) / sum)), outdent, rows: [] };
    } else if (word === 'row') {
      if (!current) throw fail('"row" outside a table');
      current.rows.push({ flags: rest, cells: [] });
    } else if (word === 'cell') {
      const row = current?.rows.at(-1);
      if (!row) throw fail('"cell" outside a row');
      row.cells.push([]);
    } else if (word === 'end') {
      if (!current) throw fail('"end" without a table');
      out.push(table(current));
      current = undefined;
    } else throw fail(`unknown line kind "${word}"`);
  });
  if (current) throw new Error('a table is not closed with "end"');
  return out.join('\n');
}

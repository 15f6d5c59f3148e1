// Every built minutes and pledge, read as the official who signs them would (formats.md §1, §3, §4, §6):
// header form for the issuer's kind, number line, draft mark exactly on drafts, signature blocks,
// no zero counts, list punctuation, no sentence opening with a digit. Expected values are written here.
// The PDF our engine makes of each is read back from its text positions: no spaced dash broken at a
// line end, the draft mark on page 1 exactly of drafts, each signature block's unit name whole.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../src/model/registry.js';
import { checkProject } from '../../src/validate/project.js';
import { envFor, REPO } from '../support/fixtures.js';
import { part, renderFor, samples } from '../support/docx.js';
import { brokenDashes, pdfLines, type PdfLine } from '../support/pdf-lines.js';
import { createFontSource } from '../../src/engine/fonts/source.js';
import { docxToPdf } from '../../src/engine/index.js';

const readmeFiles = () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  return [...readme.matchAll(/<!-- example: (\S+) -->\n```yaml\n([\s\S]*?)```/g)].map((b) => ({
    file: b[1] ?? '',
    bytes: new TextEncoder().encode(b[2] ?? ''),
  }));
};
const readme = checkProject(readmeFiles(), envFor(REPO)).project;

interface Expected {
  draft: boolean;
  /** The superior line, or null when there is none (the issuer then opens the header). */
  superior: string | null;
  issuer: string;
  number: string | null;
  /** The document's author property: the issuing body, never the tool. */
  author: string;
}

const CUM_1: Expected = {
  draft: true,
  superior: null,
  issuer: 'CỤM THI ĐUA SỐ 1\nNGÀNH TỔ CHỨC\nXÂY DỰNG ĐẢNG',
  number: 'Số ……-BB/CTĐ',
  author: 'Cụm thi đua số 1 Ngành Tổ chức xây dựng Đảng',
};
const CUM_3: Expected = {
  draft: true,
  superior: null,
  issuer: 'CỤM THI ĐUA SỐ III\nBAN TỔ CHỨC CÁC TỈNH ỦY, THÀNH ỦY\nKHU VỰC MIỀN TRUNG - TÂY NGUYÊN',
  number: 'Số ……-BB/……',
  author: 'Cụm thi đua Ban Tổ chức các Tỉnh ủy, Thành ủy khu vực miền Trung - Tây Nguyên',
};

const CASES: Array<{ project: Project; id: string; minutes: Expected; pledge?: Expected & { units: number } }> = [
  { project: samples.project, id: 'cum-1-giao-ban-6-thang-2024', minutes: CUM_1 },
  { project: samples.project, id: 'cum-1-so-ket-6-thang-2024', minutes: CUM_1 },
  { project: samples.project, id: 'cum-3-tong-ket-2023', minutes: CUM_3, pledge: { ...CUM_3, number: null, units: 13 } },
  // A staff body: its committee above its short name.
  {
    project: samples.project,
    id: 'long-an-tong-ket-2023',
    minutes: {
      draft: true,
      superior: 'TỈNH ỦY LONG AN',
      issuer: 'BAN TỔ CHỨC',
      number: 'Số ……-BB/BTCTU',
      author: 'Ban Tổ chức Tỉnh ủy Long An',
    },
  },
  // The README's complete example: no draft mark anywhere.
  {
    project: readme,
    id: 'cum-vi-du-tong-ket-2024',
    minutes: {
      draft: false,
      superior: 'TỈNH ỦY KHÁNH HÒA',
      issuer: 'BAN TỔ CHỨC',
      number: 'Số 01-BB/BTCTU',
      author: 'Ban Tổ chức Tỉnh ủy Khánh Hòa',
    },
    pledge: {
      draft: false,
      superior: null,
      issuer: 'CỤM THI ĐUA\nBAN TỔ CHỨC CÁC TỈNH ỦY\nKHU VỰC\nNAM TRUNG BỘ - TÂY NGUYÊN',
      number: null,
      author: 'Cụm thi đua Ban Tổ chức các Tỉnh ủy khu vực Nam Trung Bộ - Tây Nguyên',
      units: 3,
    },
  },
];

/** Paragraphs with their style, in document order; no-break spaces read as spaces. */
function styled(docx: Uint8Array): Array<{ style: string; text: string }> {
  const xml = part(docx, 'word/document.xml');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '',
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((t) => t[1] ?? '\n')
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/\u00a0/g, ' '),
  }));
}

const BODY = new Set(['VkBody', 'VkBodyLeft', 'VkClosing', 'VkRecipient']);

/** Runs of consecutive dash items in body paragraphs. */
function dashRuns(paras: Array<{ style: string; text: string }>): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const p of paras) {
    if (BODY.has(p.style) && p.text.startsWith('- ')) run.push(p.text);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function checkHeader(paras: Array<{ style: string; text: string }>, e: Expected, docx: Uint8Array) {
  const marks = paras.filter((p) => p.text.includes('DỰ THẢO'));
  if (e.draft) {
    expect(paras[0]).toEqual({ style: 'VkDraft', text: 'DỰ THẢO' });
    expect(marks).toHaveLength(1);
    expect(part(docx, 'docProps/core.xml')).toMatch(/<cp:keywords>[^<]*Dự thảo<\/cp:keywords>/);
    expect(part(docx, 'docProps/core.xml')).toMatch(/<dc:title>[^<]*\(Dự thảo\)<\/dc:title>/);
  } else {
    expect(marks).toEqual([]);
    expect(part(docx, 'docProps/core.xml')).not.toContain('Dự thảo');
  }
  expect(part(docx, 'docProps/core.xml')).toContain(`<dc:creator>${e.author}</dc:creator>`);
  const header = paras.filter((p) => ['VkSuperior', 'VkIssuer', 'VkStar', 'VkNumber'].includes(p.style));
  const expected = [
    ...(e.superior !== null ? [{ style: 'VkSuperior', text: e.superior }] : []),
    { style: 'VkIssuer', text: e.issuer },
    { style: 'VkStar', text: '*' },
    ...(e.number !== null ? [{ style: 'VkNumber', text: e.number }] : []),
  ];
  // No empty superior paragraph pushes the issuer down: the header cell holds exactly these.
  expect(header).toEqual(expected);
}

function checkText(paras: Array<{ style: string; text: string }>) {
  const all = paras.map((p) => p.text).join('\n');
  expect(all).not.toMatch(/(^|[\s(])0 (nhóm|đơn vị|bản|tập thể|cá nhân|đồng chí|ý kiến|phiếu)/m);
  // A part not written yet is one dotted line to fill by hand, with no punctuation to guess.
  for (const run of dashRuns(paras).filter((r) => !(r.length === 1 && /^- …+$/.test(r[0] ?? '')))) {
    run.slice(0, -1).forEach((item) => expect(item, item).toMatch(/;$/));
    expect(run[run.length - 1], run.join('\n')).toMatch(/[.:]$/);
  }
  for (const p of paras.filter((x) => BODY.has(x.style))) expect(p.text, p.text).not.toMatch(/^(- )?\d/);
}

describe('format of every built minutes and pledge', () => {
  for (const c of CASES) {
    const conf = c.project.conferences.find((x) => x.value.id === c.id)?.value;
    if (!conf) throw new Error(`no conference ${c.id}`);
    const { minutes, pledge, diagnostics } = renderFor(c.project, conf);

    it(`${c.id}: minutes`, () => {
      expect(diagnostics).toEqual([]);
      const paras = styled(minutes ?? new Uint8Array());
      checkHeader(paras, c.minutes, minutes ?? new Uint8Array());
      checkText(paras);
      // Secretary left, chair right: position (or authority) line, then the name in bold (a blank when unknown).
      const names = paras.filter((p) => p.style === 'VkSignName');
      expect(names).toHaveLength(2);
      names.forEach((n) => expect(n.text).toMatch(/\S/));
      const titles = paras.filter((p) => p.style === 'VkSignAuthority' || p.style === 'VkSignTitle').map((p) => p.text);
      expect(titles).toEqual(['THƯ KÝ', 'CHỦ TRÌ HỘI NGHỊ']);
      // "Nơi nhận:" with its list ending in the issuer's file copy.
      const recipients = paras.filter((p) => p.style === 'VkRecipient');
      expect(paras.some((p) => p.style === 'VkRecipientsHead' && p.text === 'Nơi nhận:')).toBe(true);
      expect(recipients.at(-1)?.text).toMatch(/^- Lưu .+\.$/);
    });

    const p = c.pledge;
    if (p) {
      it(`${c.id}: pledge`, () => {
        const paras = styled(pledge ?? new Uint8Array());
        checkHeader(paras, p, pledge ?? new Uint8Array());
        checkText(paras);
        // One block per unit: its name broken after the body's type, authority line (maybe empty), position, name.
        const units = paras.filter((x) => x.style === 'VkSignUnit' && x.text !== '' && x.text !== 'ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC');
        expect(units).toHaveLength(p.units);
        units.forEach((u) => expect(u.text).toMatch(/^BAN TỔ CHỨC\n(TỈNH|THÀNH) ỦY [^\n]+$/));
        expect(paras.filter((x) => x.style === 'VkSignAuthority')).toHaveLength(p.units);
        expect(paras.filter((x) => x.style === 'VkSignTitle')).toHaveLength(p.units);
        expect(paras.filter((x) => x.style === 'VkSignName')).toHaveLength(p.units);
        expect(paras.some((x) => /^Bản giao ước thi đua này được lập thành \S+ bản có giá trị như nhau/.test(x.text))).toBe(true);
      });
    }
  }

  const fonts = createFontSource();
  const pdfOf = async (docx: Uint8Array | undefined) =>
    pdfLines((await docxToPdf(docx ?? new Uint8Array(), fonts, { creator: 'test', producer: 'test' })).pdf);
  /** "DỰ THẢO" exactly once, on page 1, on a draft; nowhere on a final document. */
  const checkDraftMark = (lines: PdfLine[], draft: boolean) =>
    expect(lines.filter((l) => l.text.includes('DỰ THẢO')).map((l) => l.page)).toEqual(draft ? [1] : []);

  for (const c of CASES) {
    const conf = c.project.conferences.find((x) => x.value.id === c.id)?.value;
    if (!conf) throw new Error(`no conference ${c.id}`);
    it(`${c.id}: the PDFs, read from their text positions`, async () => {
      const { vm, minutes, pledge } = renderFor(c.project, conf);
      const m = await pdfOf(minutes);
      checkDraftMark(m.lines, c.minutes.draft);
      expect(brokenDashes(m.lines)).toEqual([]);
      if (!c.pledge) return;
      const g = await pdfOf(pledge);
      checkDraftMark(g.lines, c.pledge.draft);
      expect(brokenDashes(g.lines)).toEqual([]);
      // Every line of every unit's name (the body's type, then the committee with its place) is printed
      // whole on one line of the grid: a place name never breaks ("TỈNH ỦY THỪA THIÊN / HUẾ").
      const printed = new Set(g.lines.map((l) => l.text.trim()));
      const unitLines = [...vm.pledge.pairs.flatMap((r) => [r.left, r.right]), ...(vm.pledge.single ? [vm.pledge.single] : [])].flatMap(
        (b) => b.unit.split('\n'),
      );
      expect(unitLines.length).toBeGreaterThanOrEqual(2 * c.pledge.units);
      expect(unitLines.filter((u) => !printed.has(u))).toEqual([]);
    });
  }

  it('the PDF check finds a spaced dash broken at a line end, before or after the dash', () => {
    const at = (y: number, x: number, text: string): PdfLine => ({ page: 1, x, y, text });
    expect(brokenDashes([at(700, 121, 'phát triển kinh tế -'), at(682, 85, 'xã hội của tỉnh.')])).toHaveLength(1);
    expect(brokenDashes([at(700, 121, 'nhiệm kỳ 2025'), at(682, 85, '- 2030 của tỉnh.')])).toHaveLength(1);
    // A list item is no break: after ";" or a numbered heading, or indented under the line above.
    expect(brokenDashes([at(700, 121, '- thứ nhất;'), at(682, 121, '- thứ hai.')])).toEqual([]);
    expect(brokenDashes([at(700, 121, 'I. CĂN CỨ'), at(682, 121, '- Luật Thi đua, khen thưởng.')])).toEqual([]);
    expect(brokenDashes([at(700, 85, 'trong ngành Tổ chức'), at(682, 121, '- Quy chế.')])).toEqual([]);
  });

  it('the README pledge prints the data: its period in the title, every signer with position and name', () => {
    const conf = readme.conferences[0]?.value;
    if (!conf) throw new Error('README example missing');
    const paras = styled(renderFor(readme, conf).pledge ?? new Uint8Array());
    expect(paras.find((x) => x.style === 'VkDocType')?.text).toBe('BẢN GIAO ƯỚC THI ĐUA NĂM 2025');
    expect(paras.filter((x) => x.style === 'VkSignTitle').map((x) => x.text)).not.toContain('…………………');
    expect(
      paras.some(
        (x) =>
          x.text ===
          'Bản giao ước thi đua này được lập thành 4 bản có giá trị như nhau, mỗi đơn vị ký giao ước giữ 01 bản, Cụm thi đua giữ 01 bản.',
      ),
    ).toBe(true);
  });
});

describe('shared HD 36 checker (/work/shared/tools/format_check.py)', () => {
  const checker = join(REPO, '..', 'shared', 'tools', 'format_check.py');
  const run = (docx: Uint8Array) => {
    const file = join(mkdtempSync(join(tmpdir(), 'vankien-format-')), 'doc.docx');
    writeFileSync(file, docx);
    try {
      return { code: 0, out: execFileSync('python3', [checker, file], { encoding: 'utf8' }) };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, out: err.stdout };
    }
  };

  const fails = (out: string) => out.split('\n').filter((l) => l.startsWith('FAIL'));
  const NO_NUMBER = 'FAIL number "Số NN-TYPE/BODY" with no colon — missing';

  it('passes every rule on every minutes', () => {
    for (const c of CASES) {
      const conf = c.project.conferences.find((x) => x.value.id === c.id)?.value;
      if (!conf) throw new Error(`no conference ${c.id}`);
      const m = run(renderFor(c.project, conf).minutes ?? new Uint8Array());
      expect(m.code, `${c.id} minutes\n${m.out}`).toBe(0);
    }
  });

  // Where the checker and formats.md differ, formats.md wins: a pledge prints a number line only when the
  // data gives one (§1, QĐ 399 does not list "giao ước"), and a paragraph holding a blank is not justified (§6).
  it('fails a pledge only on the number line it rightly lacks, and a draft also on its opening that holds a blank', () => {
    const pledgeOf = (project: Project, id: string) => {
      const conf = project.conferences.find((x) => x.value.id === id)?.value;
      if (!conf) throw new Error(`no conference ${id}`);
      return renderFor(project, conf).pledge ?? new Uint8Array();
    };
    expect(fails(run(pledgeOf(readme, 'cum-vi-du-tong-ket-2024')).out)).toEqual([NO_NUMBER]);
    expect(fails(run(pledgeOf(samples.project, 'cum-3-tong-ket-2023')).out)).toEqual([
      NO_NUMBER,
      'FAIL long body paragraphs justified — 0/1',
    ]);
  });
});

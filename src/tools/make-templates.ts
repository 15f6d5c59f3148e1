// Builds a template .docx from its source (templates/src/*.tpl), the shared parts and the format profile.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import PizZip from 'pizzip';
import { mmToTwips, ptToHalfPoints, type Profile } from '../profile/profile.js';
import { SIZE_KEYS } from '../profile/schema.js';
import { createZipCaches, fixedZipDate, packZip } from '../render/docx/zip.js';
import { sourceToBody } from './template-source.js';

export const TEMPLATE_TITLES: Record<string, string> = {
  'bien-ban': 'Biên bản hội nghị',
  'giao-uoc': 'Bản giao ước thi đua',
  'ban-tin': 'Tin bài',
  'thong-bao-ket-luan': 'Thông báo kết luận',
};

/** The numbers a template takes from the profile, as the @@TOKENS@@ of the template sources. */
export function profileTokens(p: Profile): Record<string, string> {
  const tokens: Record<string, string> = {
    FONT: p.font.family,
    PROFILE_ID: p.id,
    PROFILE_NAME: p.name,
    PAGE_W: String(mmToTwips(p.page.width_mm.value)),
    PAGE_H: String(mmToTwips(p.page.height_mm.value)),
    MARGIN_TOP: String(mmToTwips(p.margins_mm.top.value)),
    MARGIN_BOTTOM: String(mmToTwips(p.margins_mm.bottom.value)),
    MARGIN_LEFT: String(mmToTwips(p.margins_mm.left.value)),
    MARGIN_RIGHT: String(mmToTwips(p.margins_mm.right.value)),
    INDENT: String(mmToTwips(p.body.first_line_indent_mm.value)),
    AFTER: String(Math.round(p.body.spacing_after_pt.value * 20)),
    LINE: String(Math.round(240 * p.body.line_spacing.value)),
    SIGN_SPACE: String(mmToTwips(p.signature_box_mm.height.value)),
  };
  for (const key of SIZE_KEYS) tokens[`SZ_${key.toUpperCase()}`] = String(ptToHalfPoints(p.sizes_pt[key].value));
  for (const [key, v] of Object.entries(p.news_pt)) tokens[`SZ_NEWS_${key.toUpperCase()}`] = String(ptToHalfPoints(v.value));
  return tokens;
}

const fill = (text: string, tokens: Record<string, string>) =>
  text.replace(/@@([A-Z_]+)@@/g, (_, name: string) => {
    const v = tokens[name];
    if (v === undefined) throw new Error(`unknown token @@${name}@@`);
    return v.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  });

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const SECT_PR =
  '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:pgSz w:w="@@PAGE_W@@" w:h="@@PAGE_H@@"/>' +
  '<w:pgMar w:top="@@MARGIN_TOP@@" w:right="@@MARGIN_RIGHT@@" w:bottom="@@MARGIN_BOTTOM@@" w:left="@@MARGIN_LEFT@@" w:header="567" w:footer="567" w:gutter="0"/>' +
  '<w:titlePg/></w:sectPr>';

/** One template: the shared parts plus its body, every token filled from the profile. */
export function buildTemplate(root: string, name: string, profile: Profile): Uint8Array {
  const tokens = { ...profileTokens(profile), TITLE: TEMPLATE_TITLES[name] ?? name };
  const p = profile.margins_mm;
  const textWidth = mmToTwips(profile.page.width_mm.value - p.left.value - p.right.value);
  const header = { outdent: mmToTwips(profile.header.outdent_mm.value), leftPercent: profile.header.left_percent.value };
  const body = sourceToBody(readFileSync(join(root, 'templates', 'src', `${name}.tpl`), 'utf8'), { textWidth, header });
  const zip = new PizZip();
  const partsDir = join(root, 'templates', 'src', 'parts');
  for (const file of files(partsDir)) zip.file(relative(partsDir, file).split('\\').join('/'), fill(readFileSync(file, 'utf8'), tokens));
  const document =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<w:body>${body}${fill(SECT_PR, tokens)}</w:body></w:document>`;
  zip.file('word/document.xml', document);
  return packZip(zip, fixedZipDate({}), createZipCaches());
}

// "Every file's warnings list what was not drawn": over the development corpus (corpus/dev), every element
// of the parts the reader lays out — the body, headers, footers, notes, and the styles the text uses — is
// either one the engine draws or reads, one that does not change what is drawn (both listed here), or
// reported by the reader's warnings for that file. An element in none of the three is dropped silently.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import { attr, child, elements, parseXml, textContent, val, type XElement } from '../../../src/engine/docx/xml.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'corpus', 'dev');

/** What the reader turns into the layout's input (text, properties it lays out, structure it follows). */
const DRAWN = new Set(
  [
    // structure
    'w:document w:body w:hdr w:ftr w:footnotes w:endnotes w:footnote w:endnote w:styles w:style w:docDefaults w:pPrDefault w:rPrDefault',
    'w:p w:r w:t w:tab w:br w:pPr w:rPr w:sectPr w:hyperlink w:smartTag w:sdt w:sdtContent w:fldChar w:instrText w:fldSimple',
    'w:softHyphen w:lastRenderedPageBreak w:separator w:continuationSeparator w:footnoteRef w:endnoteRef w:footnoteReference',
    'w:endnoteReference w:ins mc:AlternateContent mc:Choice mc:Fallback w:name w:basedOn',
    // paragraph
    'w:pStyle w:jc w:ind w:spacing w:keepNext w:keepLines w:pageBreakBefore w:widowControl w:contextualSpacing w:tabs w:numPr',
    'w:numId w:ilvl w:pBdr w:top w:bottom w:left w:right w:start w:shd w:framePr',
    // run
    'w:rStyle w:rFonts w:sz w:szCs w:color w:u w:vertAlign w:kern w:highlight w:position w:w w:b w:bCs w:i w:iCs w:caps',
    'w:smallCaps w:strike w:dstrike w:vanish',
    // section
    'w:pgSz w:pgMar w:headerReference w:footerReference w:titlePg w:type w:cols',
    // tables
    'w:tbl w:tblPr w:tblGrid w:gridCol w:tr w:trPr w:tc w:tcPr w:tblStyle w:tblBorders w:insideH w:insideV w:tblCellMar',
    'w:tblInd w:tblLook w:tblPrEx w:tblStylePr w:tblStyleColBandSize w:tblStyleRowBandSize w:tcBorders w:tcMar w:tcW',
    'w:gridSpan w:gridBefore w:gridAfter w:vMerge w:vAlign w:cantSplit w:trHeight w:tblHeader w:hidden',
    // numbering levels referenced from the text
    'w:abstractNum w:abstractNumId w:num w:lvl w:lvlText w:numFmt w:lvlJc w:start w:startOverride w:lvlOverride w:lvlRestart',
    'w:suff w:isLgl w:numStyleLink w:numbering',
    // drawings, shapes, text boxes
    'w:drawing wp:inline wp:anchor wp:extent wp:effectExtent wp:simplePos wp:positionH wp:positionV wp:posOffset wp:align',
    'wp:wrapNone wp:wrapSquare wp:wrapTopAndBottom wp:wrapTight wp:wrapThrough a:graphic a:graphicData pic:pic pic:blipFill',
    'pic:spPr a:blip a:xfrm a:off a:ext a:prstGeom a:avLst a:ln a:noFill a:solidFill a:srgbClr a:schemeClr a:shade a:lnRef',
    'a:fillRef a:prstDash wps:wsp wps:spPr wps:style wps:bodyPr wps:txbx w:txbxContent wpg:wgp',
    'w:pict v:shape v:shapetype v:rect v:line v:textbox v:imagedata v:stroke v:fill w10:wrap',
  ]
    .join(' ')
    .split(' '),
);

/** What does not change what is drawn: metadata, editing state, proofing, East Asian typography, Word's UI. */
const NO_EFFECT = new Set(
  [
    // editing and proofing marks, revision ids, language, bookmarks
    'w:proofErr w:bookmarkStart w:bookmarkEnd w:noProof w:lang w:rsid w:webHidden w:lid w:attr w:smartTagPr',
    // style gallery and definitions' bookkeeping
    'w:latentStyles w:lsdException w:qFormat w:semiHidden w:uiPriority w:unhideWhenUsed w:link w:next w:autoRedefine',
    'w:locked w:aliases w:styleLink w:outlineLvl w:tmpl w:nsid w:multiLevelType w:numIdMacAtCleanup w:cnfStyle',
    // East Asian line breaking and spacing (no effect on Latin or Vietnamese text), hyphenation (never done)
    'w:adjustRightInd w:autoSpaceDE w:autoSpaceDN w:snapToGrid w:overflowPunct w:wordWrap w:kinsoku w:docGrid',
    'w:suppressAutoHyphens w:suppressLineNumbers',
    // table widths: the grid Word saved (w:tblGrid) already holds the result; layout "fixed" is what is done
    'w:tblW w:wBefore w:wAfter w:tblLayout',
    // non-visual properties and locks of drawings; relative sizes (Word saves the absolute extent too)
    'wp:docPr wp:cNvGraphicFramePr a:graphicFrameLocks a:picLocks a:spLocks a:cxnSpLocks pic:nvPicPr pic:cNvPr pic:cNvPicPr',
    'wps:cNvSpPr wps:cNvCnPr wps:cNvPr o:lock a:hlinkClick a:extLst a14:useLocalDpi a14:hiddenFill',
    'wp14:sizeRelH wp14:sizeRelV wp14:pctWidth wp14:pctHeight a:noAutofit a:spAutoFit a:normAutofit',
    // a picture stretched over its frame is how every picture is drawn; outline corner joins
    'a:stretch a:fillRect a:miter a:round a:bevel',
    // a shape style's font and effect references: Word writes the text's colour in its runs
    'a:fontRef a:effectRef',
    // VML shape type formulas (the shape itself is read or reported)
    'v:formulas v:f v:path',
    // a 3-D scene seen from the front: its lights matter only to a bevel or extrusion (a:sp3d, reported)
    'a:camera a:lightRig a:rot',
    // endnotes kept for a later section: the engine puts every endnote after the last section anyway
    'w:noEndnote',
  ]
    .join(' ')
    .split(' '),
);

/** Containers whose whole content has no effect on the drawing (content controls' settings); NO_EFFECT's too. */
const QUIET = new Set(['w:sdtPr', 'w:sdtEndPr', 'w:latentStyles', 'wp:docPr', 'pic:nvPicPr']);

const off = (el: XElement) => ['0', 'false', 'off'].includes(val(el) ?? '');

/** Elements drawn or without effect only with some values (or where they stand); others must be reported. */
const WHEN: Record<string, (el: XElement, parents: XElement[]) => boolean> = {
  'a:srcRect': (el) => Object.values(el.attrs).every((v) => Number(v) === 0),
  'w:bidi': off,
  'a:scene3d': (el) => (attr(child(el, 'a:camera'), 'prst') ?? 'orthographicFront') === 'orthographicFront',
  'w:hideMark': (_el, parents) => textContent(parents[parents.length - 2]).trim() !== '',
  'w:cols': (el) => Number(attr(el, 'w:num') ?? 1) <= 1,
  'w:docGrid': (el) => (attr(el, 'w:type') ?? 'default') === 'default',
  'w:textAlignment': (el) => ['auto', 'baseline'].includes(val(el) ?? 'auto'),
  'a:headEnd': (el) => (attr(el, 'type') ?? 'none') === 'none',
  'a:tailEnd': (el) => (attr(el, 'type') ?? 'none') === 'none',
  'w:pgNumType': (el) => attr(el, 'w:start') === undefined && (attr(el, 'w:fmt') ?? 'decimal') === 'decimal',
  'w:tl2br': (el) => (val(el) ?? 'nil') === 'nil' || val(el) === 'none',
  'w:tr2bl': (el) => (val(el) ?? 'nil') === 'nil' || val(el) === 'none',
  'w14:ligatures': (el) => attr(el, 'w14:val') === 'none',
  'w:vanish': off,
  'w:noWrap': off,
};

const CONTENT = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

/** Style ids the content uses, with the styles they are based on, and the defaults. */
function usedStyles(styles: XElement | undefined, content: XElement[]): Set<string> {
  const used = new Set<string>();
  const walk = (el: XElement) => {
    if (['w:pStyle', 'w:rStyle', 'w:tblStyle'].includes(el.name) && val(el)) used.add(val(el) as string);
    elements(el).forEach(walk);
  };
  content.forEach(walk);
  const byId = new Map(
    elements(styles)
      .filter((s) => s.name === 'w:style')
      .map((s) => [attr(s, 'w:styleId') ?? '', s]),
  );
  for (const s of byId.values()) if (attr(s, 'w:default') === '1') used.add(attr(s, 'w:styleId') ?? '');
  for (const id of [...used]) {
    let based = val(child(byId.get(id), 'w:basedOn'));
    while (based && !used.has(based)) {
      used.add(based);
      based = val(child(byId.get(based), 'w:basedOn'));
    }
  }
  return used;
}

/** The element names of one file met neither drawn, nor without effect, nor reported. */
function silent(file: string): string[] {
  const bytes = readFileSync(join(CORPUS, file));
  const reported = new Set(readDocx(bytes).warnings.flatMap((w) => w.element.split(/[\s/]+/)));
  const zip = new PizZip(bytes);
  const part = (name: string) => {
    const f = zip.file(name);
    return f ? parseXml(f.asText()) : undefined;
  };
  const content = Object.keys(zip.files)
    .filter((n) => CONTENT.test(n))
    .map(part)
    .filter((x): x is XElement => x !== undefined);
  const styles = part('word/styles.xml');
  const used = usedStyles(styles, content);
  const roots = [
    ...content,
    ...elements(styles).filter((s) => s.name === 'w:docDefaults' || (s.name === 'w:style' && used.has(attr(s, 'w:styleId') ?? ''))),
  ];
  const out = new Set<string>();
  const walk = (el: XElement, parents: XElement[]) => {
    if (QUIET.has(el.name) || NO_EFFECT.has(el.name) || reported.has(el.name)) return;
    const when = WHEN[el.name];
    if (!(when ? when(el, parents) : DRAWN.has(el.name))) {
      out.add(el.name);
      return;
    }
    for (const c of elements(el)) walk(c, [...parents, el]);
  };
  for (const root of roots) walk(root, []);
  return [...out].sort();
}

describe('the development corpus: nothing dropped without a warning', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.docx'));

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)('%s', (file) => {
    expect(silent(file)).toEqual([]);
  });
});

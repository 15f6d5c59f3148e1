// Shapes: DrawingML wps:wsp and wpg:wgp, the VML fallback of w:pict, text boxes, anchors, wrapping, warnings.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import type { Inline, ShapeItem } from '../../../src/engine/ir.js';
import { docx, paragraphs, textOf } from './make.js';

const WPS =
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:o="urn:schemas-microsoft-com:office:office"';
const graphic = (inner: string) =>
  `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">${inner}</a:graphicData></a:graphic>`;
const anchorXml = (pos: string, wrap: string, inner: string, extent = '<wp:extent cx="2286000" cy="0"/>', attrs = 'behindDoc="0"') =>
  `<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" ${attrs} locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>${pos}${extent}<wp:effectExtent l="0" t="0" r="0" b="0"/>${wrap}<wp:docPr id="1" name="S"/>${graphic(inner)}</wp:anchor></w:drawing>`;
const line =
  '<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>';
const pos =
  '<wp:positionH relativeFrom="column"><wp:posOffset>508000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>254000</wp:posOffset></wp:positionV>';

/** The first paragraph's inlines of a body whose elements may use the wps/wpg/w10/o prefixes. */
function read(body: string, theme?: string) {
  const bytes = docx({
    body: `<w:p ${WPS}>${body}</w:p>`,
    ...(theme
      ? {
          files: { 'word/theme/theme1.xml': theme },
          rels: '<Relationship Id="rTh" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>',
        }
      : {}),
  });
  const ir = readDocx(bytes);
  return { inlines: paragraphs(ir.sections[0]?.blocks ?? [])[0]?.inlines ?? [], warnings: ir.warnings.map((w) => w.element) };
}
const shape = (i: Inline | undefined) => (i?.kind === 'shape' ? i : undefined);

describe('DrawingML shapes', () => {
  it('prefers the wps choice of mc:AlternateContent over its VML fallback: a line anchored to column and paragraph', () => {
    const alt = `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${anchorXml(pos, '<wp:wrapNone/>', line)}</mc:Choice><mc:Fallback><w:pict><v:line from="40pt,20pt" to="220pt,20pt"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const { inlines, warnings } = read(`<w:r><w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r>${alt}`);
    expect(textOf(inlines)).toBe('ĐẢNG CỘNG SẢN VIỆT NAM[image]');
    const s = shape(inlines[1]);
    expect(s).toMatchObject({
      width: 180,
      height: 0,
      anchor: { x: 40, y: 20, relativeX: 'column', relativeY: 'paragraph', wrap: 'none', behindText: false },
    });
    expect(s?.items).toEqual([
      {
        geometry: 'line',
        x: 0,
        y: 0,
        width: 180,
        height: 0,
        flipH: false,
        flipV: false,
        stroke: { width: 0.75, color: '000000', dash: 'solid' },
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads a text box: fill, outline, insets, vertical anchoring and its paragraphs; top-and-bottom wrapping with wp:align', () => {
    const wsp =
      '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3810000" cy="762000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>' +
      '<a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill><a:ln w="19050"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:prstDash val="sysDot"/></a:ln></wps:spPr>' +
      '<wps:txbx><w:txbxContent><w:p><w:r><w:t>BÁO CÁO</w:t></w:r></w:p><w:p><w:r><w:t>Năm 2025</w:t></w:r></w:p></w:txbxContent></wps:txbx>' +
      '<wps:bodyPr lIns="0" tIns="12700" rIns="0" bIns="12700" anchor="ctr"/></wps:wsp>';
    const aligned =
      '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>127000</wp:posOffset></wp:positionV>';
    const { inlines, warnings } = read(
      `<w:r>${anchorXml(aligned, '<wp:wrapTopAndBottom/>', wsp, '<wp:extent cx="3810000" cy="762000"/>')}</w:r>`,
    );
    const s = shape(inlines[0]);
    expect(s?.anchor).toMatchObject({
      alignX: 'center',
      relativeX: 'margin',
      y: 10,
      relativeY: 'page',
      wrap: 'topAndBottom',
      distance: { top: 0, bottom: 0, left: 9, right: 9 },
    });
    const item = s?.items[0] as ShapeItem;
    expect(item).toMatchObject({
      geometry: 'rect',
      width: 300,
      height: 60,
      fill: 'FFF2CC',
      stroke: { width: 1.5, color: 'C00000', dash: 'dot' },
    });
    expect(item.text?.insets).toEqual({ left: 0, top: 1, right: 0, bottom: 1 });
    expect(item.text?.vAlign).toBe('center');
    expect(item.text?.blocks.map((b) => (b.kind === 'paragraph' ? textOf(b.inlines) : 'table'))).toEqual(['BÁO CÁO', 'Năm 2025']);
    expect(warnings).toEqual([]);
  });

  it('takes colours from the theme (a:schemeClr with lumMod/lumOff) and the outline width from the style reference', () => {
    const theme =
      '<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:clrScheme name="c"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>' +
      '<a:accent1><a:srgbClr val="4472C4"/></a:accent1></a:clrScheme><a:fmtScheme name="f"><a:lnStyleLst><a:ln w="6350"/><a:ln w="12700"/><a:ln w="19050"/></a:lnStyleLst></a:fmtScheme></a:themeElements></a:theme>';
    const wsp =
      '<wps:wsp><wps:spPr><a:prstGeom prst="ellipse"/><a:solidFill><a:schemeClr val="accent1"><a:lumMod val="20000"/><a:lumOff val="80000"/></a:schemeClr></a:solidFill></wps:spPr>' +
      '<wps:style><a:lnRef idx="2"><a:schemeClr val="accent1"><a:shade val="50000"/></a:schemeClr></a:lnRef><a:fillRef idx="1"><a:schemeClr val="accent1"/></a:fillRef></wps:style><wps:bodyPr/></wps:wsp>';
    const { inlines } = read(
      `<w:r><w:drawing><wp:inline><wp:extent cx="127000" cy="127000"/>${graphic(wsp)}</wp:inline></w:drawing></w:r>`,
      theme,
    );
    const item = shape(inlines[0])?.items[0];
    // Word's "Blue, Accent 1, Lighter 80%" is DAE3F3; a 50% shade is half the colour and half black (ECMA-376 20.1.2.3.31): 223962.
    expect(item).toMatchObject({ geometry: 'ellipse', fill: 'DAE3F3', stroke: { width: 1, color: '223962' } });
    expect(shape(inlines[0])?.anchor).toBeUndefined();
  });

  it('flattens a group: members placed through the child offset and extent onto the drawing extent', () => {
    const member = (x: number, y: number, cx: number, cy: number, prst: string) =>
      `<wps:wsp><wps:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="${prst}"/><a:ln w="12700"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>`;
    // Child space 1000..3000 × 0..1000 drawn into 200 × 100 pt: x scale 0.1 pt per unit, y 0.1 pt per unit.
    const group = `<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2540000" cy="1270000"/><a:chOff x="1000" y="0"/><a:chExt cx="2000" cy="1000"/></a:xfrm></wpg:grpSpPr>${member(1000, 0, 1000, 500, 'rect')}${member(2000, 500, 1000, 0, 'line')}</wpg:wgp>`;
    const { inlines, warnings } = read(
      `<w:r><w:drawing><wp:inline><wp:extent cx="2540000" cy="1270000"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">${group}</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`,
    );
    const items = shape(inlines[0])?.items ?? [];
    expect(items.map((i) => [i.geometry, i.x, i.y, i.width, i.height])).toEqual([
      ['rect', 0, 0, 100, 50],
      ['line', 100, 50, 100, 0],
    ]);
    expect(warnings).toEqual([]);
  });

  it('reports what it does not draw by element name: charts, custom and unknown geometry, rotation, vertical text, gradients', () => {
    const chart =
      '<w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><a:graphic><a:graphicData uri="c"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
    const wsp = (spPr: string, bodyPr = '<wps:bodyPr/>') =>
      `<w:r><w:drawing><wp:inline><wp:extent cx="12700" cy="12700"/>${graphic(`<wps:wsp><wps:spPr>${spPr}</wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>x</w:t></w:r></w:p></w:txbxContent></wps:txbx>${bodyPr}</wps:wsp>`)}</wp:inline></w:drawing></w:r>`;
    const { inlines, warnings } = read(
      chart +
        wsp('<a:custGeom/>') +
        wsp('<a:prstGeom prst="cloud"/>') +
        wsp('<a:xfrm rot="5400000"/><a:prstGeom prst="rect"/>', '<wps:bodyPr vert="vert270"/>') +
        wsp('<a:prstGeom prst="rect"/><a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="00FF00"/></a:gs></a:gsLst></a:gradFill>'),
    );
    expect(warnings).toEqual(['c:chart', 'a:custGeom', 'a:prstGeom cloud', 'a:xfrm rot', 'wps:bodyPr vert="vert270"', 'a:gradFill']);
    // The text of shapes whose outline is not drawn is kept.
    expect(inlines.map((i) => shape(i)?.items[0]?.text?.blocks.length)).toEqual([1, 1, 1, 1]);
    expect(shape(inlines[1])?.items[0]).not.toHaveProperty('stroke');
    expect(shape(inlines[3])?.items[0]?.fill).toBe('00FF00');
  });
});

describe('VML shapes (w:pict)', () => {
  it('reads v:line from/to as an anchored line; w10:wrap and a negative z-index', () => {
    const { inlines, warnings } = read(
      '<w:r><w:pict><v:line style="position:absolute;z-index:-1;mso-position-horizontal-relative:page;mso-position-vertical-relative:margin" from="220pt,30pt" to="100pt,40pt" strokecolor="#1F3864" strokeweight="1.5pt"><w10:wrap type="topAndBottom"/></v:line></w:pict></w:r>',
    );
    expect(shape(inlines[0])).toMatchObject({
      width: 120,
      height: 10,
      anchor: { x: 100, y: 30, relativeX: 'page', relativeY: 'margin', behindText: true, wrap: 'topAndBottom' },
    });
    expect(shape(inlines[0])?.items[0]).toMatchObject({
      geometry: 'line',
      flipH: true,
      stroke: { width: 1.5, color: '1F3864', dash: 'solid' },
    });
    expect(warnings).toEqual([]);
  });

  it('reads a text box shape (type 202) with its style box, inset and content; a rounded rectangle with arcsize; inline when not positioned', () => {
    const tb =
      '<v:shape type="#_x0000_t202" style="position:absolute;margin-left:100pt;margin-top:10pt;width:250pt;height:50pt;z-index:2;mso-position-horizontal:center" filled="f" strokeweight="2pt">' +
      '<v:stroke dashstyle="dash"/><v:textbox inset="0,1pt,0,1pt" style="v-text-anchor:bottom"><w:txbxContent><w:p><w:r><w:t>TIÊU ĐỀ</w:t></w:r></w:p></w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape>';
    const rr = '<v:roundrect style="width:120pt;height:40pt" arcsize="10923f" fillcolor="#e2efd9" strokecolor="green"/>';
    const { inlines, warnings } = read(`<w:r><w:pict>${tb}</w:pict></w:r><w:r><w:pict>${rr}</w:pict></w:r>`);
    const box = shape(inlines[0]);
    expect(box?.anchor).toMatchObject({
      x: 100,
      y: 10,
      alignX: 'center',
      relativeX: 'column',
      relativeY: 'paragraph',
      wrap: 'square',
      behindText: false,
    });
    expect(box?.items[0]).toMatchObject({
      geometry: 'rect',
      width: 250,
      height: 50,
      stroke: { width: 2, color: '000000', dash: 'dash' },
      text: { insets: { left: 0, top: 1, right: 0, bottom: 1 }, vAlign: 'bottom' },
    });
    expect(box?.items[0]).not.toHaveProperty('fill');
    const round = shape(inlines[1]);
    expect(round?.anchor).toBeUndefined();
    expect(round?.items[0]).toMatchObject({
      geometry: 'roundRect',
      width: 120,
      height: 40,
      fill: 'E2EFD9',
      stroke: { color: '008000', width: 0.75 },
    });
    expect(round?.items[0]?.radius).toBeCloseTo(((10923 / 65536) * 40) / 2, 6);
    expect(warnings).toEqual([]);
  });

  it('reports VML it does not draw: groups, custom paths, horizontal rules, washed-out watermark pictures', () => {
    const watermark =
      '<v:shape type="#_x0000_t75" style="position:absolute;width:400pt;height:300pt;z-index:-1"><v:imagedata r:id="rW" gain="19661f" blacklevel="22938f"/></v:shape>';
    const { inlines, warnings } = read(
      `<w:r><w:pict><v:group/><v:shape path="m0,0l10,10e" style="width:10pt;height:10pt"/><v:rect o:hr="t" style="width:0;height:1.5pt"/>${watermark}</w:pict></w:r>`,
    );
    expect(warnings).toEqual(['v:group', 'v:shape m0,0l10,10e', 'v:rect o:hr', 'v:imagedata gain/blacklevel']);
    expect(inlines).toEqual([{ kind: 'shape', items: [], width: 10, height: 10, style: expect.anything() }]);
  });
});

// How Word writes the things users add when they restyle our templates: drawn lines, text boxes, a table
// style. The XML follows what Word 2016 saves (DrawingML in mc:AlternateContent with its VML fallback), so
// the restyled corpus tests the engine on the markup it will meet, not on a simplified form of it.

/** The root element of a document saved by Word 2016, with every namespace its drawings use. */
export const WORD_DOCUMENT_ROOT =
  '<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 wp14">';

const EMU_PER_PT = 12700;
const pt = (emu: number) => `${Number((emu / EMU_PER_PT).toFixed(2))}pt`;

/** Where an anchored shape sits: centred on the margin or column, at a vertical offset below its paragraph's top. */
export interface Placement {
  /** Shape number in the document (docPr id, VML spid), unique per document. */
  id: number;
  relativeH: 'margin' | 'column';
  /** EMU below the top of the anchoring paragraph. */
  offsetV: number;
}

function anchorOpen(p: Placement, cx: number, cy: number, wrap: string, effect: string): string {
  return (
    `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="${251658240 + p.id * 1024}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    '<wp:simplePos x="0" y="0"/>' +
    `<wp:positionH relativeFrom="${p.relativeH}"><wp:align>center</wp:align></wp:positionH>` +
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>${p.offsetV}</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent ${effect}/>${wrap}`
  );
}

const vmlPosition = (p: Placement) =>
  `z-index:${251658240 + p.id * 1024};visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:9pt;mso-wrap-distance-top:0;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:0;mso-position-horizontal:center;mso-position-horizontal-relative:${p.relativeH === 'margin' ? 'margin' : 'text'};mso-position-vertical:absolute;mso-position-vertical-relative:text`;

/** A horizontal line ("Straight Connector") of `width` EMU, 0.5 pt black, as Word's Insert › Shapes › Line saves it. */
export function lineRun(p: Placement, width: number): string {
  const name = `Straight Connector ${p.id}`;
  return (
    '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>' +
    anchorOpen(p, width, 0, '<wp:wrapNone/>', 'l="0" t="0" r="19050" b="19050"') +
    `<wp:docPr id="${p.id}" name="${name}"/><wp:cNvGraphicFramePr/>` +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
    `<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${width}" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom>` +
    '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>' +
    '<wps:style><a:lnRef idx="1"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="0"><a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="0"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="tx1"/></a:fontRef></wps:style>' +
    '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>' +
    `<mc:Fallback><w:pict><v:line id="${name}" o:spid="_x0000_s${1025 + p.id}" style="position:absolute;${vmlPosition(p)}" from="0,${pt(p.offsetV)}" to="${pt(width)},${pt(p.offsetV)}" strokeweight=".5pt"><v:stroke joinstyle="miter"/></v:line></w:pict></mc:Fallback>` +
    '</mc:AlternateContent></w:r>'
  );
}

/** A text box of `cx`×`cy` EMU holding `paragraphs`, thin black outline, text wrapped above and below (Insert › Text Box). */
export function textBoxRun(p: Placement, cx: number, cy: number, paragraphs: string): string {
  const name = `Text Box ${p.id}`;
  const content = `<w:txbxContent>${paragraphs}</w:txbxContent>`;
  return (
    '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>' +
    anchorOpen(p, cx, cy, '<wp:wrapTopAndBottom/>', 'l="0" t="0" r="19050" b="19050"') +
    `<wp:docPr id="${p.id}" name="${name}"/><wp:cNvGraphicFramePr/>` +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
    `<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>` +
    '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>' +
    `<wps:txbx>${content}</wps:txbx>` +
    '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>' +
    '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>' +
    '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `<v:shape id="${name}" o:spid="_x0000_s${1025 + p.id}" type="#_x0000_t202" style="position:absolute;left:0;text-align:left;margin-left:0;margin-top:${pt(p.offsetV)};width:${pt(cx)};height:${pt(cy)};${vmlPosition(p)};v-text-anchor:top" fillcolor="white" strokeweight=".5pt">` +
    `<v:textbox>${content}</v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict></mc:Fallback>` +
    '</mc:AlternateContent></w:r>'
  );
}

/** Word's "Normal Table", which every document Word saves has, and which a table style is based on. */
export const TABLE_NORMAL =
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>';

const border = (side: string, color: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${color}"/>`;

/** Word's built-in "Grid Table 4 – Accent 1" as Word writes it into styles.xml when a user picks it. */
export const GRID_TABLE_4 =
  '<w:style w:type="table" w:styleId="GridTable4-Accent1"><w:name w:val="Grid Table 4 Accent 1"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="49"/><w:rsid w:val="00A1B2C3"/>' +
  '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
  `<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => border(s, '8EAADB')).join('')}</w:tblBorders></w:tblPr>` +
  `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF" w:themeColor="background1"/></w:rPr><w:tblPr/><w:tcPr><w:tcBorders>${['top', 'left', 'bottom', 'right'].map((s) => border(s, '4472C4')).join('')}<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="4472C4" w:themeFill="accent1"/></w:tcPr></w:tblStylePr>` +
  `<w:tblStylePr w:type="lastRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/><w:tcPr><w:tcBorders><w:top w:val="double" w:sz="4" w:space="0" w:color="4472C4"/></w:tcBorders></w:tcPr></w:tblStylePr>` +
  '<w:tblStylePr w:type="firstCol"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr>' +
  '<w:tblStylePr w:type="lastCol"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr>' +
  '<w:tblStylePr w:type="band1Vert"><w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3" w:themeFill="accent1" w:themeFillTint="33"/></w:tcPr></w:tblStylePr>' +
  '<w:tblStylePr w:type="band1Horz"><w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3" w:themeFill="accent1" w:themeFillTint="33"/></w:tcPr></w:tblStylePr>' +
  '</w:style>';

/** tblLook of a table a user has just given a style in Word: header row and first column on, banded rows. */
export const TABLE_LOOK =
  '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>';

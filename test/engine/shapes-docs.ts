// Test support: small .docx files with shapes written as Word writes them (theme, settings, mc:AlternateContent
// with a VML fallback), measured against LibreOffice in test/engine/layout/shapes.test.ts.
import PizZip from 'pizzip';

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" mc:Ignorable="wp14"';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const settings = `<w:settings ${NS}><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
const styles = `<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;
/** `header`: the inner XML of a default header (its relationships: the picture as rImg). */
function pack(body: string, media?: Uint8Array, header?: string): Uint8Array {
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  let rels = `<Relationship Id="rSt" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rSet" Type="${REL}/settings" Target="settings.xml"/>`;
  if (media) {
    rels += `<Relationship Id="rImg" Type="${REL}/image" Target="media/a.png"/>`;
    zip.file('word/media/a.png', media);
  }
  zip.file('word/styles.xml', DECL + styles);
  rels += `<Relationship Id="rTh" Type="${REL}/theme" Target="theme/theme1.xml"/>`;
  const clr = (n: string, v: string) => `<a:${n}><a:srgbClr val="${v}"/></a:${n}>`;
  zip.file(
    'word/theme/theme1.xml',
    `${DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>${clr('dk2', '44546A')}${clr('lt2', 'E7E6E6')}${clr('accent1', '4472C4')}${clr('accent2', 'ED7D31')}${clr('accent3', 'A5A5A5')}${clr('accent4', 'FFC000')}${clr('accent5', '5B9BD5')}${clr('accent6', '70AD47')}${clr('hlink', '0563C1')}${clr('folHlink', '954F72')}</a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`,
  );
  zip.file('word/settings.xml', DECL + settings);
  let sect = '';
  if (header !== undefined) {
    rels += `<Relationship Id="rHdr" Type="${REL}/header" Target="header1.xml"/>`;
    zip.file('word/header1.xml', `${DECL}<w:hdr ${NS}>${header}</w:hdr>`);
    zip.file(
      'word/_rels/header1.xml.rels',
      `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rImg" Type="${REL}/image" Target="media/a.png"/></Relationships>`,
    );
    sect = '<w:headerReference w:type="default" r:id="rHdr"/>';
  }
  zip.file(
    'word/_rels/document.xml.rels',
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  );
  zip.file(
    'word/document.xml',
    `${DECL}<w:document ${NS}><w:body>${body}<w:sectPr>${sect}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  );
  return zip.generate({ type: 'uint8array' });
}
const p = (text: string, pPr = '', rPr = '') =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const E = 12700;
interface At {
  id: number;
  x?: number;
  y?: number;
  relH?: string;
  relV?: string;
  cx: number;
  cy: number;
  wrap?: string;
  behind?: number;
  alignH?: string;
  alignV?: string;
  eff?: number;
  w?: number;
  prst?: string;
  anchor?: string;
}
const anchorOpen = ({
  x = 0,
  y = 0,
  relH = 'column',
  relV = 'paragraph',
  cx,
  cy,
  wrap = '<wp:wrapNone/>',
  behind = 0,
  id = 1,
  alignH,
  alignV,
  eff = 0,
}: At) =>
  `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="${251659264 + id}" behindDoc="${behind}" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>` +
  `<wp:positionH relativeFrom="${relH}">${alignH ? `<wp:align>${alignH}</wp:align>` : `<wp:posOffset>${Math.round(x * E)}</wp:posOffset>`}</wp:positionH><wp:positionV relativeFrom="${relV}">${alignV ? `<wp:align>${alignV}</wp:align>` : `<wp:posOffset>${Math.round(y * E)}</wp:posOffset>`}</wp:positionV>` +
  `<wp:extent cx="${Math.round(cx * E)}" cy="${Math.round(cy * E)}"/><wp:effectExtent l="${eff}" t="${eff}" r="${eff}" b="${eff}"/>${wrap}<wp:docPr id="${id}" name="Shape ${id}"/><wp:cNvGraphicFramePr/>`;
const wpsStyle =
  '<wps:style><a:lnRef idx="1"><a:schemeClr val="dk1"/></a:lnRef><a:fillRef idx="0"><a:schemeClr val="dk1"/></a:fillRef><a:effectRef idx="0"><a:schemeClr val="dk1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="tx1"/></a:fontRef></wps:style>';
const lineShape = (o: At & { x: number; y: number }) =>
  `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${anchorOpen(o)}<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${Math.round(o.cx * E)}" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="${o.w ?? 6350}"/></wps:spPr>${wpsStyle}<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:line id="Line${o.id}" style="position:absolute;z-index:${o.id}" from="${o.x}pt,${o.y}pt" to="${o.x + o.cx}pt,${o.y}pt" strokeweight=".5pt"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
const cell = (w: number, inner: string) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
const C = '<w:jc w:val="center"/>';

// 1. National header table with line shapes under the party name and the motto.
const header =
  `<w:tbl><w:tblPr><w:tblW w:w="9356" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="4253"/><w:gridCol w:w="5103"/></w:tblGrid><w:tr>` +
  cell(
    4253,
    p('ĐẢNG BỘ TỈNH LONG AN', `${C}`) +
      `<w:p><w:pPr>${C}</w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>ĐẢNG ỦY XÃ AN THẠNH</w:t></w:r>${lineShape({ id: 1, x: 60, y: 18, cx: 80, cy: 0 })}</w:p>` +
      p('*', C),
  ) +
  cell(
    5103,
    `<w:p><w:pPr>${C}</w:pPr><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r>${lineShape({ id: 2, x: 40, y: 19, cx: 160, cy: 0, w: 9525 })}</w:p>` +
      p('', C) +
      p('An Thạnh, ngày 15 tháng 3 năm 2025', C, '<w:i/>'),
  ) +
  `</w:tr></w:tbl>`;
const body1 =
  header +
  p('') +
  p('BIÊN BẢN', C, '<w:b/><w:sz w:val="28"/>') +
  p('Hội nghị sơ kết công tác thi đua năm 2025', C, '<w:b/>') +
  p(
    'Hôm nay, vào lúc 8 giờ 00 phút, tại hội trường Đảng ủy xã, đã diễn ra hội nghị sơ kết công tác thi đua của các chi bộ trực thuộc.',
    '<w:jc w:val="both"/><w:ind w:firstLine="567"/>',
  );
export const headerLineDocx = () => pack(body1);

// 2. A title in a text box (anchored, top-and-bottom), a filled rectangle behind text, an ellipse.
const txbx = (o: At, inner: string, sp: string) =>
  `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${anchorOpen(o)}<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${Math.round(o.cx * E)}" cy="${Math.round(o.cy * E)}"/></a:xfrm><a:prstGeom prst="${o.prst ?? 'rect'}"><a:avLst/></a:prstGeom>${sp}</wps:spPr>${inner ? `<wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx>` : ''}<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="${o.anchor ?? 't'}" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r>`;
const body2 =
  `<w:p>${txbx({ id: 3, relH: 'margin', alignH: 'center', relV: 'paragraph', y: 0, cx: 300, cy: 60, wrap: '<wp:wrapTopAndBottom/>', anchor: 'ctr', eff: 9525 }, p('BÁO CÁO TỔNG KẾT', C, '<w:b/><w:sz w:val="32"/>') + p('Năm 2025', C, '<w:i/>'), '<a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill><a:ln w="19050"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln>')}<w:r><w:t>Đoạn mở đầu đứng sau hộp chữ.</w:t></w:r></w:p>` +
  p('Nội dung thứ hai của văn bản nằm dưới tiêu đề trong hộp chữ, ở dòng bình thường.') +
  `<w:p>${txbx({ id: 4, relH: 'page', x: 400, relV: 'page', y: 400, cx: 120, cy: 80, behind: 1, prst: 'ellipse' }, '', '<a:solidFill><a:srgbClr val="DDEBF7"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="2F5597"/></a:solidFill><a:prstDash val="dash"/></a:ln>')}<w:r><w:t>Đoạn có hình elip phía sau chữ.</w:t></w:r></w:p>` +
  p('Dòng cuối.');
export const textboxTitleDocx = () => pack(body2);

// 3. A square-wrapped picture at the left of a long paragraph.
const pic = (o: At) =>
  `<w:r><w:drawing>${anchorOpen(o)}<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="a.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rImg"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${Math.round(o.cx * E)}" cy="${Math.round(o.cy * E)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
const long =
  'Trong năm qua, các chi bộ trực thuộc đã tập trung lãnh đạo thực hiện thắng lợi các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh; công tác xây dựng Đảng, xây dựng hệ thống chính trị được quan tâm thường xuyên, chất lượng sinh hoạt chi bộ từng bước được nâng lên. ';
const body3 =
  p('Đoạn đầu trước ảnh.', '<w:jc w:val="both"/>') +
  `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${pic({ id: 5, x: 0, y: 0, cx: 120, cy: 90, wrap: '<wp:wrapSquare wrapText="bothSides"/>' })}<w:r><w:t xml:space="preserve">${long.repeat(3)}</w:t></w:r></w:p>` +
  p(long.repeat(2), '<w:jc w:val="both"/>');
/** `png`: a 40×30 picture (any PNG: it is stretched to its frame). */
export const squarePictureDocx = (png: Uint8Array) => pack(body3, png);

// 4. A legacy document: VML only.
const body4 =
  `<w:p><w:pPr>${C}</w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p><w:p><w:pPr>${C}</w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Độc lập - Tự do - Hạnh phúc</w:t></w:r><w:r><w:pict><v:line id="_x0000_s1026" style="position:absolute;left:0;text-align:left;z-index:251658240" from="150pt,17pt" to="320pt,17pt" strokeweight="1pt"/></w:pict></w:r></w:p>` +
  p('') +
  `<w:p><w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1027" type="#_x0000_t202" style="position:absolute;margin-left:100pt;margin-top:10pt;width:250pt;height:50pt;z-index:251659264" strokecolor="#1f3864" strokeweight="1.5pt"><v:textbox inset="7.2pt,3.6pt,7.2pt,3.6pt"><w:txbxContent>${p('TIÊU ĐỀ TRONG HỘP VML', C, '<w:b/>')}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r><w:r><w:t>Đoạn neo hộp chữ VML.</w:t></w:r></w:p>` +
  p('Đoạn sau hộp chữ.') +
  `<w:p><w:r><w:pict><v:roundrect id="_x0000_s1028" style="position:absolute;margin-left:0;margin-top:20pt;width:120pt;height:40pt;z-index:251660288" arcsize="10923f" fillcolor="#e2efd9" strokecolor="green"/></w:pict></w:r><w:r><w:t>Đoạn có hình chữ nhật bo góc.</w:t></w:r></w:p>`;
export const vmlLegacyDocx = () => pack(body4);

// 5. A logo in the header, square-wrapped, reaching into the body: the body's first lines go beside it.
const body5 = p(long.repeat(2), '<w:jc w:val="both"/>');
const header5 = `<w:p>${pic({ id: 6, relH: 'margin', x: 0, relV: 'page', y: 40, cx: 100, cy: 100, wrap: '<wp:wrapSquare wrapText="bothSides"/>' })}<w:r><w:t>Công ty Luật</w:t></w:r></w:p>`;
export const headerLogoDocx = (png: Uint8Array) => pack(body5, png, header5);

// WordprocessingML picture markup (<w:drawing> inline or anchored behind text) built as an XML string.

const NS_WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Base of wp:anchor relativeHeight (the z-order Word itself uses for shapes behind text). */
const RELATIVE_HEIGHT_BASE = 251_658_240;

export interface DrawingSpec {
  /** Relationship id of the image in the part's relationships. */
  relId: string;
  /** Unique drawing id in the document (wp:docPr id). */
  docPrId: number;
  /** Name of the media file, for pic:cNvPr. */
  fileName: string;
  cx: number;
  cy: number;
  description: string;
  behind?: { offsetXEmu: number; offsetYEmu: number } | undefined;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for an XML attribute value: markup characters become entities, tab/newline become
 * character references (so they survive attribute normalisation), characters XML 1.0 forbids are dropped.
 */
export function escapeXml(text: string): string {
  return text
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    )
    .replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c] ?? `&#${c.charCodeAt(0)};`);
}

function int(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`drawing: ${n} is not an integer`);
  return String(n);
}

function graphic(s: DrawingSpec): string {
  const size = `cx="${int(s.cx)}" cy="${int(s.cy)}"`;
  return (
    `<wp:docPr id="${int(s.docPrId)}" name="vk-image-${int(s.docPrId)}" descr="${escapeXml(s.description)}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${NS_A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${NS_A}"><a:graphicData uri="${NS_PIC}"><pic:pic xmlns:pic="${NS_PIC}">` +
    `<pic:nvPicPr><pic:cNvPr id="${int(s.docPrId)}" name="${escapeXml(s.fileName)}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip xmlns:r="${NS_R}" r:embed="${escapeXml(s.relId)}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext ${size}/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic>`
  );
}

/** The <w:drawing> element for one picture; it belongs inside a <w:r>. */
export function drawingXml(s: DrawingSpec): string {
  const extent = `<wp:extent cx="${int(s.cx)}" cy="${int(s.cy)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>`;
  const dist = 'distT="0" distB="0" distL="0" distR="0"';
  if (!s.behind) {
    return `<w:drawing><wp:inline xmlns:wp="${NS_WP}" ${dist}>${extent}${graphic(s)}</wp:inline></w:drawing>`;
  }
  const z = int(RELATIVE_HEIGHT_BASE + s.docPrId);
  return (
    `<w:drawing><wp:anchor xmlns:wp="${NS_WP}" ${dist} simplePos="0" relativeHeight="${z}" behindDoc="1" ` +
    `locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>` +
    `<wp:positionH relativeFrom="column"><wp:posOffset>${int(s.behind.offsetXEmu)}</wp:posOffset></wp:positionH>` +
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>${int(s.behind.offsetYEmu)}</wp:posOffset></wp:positionV>` +
    `${extent}<wp:wrapNone/>${graphic(s)}</wp:anchor></w:drawing>`
  );
}

// Drawings: inline and anchored pictures, bytes through the part's relationships, hashes, positions, warnings.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drawingXml } from '../../../src/render/docx/drawing.js';
import { readDocx } from '../../../src/engine/docx/index.js';
import { makeGif, makeJpeg, makePng } from '../../images/make-images.js';
import { decodeBytes } from '../../../src/engine/images/decode.js';
import { docx, headerXml, paragraphs, rel, relsXml } from './make.js';
import { wordedElements } from '../../support/worded.js';

const png = makePng({ width: 4, height: 2, fill: 0x33 });
const jpeg = makeJpeg({ width: 3, height: 3 });
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const inRun = (drawing: string) => `<w:p><w:r>${drawing}</w:r></w:p>`;
const spec = { docPrId: 1, fileName: 'a.png', description: 'Chữ ký' };

describe('drawings', () => {
  it('reads an inline picture: extent in points, bytes, format and content hash', () => {
    const body = inRun(drawingXml({ ...spec, relId: 'rImg', cx: 1371600, cy: 365760 }));
    const ir = readDocx(docx({ body, rels: rel('rImg', 'image', 'media/a.png'), files: { 'word/media/a.png': png } }));
    const img = paragraphs(ir.sections[0]?.blocks ?? [])[0]?.inlines[0];
    expect(img).toMatchObject({ kind: 'image', width: 108, height: 28.8, image: { format: 'png', id: sha(png) } });
    expect(img).not.toHaveProperty('anchor');
    expect(img?.kind === 'image' && Buffer.from(img.image.bytes).equals(Buffer.from(png))).toBe(true);
    expect(ir.warnings).toEqual([]);
  });

  it('reads an anchored seal behind text with its offsets and reference frames; one ImageData per media file', () => {
    const seal = drawingXml({ ...spec, relId: 'rImg', cx: 1270000, cy: 1270000, behind: { offsetXEmu: -360000, offsetYEmu: 127000 } });
    const sig = drawingXml({ ...spec, docPrId: 2, relId: 'rImg', cx: 635000, cy: 635000 });
    const ir = readDocx(
      docx({ body: inRun(seal) + inRun(sig), rels: rel('rImg', 'image', 'media/a.png'), files: { 'word/media/a.png': png } }),
    );
    const [a, b] = paragraphs(ir.sections[0]?.blocks ?? []).map((x) => x.inlines[0]);
    expect(a).toMatchObject({
      kind: 'image',
      width: 100,
      height: 100,
      anchor: { behindText: true, x: -360000 / 12700, y: 10, relativeX: 'column', relativeY: 'paragraph' },
    });
    expect(a?.kind === 'image' && b?.kind === 'image' && a.image === b.image).toBe(true);
    expect(ir.warnings).toEqual([]);
  });

  it('reads JPEG pictures in a header through the header part relationships', () => {
    const header = headerXml(inRun(drawingXml({ ...spec, relId: 'rH', cx: 127000, cy: 254000 })));
    const ir = readDocx(
      docx({
        body: '<w:p/>',
        sectPr: '<w:sectPr><w:headerReference w:type="default" r:id="rHdr"/></w:sectPr>',
        rels: rel('rHdr', 'header', 'header1.xml'),
        files: {
          'word/header1.xml': header,
          'word/_rels/header1.xml.rels': relsXml(rel('rH', 'image', 'media/logo.jpg')),
          'word/media/logo.jpg': jpeg,
        },
      }),
    );
    const img = paragraphs(ir.sections[0]?.headers.default ?? [])[0]?.inlines[0];
    expect(img).toMatchObject({ kind: 'image', width: 10, height: 20, image: { format: 'jpeg', id: sha(jpeg) } });
  });

  it('reads aligned anchors and square wrapping; warns for unsupported formats and missing media', () => {
    const anchored = drawingXml({ ...spec, relId: 'rImg', cx: 12700, cy: 12700, behind: { offsetXEmu: 0, offsetYEmu: 0 } })
      .replace('<wp:posOffset>0</wp:posOffset></wp:positionH>', '<wp:align>center</wp:align></wp:positionH>')
      .replace('relativeFrom="column"', 'relativeFrom="page"')
      .replace('<wp:wrapNone/>', '<wp:wrapSquare wrapText="bothSides"/>');
    const gif = drawingXml({ ...spec, relId: 'rGif', cx: 12700, cy: 12700 });
    const missing = drawingXml({ ...spec, relId: 'rNone', cx: 12700, cy: 12700 });
    const shape =
      '<w:drawing><wp:inline><wp:extent cx="1" cy="1"/><a:graphic><a:graphicData uri="x"><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"/></a:graphicData></a:graphic></wp:inline></w:drawing>';
    const ir = readDocx(
      docx({
        body: inRun(anchored) + inRun(gif) + inRun(missing) + inRun(shape),
        rels: rel('rImg', 'image', 'media/a.png') + rel('rGif', 'image', 'media/b.bmp'),
        files: { 'word/media/a.png': png, 'word/media/b.bmp': new TextEncoder().encode('BM......') },
      }),
    );
    const [a, b, c, d] = paragraphs(ir.sections[0]?.blocks ?? []);
    expect(a?.inlines[0]).toMatchObject({ anchor: { x: 0, alignX: 'center', relativeX: 'page', behindText: true, wrap: 'square' } });
    expect([b, c].map((x) => x?.inlines.length)).toEqual([0, 0]);
    // An empty shape: nothing to draw, nothing lost.
    expect(d?.inlines).toMatchObject([{ kind: 'shape', items: [{ geometry: 'rect' }] }]);
    expect(d?.inlines[0]?.kind === 'shape' && d.inlines[0].items[0]).not.toHaveProperty('stroke');
    expect(wordedElements(ir.warnings)).toEqual(['ảnh định dạng bmp', 'a:blip (thiếu quan hệ)']);
    expect(ir.warnings[0]).toEqual({ element: 'bmp', reason: 'image-format', where: { part: 'word/document.xml', paragraph: 2 } });
  });

  it("embeds a GIF's first frame as a PNG of the same pixels; a damaged GIF is reported", () => {
    const gif = makeGif({
      width: 3,
      height: 2,
      palette: [
        [255, 0, 0],
        [0, 0, 255],
      ],
      indexes: [0, 1, 0, 1, 0, 1],
      transparent: 1,
      frames: 2,
    });
    const body = inRun(drawingXml({ ...spec, relId: 'rImg', cx: 381000, cy: 254000 }));
    const ir = readDocx(docx({ body, rels: rel('rImg', 'image', 'media/a.gif'), files: { 'word/media/a.gif': gif } }));
    const img = paragraphs(ir.sections[0]?.blocks ?? [])[0]?.inlines[0];
    expect(ir.warnings).toEqual([]);
    expect(img).toMatchObject({ kind: 'image', width: 30, height: 20, image: { format: 'png', id: sha(gif) } });
    const pixels = img?.kind === 'image' ? decodeBytes(img.image.bytes) : undefined;
    expect(pixels && !('problem' in pixels) ? [pixels.width, pixels.height, Array.from(pixels.rgba.subarray(0, 8))] : pixels).toEqual([
      3,
      2,
      [255, 0, 0, 255, 0, 0, 0, 0],
    ]);
    const broken = readDocx(docx({ body, rels: rel('rImg', 'image', 'media/a.gif'), files: { 'word/media/a.gif': gif.subarray(0, 12) } }));
    expect(broken.warnings.map((w) => [w.element, w.reason])).toEqual([['gif', 'image-corrupt']]);
    expect(wordedElements(broken.warnings)).toEqual(['gif (tệp ảnh hỏng)']);
  });
});

// The image module: pictures in runs, media/relationships/content types, determinism, errors.
import { createHash } from 'node:crypto';
import Docxtemplater from 'docxtemplater';
import { describe, expect, it } from 'vitest';
import { ImageModule, type DocxImage } from '../../../src/render/docx/image-module.js';
import { makeJpeg, makePng } from '../../images/make-images.js';
import { makeDocx, para, R, relationships, renderDocx, text } from './make-docx.js';
import { xmlProblems } from './xml-check.js';

const hash16 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex').slice(0, 16);
const IMAGE_REL = `${R}/image`;

const sigA: DocxImage = {
  bytes: makePng({ width: 40, height: 20, fill: 0x55 }),
  format: 'png',
  cx: 1_200_000,
  cy: 600_000,
  description: 'Chữ ký "Bí thư" & <Phó>',
};
const sigB: DocxImage = {
  bytes: makeJpeg({ width: 30, height: 30, jfif: { units: 1, x: 300, y: 300 } }),
  format: 'jpeg',
  cx: 900_000,
  cy: 900_000,
  description: 'Chữ ký',
};
const seal: DocxImage = { ...sigA, description: 'Dấu', behind: { offsetXEmu: -360_000, offsetYEmu: 120_000 } };
const [hA, hB] = [hash16(sigA.bytes), hash16(sigB.bytes)];

/** The template: text around a tag, a paragraph loop, an inline loop, an anchored seal, a missing value, a header. */
function template() {
  return makeDocx({
    body:
      para('Ký: {%signature} xong', '<w:rPr><w:b/></w:rPr>') +
      para('{#rows}') +
      para('{name}: {%sig}') +
      para('{/rows}') +
      `<w:p><w:r><w:t>[{#rows}{%sig}{/rows}]</w:t></w:r></w:p>` +
      para('{%seal}') +
      para('«{%missing}»') +
      // A picture already in the template: its docPr id must not be reused.
      `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="7" name="Logo"/></wp:inline></w:drawing></w:r></w:p>`,
    header: para('{%seal}'),
    // An existing relationship already holds the id the module would pick for sigA.
    extraRels: `<Relationship Id="rIdVk${hA}" Type="${R}/hyperlink" Target="https://example.org" TargetMode="External"/>`,
  });
}
const data = {
  signature: sigA,
  rows: [
    { name: 'An', sig: sigB },
    { name: 'Bình', sig: sigA },
    { name: 'Cường', sig: null },
  ],
  seal,
  missing: undefined,
};

const paragraphs = (xml: string) => xml.match(/<w:p>.*?<\/w:p>/g) ?? [];
const attr = (xml: string, name: string) => [...xml.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

describe('ImageModule', () => {
  const out = renderDocx(template(), data);
  const doc = text(out, 'word/document.xml');
  const header = text(out, 'word/header1.xml');

  it('stores each distinct image once, with its bytes', () => {
    const media = Object.keys(out.files)
      .filter((n) => n.startsWith('word/media/') && !out.files[n]!.dir)
      .sort();
    expect(media).toEqual([`word/media/vk-${hB}.jpg`, `word/media/vk-${hA}.png`].sort());
    expect(out.file(`word/media/vk-${hA}.png`)!.asUint8Array()).toEqual(sigA.bytes);
    expect(out.file(`word/media/vk-${hB}.jpg`)!.asUint8Array()).toEqual(sigB.bytes);
  });

  it('adds one image relationship per image and part, with ids that do not clash', () => {
    const rels = relationships(text(out, 'word/_rels/document.xml.rels'));
    const ids = rels.map((r) => r.Id);
    expect(new Set(ids).size).toBe(ids.length);
    const images = rels.filter((r) => r.Type === IMAGE_REL);
    expect(images.map((r) => r.Target).sort()).toEqual([`media/vk-${hA}.png`, `media/vk-${hB}.jpg`].sort());
    expect(images.find((r) => r.Target?.endsWith('.png'))!.Id).toBe(`rIdVk${hA}_2`);
    expect(rels.find((r) => r.Id === `rIdVk${hA}`)!.Type).toBe(`${R}/hyperlink`);
    const headerRels = relationships(text(out, 'word/_rels/header1.xml.rels'));
    expect(headerRels).toEqual([{ Id: `rIdVk${hA}`, Type: IMAGE_REL, Target: `media/vk-${hA}.png` }]);
  });

  it('adds the png and jpg content-type defaults once', () => {
    const types = text(out, '[Content_Types].xml');
    expect(types.match(/<Default Extension="png" ContentType="image\/png"\/>/g)).toHaveLength(1);
    expect(types.match(/<Default Extension="jpg" ContentType="image\/jpeg"\/>/g)).toHaveLength(1);
  });

  it('places drawings with the right embed, size and escaped alt text, keeping the text around the tag', () => {
    const [first] = paragraphs(doc);
    expect(first).toMatch(/^<w:p><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">Ký: <\/w:t><w:drawing><wp:inline /);
    expect(first).toMatch(/<\/w:drawing><w:t xml:space="preserve"> xong<\/w:t><\/w:r><\/w:p>$/);
    expect(first).toContain(`r:embed="rIdVk${hA}_2"`);
    expect(first).toContain('<wp:extent cx="1200000" cy="600000"/>');
    expect(first).toContain('<a:ext cx="1200000" cy="600000"/>');
    expect(first).toContain('descr="Chữ ký &quot;Bí thư&quot; &amp; &lt;Phó&gt;"');
    // Loop rows: An (B), Bình (A), Cường (none); then the inline loop: B, A.
    const embeds = attr(doc, 'r:embed');
    expect(embeds).toEqual([`rIdVk${hA}_2`, `rIdVk${hB}`, `rIdVk${hA}_2`, `rIdVk${hB}`, `rIdVk${hA}_2`, `rIdVk${hA}_2`]);
    expect(attr(header, 'r:embed')).toEqual([`rIdVk${hA}`]);
  });

  it('gives every drawing a unique docPr id above the template ids, and a matching name', () => {
    const docPr = [...`${doc}${header}`.matchAll(/<wp:docPr id="(\d+)" name="([^"]*)"/g)].map((m) => [Number(m[1]), m[2]!] as const);
    const ours = docPr.filter(([, name]) => name.startsWith('vk-image-'));
    expect(ours).toHaveLength(7);
    expect(new Set(docPr.map(([id]) => id)).size).toBe(docPr.length);
    for (const [id, name] of ours) {
      expect(id).toBeGreaterThan(7);
      expect(name).toBe(`vk-image-${id}`);
    }
  });

  it('anchors the seal behind the text at the given offsets', () => {
    const sealPara = paragraphs(doc).find((p) => p.includes('<wp:anchor'))!;
    expect(sealPara).toContain('behindDoc="1"');
    expect(sealPara).toContain('<wp:positionH relativeFrom="column"><wp:posOffset>-360000</wp:posOffset></wp:positionH>');
    expect(sealPara).toContain('<wp:positionV relativeFrom="paragraph"><wp:posOffset>120000</wp:posOffset></wp:positionV>');
    expect(sealPara).toContain('<wp:wrapNone/>');
    expect(sealPara).toContain('descr="Dấu"');
    expect(header).toContain('behindDoc="1"');
    expect(doc.match(/<wp:anchor /g)).toHaveLength(1);
  });

  it('renders nothing for a null or missing value', () => {
    const ps = paragraphs(doc);
    const cuong = ps.find((p) => p.includes('Cường'))!;
    expect(cuong).not.toContain('drawing');
    expect(ps.find((p) => p.includes('«'))).toBe('<w:p><w:r><w:t xml:space="preserve">«»</w:t></w:r></w:p>');
    expect(doc.match(/<w:drawing>/g)).toHaveLength(7); // 6 rendered + the template's own
  });

  it('writes well-formed XML with every namespace prefix declared', () => {
    for (const name of Object.keys(out.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      expect(xmlProblems(text(out, name)), name).toEqual([]);
    }
  });

  it('is deterministic: a second render gives identical parts', () => {
    const again = renderDocx(template(), data);
    const names = Object.keys(out.files)
      .filter((n) => !out.files[n]!.dir)
      .sort();
    expect(
      Object.keys(again.files)
        .filter((n) => !again.files[n]!.dir)
        .sort(),
    ).toEqual(names);
    for (const name of names) expect(again.file(name)!.asUint8Array(), name).toEqual(out.file(name)!.asUint8Array());
  });

  it('keeps existing content-type defaults (any case) and reuses one module instance via clone()', () => {
    const module = new ImageModule();
    for (let i = 0; i < 2; i++) {
      const zip = makeDocx({ body: para('{%s}'), extraDefaults: '<Default Extension="PNG" ContentType="image/png"/>' });
      const out2 = new Docxtemplater(zip, { modules: [module], paragraphLoop: true, linebreaks: true }).render({ s: sigA }).getZip();
      const types = text(out2, '[Content_Types].xml');
      expect(types.match(/Extension="png"/gi)).toHaveLength(1);
      expect(text(out2, 'word/document.xml')).toContain('<wp:docPr id="1" name="vk-image-1"');
    }
  });
});

/** The errors inside a docxtemplater exception. */
function errorsOf(run: () => unknown): Array<{ message: string; properties: { id: string; explanation: string } }> {
  try {
    run();
  } catch (e) {
    const err = e as { properties?: { errors?: unknown[] } };
    return (err.properties?.errors ?? [e]) as ReturnType<typeof errorsOf>;
  }
  throw new Error('expected an error');
}

describe('ImageModule errors', () => {
  it('rejects a tag outside the text of a paragraph run, explaining why', () => {
    const math = `<w:p><m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>{%formula}</m:t></m:r></m:oMath></w:p>`;
    const core =
      '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{%title}</dc:title></cp:coreProperties>';
    const zip = makeDocx({
      body: math + para('{%ok}'),
      files: { 'docProps/core.xml': core },
      overrides: '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    });
    const errors = errorsOf(() => new Docxtemplater(zip, { modules: [new ImageModule()], paragraphLoop: true, errorLogging: false }));
    expect(errors.map((e) => e.properties.id)).toEqual(['image_tag_not_in_run', 'image_tag_not_in_run']);
    const explanations = errors.map((e) => e.properties.explanation).join('\n');
    expect(explanations).toContain('"{%formula}" is not in the text of a paragraph');
    expect(explanations).toContain('"{%title}"');
  });

  it.each([
    ['a string', 'chữ ký.png', /expected an image object/],
    ['bytes that are not an image', { ...sigA, bytes: new TextEncoder().encode('<svg/>') }, /not a usable image \(this is an SVG/],
    ['a format that does not match the bytes', { ...sigA, format: 'jpeg' }, /"format" is "jpeg" but the bytes are PNG/],
    ['a fractional size', { ...sigA, cx: 10.5 }, /"cx" and "cy" must be positive integers/],
    ['bad offsets', { ...seal, behind: { offsetXEmu: 1 } }, /"behind" must hold integer/],
  ])('reports %s as an invalid image value', (_label, value, reason) => {
    const zip = makeDocx({ body: para('{%signature}') });
    const errors = errorsOf(() => renderDocx(zip, { signature: value }, false));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.properties.id).toBe('invalid_image_value');
    expect(errors[0]!.properties.explanation).toContain('"{%signature}"');
    expect(errors[0]!.properties.explanation).toMatch(reason);
  });
});

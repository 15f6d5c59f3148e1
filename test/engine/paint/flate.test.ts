import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { flateBody, flateStream, STORED_BELOW } from '../../../src/engine/paint/flate.js';

describe('flateStream', async () => {
  const { context } = await PDFDocument.create();

  it('stores a short stream as it is, with no filter', () => {
    const text = 'BT /F1 14 Tf 1 0 0 1 470 742 Tm [(\x00\x05)] TJ ET\n';
    expect(text.length).toBeLessThan(STORED_BELOW);
    const s = flateStream(context, text, { Length1: 3 });
    expect(s.dict.get(PDFName.of('Filter'))).toBeUndefined();
    expect(Buffer.from(s.contents).toString('latin1')).toBe(text);
    expect(s.dict.get(PDFName.of('Length1'))?.toString()).toBe('3');
  });

  it('compresses a longer one (FlateDecode) and it inflates back to the same bytes, latin1 included', () => {
    const text = 'BT /F2 12 Tf [(\x00\xe9\x00\x28)] TJ ET\n'.repeat(20);
    expect(text.length).toBeGreaterThanOrEqual(STORED_BELOW);
    const s = flateStream(context, text);
    expect(s.dict.get(PDFName.of('Filter'))?.toString()).toBe('/FlateDecode');
    expect(s.contents.length).toBeLessThan(text.length);
    expect(inflateSync(s.contents).toString('latin1')).toBe(text);
  });
});

describe('flateBody', async () => {
  const { context } = await PDFDocument.create();

  it('compresses a page body as flateStream does, and a body seen lately again to the very same bytes (compressed once)', () => {
    const recent = new Map<string, Uint8Array>();
    const body = 'BT /F1 14 Tf 1 0 0 1 85 700 Tm [(\x00\x21\x00\x22) -62.5 (\x00\x23)] TJ ET\n'.repeat(40);
    const first = flateBody(context, body, recent);
    expect(first.dict.get(PDFName.of('Filter'))?.toString()).toBe('/FlateDecode');
    expect(Buffer.from(first.contents)).toEqual(Buffer.from(flateStream(context, body).contents));
    const again = flateBody(context, `${body}`, recent);
    expect(again.contents).toBe(first.contents);
    expect(inflateSync(again.contents).toString('latin1')).toBe(body);
    const other = flateBody(context, body.replace('85 700', '85 686'), recent);
    expect(other.contents).not.toBe(first.contents);
    expect(inflateSync(other.contents).toString('latin1')).toBe(body.replace('85 700', '85 686'));
  });

  it('stores a short body as it is', () => {
    const s = flateBody(context, 'q Q\n', new Map());
    expect(s.dict.get(PDFName.of('Filter'))).toBeUndefined();
    expect(Buffer.from(s.contents).toString('latin1')).toBe('q Q\n');
  });
});

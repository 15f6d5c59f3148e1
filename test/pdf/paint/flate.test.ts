import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { flateStream, STORED_BELOW } from '../../../src/pdf/paint/flate.js';

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

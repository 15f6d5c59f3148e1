// Property test: mutated images end in VK315 or in an image the PDF painter embeds, never in a fault.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkImageCase, imageBases, imageCaseArb, mutateImage, type ImageOp } from '../../src/tools/fuzz-images.js';
import { imageInfo } from '../../src/engine/images/info.js';
import { verifyPngData } from '../../src/engine/images/png.js';

const bases = imageBases();

describe('fuzzing images', () => {
  it('accepts and embeds the unchanged images', async () => {
    for (let base = 0; base < bases.length; base++) expect(await checkImageCase(bases, { base, ops: [] })).toBe('accepted');
  });

  it('refuses what the fuzzer found the PDF painter cannot take', () => {
    const refused = (ops: ImageOp[]) => {
      const bytes = mutateImage(bases[0]!, ops);
      const info = imageInfo(bytes);
      return 'problem' in info ? info.problem : verifyPngData(bytes);
    };
    // An animated PNG (acTL), or frames of one (fdAT) in a still one.
    expect(refused([{ kind: 'chunk', type: 'acTL', data: [] }])).toBe('animated');
    expect(refused([{ kind: 'chunk', type: 'fdAT', data: [] }])).toBe('animated');
    // A colour type PNG does not have (7), in a header whose checksum is right (the size op rewrites it).
    const odd = Buffer.from(bases[0]!);
    odd[25] = 7;
    const oddInfo = imageInfo(mutateImage(odd, [{ kind: 'size', width: odd.readUInt32BE(16), height: odd.readUInt32BE(20) }]));
    expect(oddInfo).toMatchObject({ problem: 'corrupt', detail: expect.stringContaining('colour type 7') });
    // More pixel data than the header's size calls for: never unpacked past the size.
    expect(refused([{ kind: 'size', width: 1, height: 1 }])).toBe('the image data is larger than its size');
    // A small file that claims 12,000 × 12,000 pixels (over the 10,000 px bound) and one of 6,000 × 6,000 RGBA (144 MB unpacked).
    expect(refused([{ kind: 'size', width: 12_000, height: 12_000 }])).toBe('too-large');
    expect(refused([{ kind: 'size', width: 6000, height: 6000 }])).toBe('too-large');
  });

  it('never faults: every mutated image is refused or embeds', async () => {
    await fc.assert(
      fc.asyncProperty(imageCaseArb(bases.length), async (c) => {
        expect(['refused', 'accepted']).toContain(await checkImageCase(bases, c));
      }),
      { numRuns: 600, seed: 3 },
    );
  }, 120_000);
});

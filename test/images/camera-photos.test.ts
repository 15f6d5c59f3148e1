// Camera-sized images through the CLI (issue 18): decoded within bounded memory, scaled down to what their
// place in a document needs (not refused, not embedded at full size); damaged data fails its conference alone.
import { createCanvas } from '@napi-rs/canvas';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { imageInfo, isImageProblem, type ImageInfo } from '../../src/engine/images/info.js';
import { signedProject } from '../support/signed.js';
import { runCli } from '../support/cli.js';

const CONF = 'cum-1-giao-ban-6-thang-2024';

/** A `width` × `height` picture in the given format: colour bands, so that scaling has something to average. */
function picture(width: number, height: number, format: 'image/jpeg' | 'image/png'): Buffer {
  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  const bands = ['#b22', '#2b2', '#22b', '#eee'];
  bands.forEach((colour, i) => {
    g.fillStyle = colour;
    g.fillRect((i * width) / bands.length, 0, width / bands.length, height);
  });
  return format === 'image/jpeg' ? canvas.toBuffer('image/jpeg', 90) : canvas.toBuffer('image/png');
}

/** The sample project with `files` as the photos of CONF's bulletin. */
function withPhotos(files: Record<string, Buffer>): string {
  const dir = signedProject();
  const yamlPath = join(dir, 'data', 'conferences', `${CONF}.yaml`);
  const yaml = readFileSync(yamlPath, 'utf8');
  const photos = Object.keys(files)
    .map((name, i) => `    - caption: Ảnh ${i + 1} của hội nghị.\n      file: images/${name}\n`)
    .join('');
  if (photos) writeFileSync(yamlPath, yaml.replace(/ {2}photos:\n( {4}- caption: .*\n)+/, `  photos:\n${photos}`));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, 'images', name), bytes);
  return dir;
}

function infoOf(bytes: Uint8Array): ImageInfo {
  const info = imageInfo(bytes);
  if (isImageProblem(info)) throw new Error(info.detail);
  return info;
}

/** Every image in a .docx's media folder. */
function docxMedia(path: string): ImageInfo[] {
  const zip = new PizZip(readFileSync(path));
  return Object.keys(zip.files)
    .filter((n) => n.startsWith('word/media/'))
    .map((n) => infoOf(zip.file(n)!.asUint8Array()));
}

describe('camera-sized images', () => {
  it('a 6000 × 4000 photo is scaled to 1600 px on its longest side in the bulletin, not refused', async () => {
    const dir = withPhotos({ 'anh-1.jpg': picture(6000, 4000, 'image/jpeg') });
    const r = await runCli(['build', '--project', dir, '--out', 'out'], dir);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'out', CONF, 'ban-tin.html'), 'utf8');
    const uris = [...html.matchAll(/data:image\/jpeg;base64,([A-Za-z0-9+/=]+)/g)].map((m) => infoOf(Buffer.from(m[1]!, 'base64')));
    expect(uris.length).toBeGreaterThan(0);
    for (const info of uris) expect([info.widthPx, info.heightPx]).toEqual([1600, 1067]);
    const media = docxMedia(join(dir, 'out', CONF, 'ban-tin.docx'));
    expect(media.map((i) => [i.widthPx, i.heightPx])).toEqual([[1600, 1067]]);
    // The scaled photo keeps its inches: 6000 px at 96 dpi (assumed: the file states none) = 1600 px at 25.6 dpi.
    expect(media[0]!.dpiX).toBe(26);
  }, 180_000);

  it('a 4000 × 2000 signature is scaled to its printed size (50 × 25 mm) at 300 dpi', async () => {
    const dir = withPhotos({});
    writeFileSync(join(dir, 'images', 'chu-ky.png'), picture(4000, 2000, 'image/png'));
    const r = await runCli(['build', '--project', dir, '--out', 'out'], dir);
    expect(r.code).toBe(0);
    const media = docxMedia(join(dir, 'out', 'ky-thu', 'giao-uoc.docx'));
    expect(media).toHaveLength(1);
    // 50 mm at 300 dpi is 590.6 px; 25 mm is 295.3 px.
    expect(media[0]!.widthPx).toBeGreaterThanOrEqual(590);
    expect(media[0]!.widthPx).toBeLessThanOrEqual(591);
    expect(media[0]!.heightPx).toBeGreaterThanOrEqual(295);
    expect(media[0]!.heightPx).toBeLessThanOrEqual(296);
  }, 180_000);

  it('a JPEG whose data is damaged fails its own conference with VK315; the others build', async () => {
    const photo = picture(800, 600, 'image/jpeg');
    for (let i = Math.floor(photo.length * 0.4); i < photo.length * 0.6; i++) photo[i] = 0xff;
    const dir = withPhotos({ 'hong.jpg': photo });
    const r = await runCli(['build', '--project', dir, '--out', 'out'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('VK315');
    expect(r.stdout + r.stderr).toContain('images/hong.jpg');
    expect(r.stdout + r.stderr).toContain('tệp ảnh bị hỏng');
    expect(readFileSync(join(dir, 'out', 'ky-thu', 'giao-uoc.docx')).length).toBeGreaterThan(0);
  }, 180_000);
});

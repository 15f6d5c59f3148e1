// Interop: a real browser (headless Chromium) opens each bulletin page and draws it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { loadBulletin } from '../../src/workspace/bulletin-templates.js';
import { createFontSource } from '../../src/engine/fonts/source.js';
import { renderBulletin } from '../../src/render/bulletin.js';
import { buildViewModel } from '../../src/view/build.js';
import { FIXED, profile, samples } from '../support/docx.js';
import { envFor, provinces, REPO } from '../support/fixtures.js';
import { createCaches } from '../../src/caches.js';

const dir = mkdtempSync(join(tmpdir(), 'vankien-chromium-'));
const browser = ['chromium', 'chromium-browser', 'google-chrome'].find((b) => {
  try {
    execFileSync('which', [b], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
});

describe('bulletin pages in headless Chromium', () => {
  it('a browser is installed (CI installs Debian chromium)', () => {
    expect(browser).toBeDefined();
  });

  for (const { value: conf } of samples.project.conferences) {
    it(`${conf.id}: the page renders with text on it`, async () => {
      const loaded = loadBulletin(REPO, provinces);
      if (!loaded.html) throw new Error('templates do not compile');
      const vm = buildViewModel(conf, { registry: samples.project, provinces, image: () => null, profile });
      const out = renderBulletin(
        vm,
        {
          kind: loaded.kind!,
          html: loaded.html,
          htmlFile: loaded.htmlFile,
          profile,
          fonts: createFontSource(),
          image: envFor(REPO).read,
          date: FIXED,
          caches: createCaches(),
          pdf: false,
        },
        'out',
      );
      const html = String(out.outputs.find((o) => o.path.endsWith('.html'))?.bytes ?? '');
      const page = join(dir, `${conf.id}.html`);
      const shot = join(dir, `${conf.id}.png`);
      writeFileSync(page, html);
      execFileSync(
        browser ?? 'chromium',
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--user-data-dir=${join(dir, 'profile')}`,
          '--hide-scrollbars',
          '--window-size=900,1200',
          `--screenshot=${shot}`,
          `file://${page}`,
        ],
        { stdio: 'pipe', timeout: 120000 },
      );
      expect(statSync(shot).size).toBeGreaterThan(10000);
      const image = await loadImage(readFileSync(shot));
      const canvas = createCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, image.width, image.height);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) ink++;
      const share = ink / (image.width * image.height);
      expect(share).toBeGreaterThan(0.01);
      expect(share).toBeLessThan(0.5);
    }, 150000);
  }
});

// "Nơi nhận": the shipped defaults of each document (reference/recipients.yaml), which the data extends
import { profile } from '../support/docx.js';
// or turns off, then "Lưu …"; a project's own reference/recipients.yaml stands in for the shipped one.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeEnv } from '../../src/workspace/workspace.js';
import { parseRecipientPresets } from '../../src/reference/recipients.js';
import type { ConferenceFile } from '../../src/schema/conference.js';
import { buildViewModel } from '../../src/view/build.js';
import { provinces } from '../support/fixtures.js';

const registry = {
  units: new Map([
    [
      'btctu-long-an',
      {
        value: {
          id: 'btctu-long-an',
          name: 'Ban Tổ chức Tỉnh ủy Long An',
          kind: 'ban' as const,
          committee: 'Tỉnh ủy Long An',
          code: 'BTCTU',
          province: 'Long An',
        },
      },
    ],
  ]),
  clusters: new Map(),
};
const presets = parseRecipientPresets('minutes:\n  other: [Các đơn vị dự hội nghị]\n  cluster: [Các đơn vị thành viên Cụm]\n');
const conference = (documents?: ConferenceFile['documents']): ConferenceFile => ({
  kind: 'conference',
  id: 'x',
  kinds: ['tong-ket'],
  host: 'btctu-long-an',
  ...(documents ? { documents } : {}),
});
const recipients = (c: ConferenceFile) =>
  buildViewModel(c, { registry, provinces, image: () => null, profile, recipients: presets }).recipients.minutes;

describe('recipients of the minutes', () => {
  it('start with the defaults for a conference outside a cluster, then the data, then the file copy', () => {
    expect(recipients(conference())).toEqual(['Các đơn vị dự hội nghị;', 'Lưu Ban Tổ chức Tỉnh ủy Long An.']);
    expect(recipients(conference({ minutes: { recipients: ['Thường trực Tỉnh ủy (để b/c)'] } }))).toEqual([
      'Các đơn vị dự hội nghị;',
      'Thường trực Tỉnh ủy (để b/c);',
      'Lưu Ban Tổ chức Tỉnh ủy Long An.',
    ]);
  });

  it('leave the defaults out when the data says so', () => {
    expect(recipients(conference({ minutes: { presetRecipients: false, recipients: ['Thường trực Tỉnh ủy'] } }))).toEqual([
      'Thường trực Tỉnh ủy;',
      'Lưu Ban Tổ chức Tỉnh ủy Long An.',
    ]);
  });

  it("come from the project's own reference/recipients.yaml when it has one, else from the shipped file", () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-recipients-'));
    mkdirSync(join(dir, 'data'));
    expect(makeEnv(dir).recipients?.().minutes.cluster).toEqual(['Ban Tổ chức Trung ương (để b/c)', 'Các đơn vị thành viên Cụm']);
    mkdirSync(join(dir, 'reference'));
    writeFileSync(join(dir, 'reference', 'recipients.yaml'), 'minutes:\n  cluster: [Vụ Địa phương I]\n');
    expect(makeEnv(dir).recipients?.()).toEqual({
      minutes: { cluster: ['Vụ Địa phương I'], other: [] },
      pledge: { cluster: [], other: [] },
    });
  });
});

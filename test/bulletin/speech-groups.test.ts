// Discussion speeches in one paragraph: units that only spoke are named together; the others open in turn.
import { describe, expect, it } from 'vitest';
import type { SpeechData } from '../../src/schema/conference.js';
import { bulletin, flat } from '../support/bulletin.js';
import { sample, samples } from '../support/docx.js';

describe('discussion speeches', () => {
  it('units that only presented a paper, with the same verb, are said in one sentence', async () => {
    const conf = structuredClone(sample('cum-1-giao-ban-6-thang-2024'));
    const spoke = (unit: string): SpeechData => ({ unit, kind: 'tham-luan' });
    conf.speeches = [spoke('btctu-cao-bang'), spoke('btctu-thai-nguyen'), spoke('btctu-ha-noi')];
    const t = flat((await bulletin(samples.project, conf)).text);
    expect(t).toContain(
      'Tại Hội nghị, đại diện Ban Tổ chức Tỉnh ủy Cao Bằng, Ban Tổ chức Tỉnh ủy Thái Nguyên và Ban Tổ chức Thành ủy Hà Nội đều trình bày tham luận.',
    );
  });

  it('speeches with content of their own keep their sentence, each after the next opener in turn', async () => {
    const conf = structuredClone(sample('cum-1-giao-ban-6-thang-2024'));
    const said = (unit: string, point: string): SpeechData => ({
      unit,
      kind: 'thao-luan',
      verb: 'chia sẻ một số kết quả nổi bật',
      points: [point],
    });
    conf.speeches = [
      said('btctu-cao-bang', 'việc a'),
      said('btctu-thai-nguyen', 'việc b'),
      said('btctu-ha-noi', 'việc c'),
      said('btctu-yen-bai', 'việc d'),
    ];
    const t = flat((await bulletin(samples.project, conf)).text);
    expect(t).toContain(
      'Thảo luận tại Hội nghị, đại diện Ban Tổ chức Tỉnh ủy Cao Bằng chia sẻ một số kết quả nổi bật: việc a. Tiếp đó, đại diện Ban Tổ chức Tỉnh ủy Thái Nguyên cũng chia sẻ một số kết quả nổi bật: việc b. Cùng với đó, đại diện Ban Tổ chức Thành ủy Hà Nội cũng chia sẻ một số kết quả nổi bật: việc c. Cũng tại Hội nghị, đại diện Ban Tổ chức Tỉnh ủy Yên Bái chia sẻ một số kết quả nổi bật: việc d.',
    );
  });

  it('a closing "…" takes "/." after it, not a second full stop', async () => {
    const conf = structuredClone(sample('cum-1-giao-ban-6-thang-2024'));
    conf.speeches = [];
    const { text } = await bulletin(samples.project, conf);
    expect(text).toContain('bố trí cán bộ thay thế…/.');
    expect(text).not.toContain('…./.');
  });
});

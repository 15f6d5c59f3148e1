// The user's own headline and lead (press.headline, press.lead) replace the generated ones.
import { describe, expect, it } from 'vitest';
import { bulletin } from '../support/bulletin.js';
import { sample, samples } from '../support/docx.js';
import { paragraphsOf } from '../support/bulletin-check.js';

describe("the user's own headline and lead", () => {
  it('press.headline is the headline, press.lead the lead, as written', async () => {
    const conf = structuredClone(sample('cum-3-tong-ket-2023'));
    conf.press = {
      ...conf.press,
      headline: 'Cụm thi đua số III tổng kết năm 2023',
      lead: 'Ngày 8-12, các đơn vị ký giao ước thi đua năm 2024 tại Buôn Ma Thuột.',
    };
    const { text, html } = await bulletin(samples.project, conf);
    const [headline, lead] = paragraphsOf(text);
    expect(headline).toBe('Cụm thi đua số III tổng kết năm 2023');
    expect(lead).toBe('Ngày 8-12, các đơn vị ký giao ước thi đua năm 2024 tại Buôn Ma Thuột.');
    expect(html).toContain('<title>Cụm thi đua số III tổng kết năm 2023</title>');
    expect(html).toContain('<p class="lead">Ngày 8-12, các đơn vị ký giao ước thi đua năm 2024 tại Buôn Ma Thuột.</p>');
  });

  it('without them: a news headline (who did what) and a lead with when, where, who, what', async () => {
    const conf = structuredClone(sample('cum-3-tong-ket-2023'));
    conf.press = { ...conf.press, headline: undefined };
    const [headline, lead] = paragraphsOf((await bulletin(samples.project, conf)).text);
    expect(headline).toBe('Cụm thi đua số III ký giao ước thi đua năm 2024');
    expect(lead).toBe(
      'TTXVN - Ngày 8/12, tại thành phố Buôn Ma Thuột, tỉnh Đắk Lắk, Cụm thi đua Ban Tổ chức các Tỉnh ủy, Thành ủy khu vực miền Trung - Tây Nguyên (Cụm thi đua số III) tổ chức Hội nghị tổng kết công tác thi đua năm 2023, phát động và ký giao ước thi đua năm 2024.',
    );
    const longAn = structuredClone(sample('long-an-tong-ket-2023'));
    longAn.press = { ...longAn.press, headline: undefined };
    const [h2, l2] = paragraphsOf((await bulletin(samples.project, longAn)).text);
    expect(h2).toBe('Ban Tổ chức Tỉnh ủy Long An tổng kết công tác tổ chức xây dựng Đảng năm 2023');
    // A Long An paper: no dateline, the part of the day, no "tại tỉnh Long An" after the Ban of Long An.
    expect(l2).toBe('Sáng 12-1, Ban Tổ chức Tỉnh ủy Long An tổ chức Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023.');
  });
});

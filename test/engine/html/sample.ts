// A representative bulletin page (as the Handlebars template writes it) for the HTML reader and the bulletin outputs.
import { readFileSync } from 'node:fs';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/images/${name}`, import.meta.url)));

/** 120 × 120 px. */
export const DAU_PNG = fixture('dau.png');
/** 300 × 80 px. */
export const CHU_KY_PNG = fixture('chu-ky.png');
export const dataUri = (bytes: Uint8Array) => `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;

export const HEADLINE = 'Cụm thi đua số 3 tổng kết công tác năm 2023';
export const CAPTION = 'Đồng chí Nguyễn Văn A phát biểu tại hội nghị (Ảnh: Anh Dũng/TTXVN)';

export const SAMPLE_HTML = `<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>Cụm thi đua số 3 &ndash; tổng kết năm 2023</title>
  <meta name="author" content="Anh Dũng">
  <meta name="description" content="Tin bài hội nghị tổng kết">
  <meta name="keywords" content="thi đua, tổ chức xây dựng Đảng">
  <style>article { font-family: serif; } h1 { font-size: 20pt }</style>
</head>
<body>
<article class="ban-tin">
  <h1>  Cụm thi đua số 3
        tổng kết công tác năm 2023 </h1>
  <p class="lead">Sáng 8/12, tại Long An, Cụm thi đua số 3 tổ chức hội nghị tổng kết.</p>
  <p><strong class="dateline">TTXVN - Ngày 8/12</strong>, tại   Hội trường <em>Tỉnh ủy</em>&nbsp;Long An,
     các ban tổ chức   tỉnh ủy &amp; thành ủy đã <b>ký kết</b> giao ước thi đua năm 2024.</p>
  <h2>Kết quả nổi bật</h2>
  <p>Dòng một<br>Dòng hai &lt;ghi chú&gt; &quot;trích dẫn&quot; Ph&#x1EA1;m <a href="https://example.vn">trang tin</a> <span>cuối</span>.</p>
  <figure>
    <img src="${dataUri(CHU_KY_PNG)}" alt="Toàn cảnh hội nghị" width="1200" height="320">
    <figcaption>Đồng chí Nguyễn Văn A phát biểu tại hội nghị (Ảnh: Anh Dũng/TTXVN)</figcaption>
  </figure>
  <ul>
    <li>Hoàn thành <strong>100%</strong> chỉ tiêu</li>
    <li>Kết nạp 1.200 đảng viên</li>
  </ul>
  <ol>
    <li>Quý I</li>
    <li>Quý II</li>
  </ol>
  <table><tr><td>Bảng bị bỏ qua</td></tr></table>
  <script>alert("x")</script>
  <table><tr><td>Bảng thứ hai</td></tr></table>
  <figure><img src="anh/dau.png" alt="Con dấu"><figcaption>Con dấu</figcaption></figure>
  <p class="author">Anh Dũng (TTXVN)</p>
</article>
</body>
</html>`;

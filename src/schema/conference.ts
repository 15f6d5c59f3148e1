// Schema of a conference file: one meeting and everything its documents need.
import { Type, type Static } from '@sinclair/typebox';
import { Count, DateText, Enum, Id, ImagePath, MAX_SIGNING_UNITS, Obj, Person, Text, TextList, TimeText, Year } from './common.js';


export const CONFERENCE_KINDS = ['tong-ket', 'so-ket', 'giao-ban', 'ky-giao-uoc'] as const;
export const AWARD_KINDS = ['co-thi-dua', 'bang-khen', 'giay-khen'] as const;
export const AWARD_STATUSES = ['de-nghi', 'da-trao'] as const;
export const SPEECH_KINDS = ['khai-mac', 'chao-mung', 'chi-dao', 'tham-luan', 'thao-luan', 'phat-bieu', 'tiep-thu', 'ket-luan', 'be-mac'] as const;
export const SIGNER_ROLES = ['truong-ban', 'pho-truong-ban', 'quyen-truong-ban'] as const;
export const QUALIFIERS = ['trên', 'hơn', 'gần', 'khoảng', 'đạt'] as const;
export const PARTS_OF_DAY = ['sáng', 'chiều', 'tối'] as const;
export const CHAIR_ROLES = ['chu-tri', 'dong-chu-tri'] as const;
export const VOTE_METHODS = ['bieu-quyet', 'bo-phieu-kin'] as const;
export const DECISION_KINDS = ['thong-qua', 'bieu-quyet', 'thong-nhat'] as const;
/** Signing authority prefixes of Party (T/M, K/T, T/L, Q.) and State (TM., KT., TL., TUQ., Q.) documents. */
export const AUTHORITY_PATTERN = '^(T/M|K/T|T/L|TM\\.|KT\\.|TL\\.|TUQ\\.|Q\\.) .+$';

/** A span of time a review or a pledge covers: a year, a half, a quarter, the first months, or a named span. */
const Period = (description: string) =>
  Obj(
    {
      year: Year('Năm, ví dụ 2024.'),
      half: Type.Optional(Enum([1, 2] as const, '1 = 6 tháng đầu năm, 2 = 6 tháng cuối năm; bỏ trống nếu cả năm.')),
      quarter: Type.Optional(Enum([1, 2, 3, 4] as const, 'Quý 1 đến 4, nếu là một quý.')),
      months: Type.Optional(Enum([3, 6, 9] as const, 'Số tháng đầu năm, ví dụ 9 (in ra "9 tháng đầu năm").')),
      label: Type.Optional(Text('Tên kỳ tự viết, in ra đúng như vậy, ví dụ "6 tháng cuối năm 2026" hoặc "giai đoạn 2021 - 2025".', 200)),
    },
    { description: `${description} Ghi một trong half, quarter, months, hoặc bỏ trống nếu cả năm.` },
  );

const Time = Obj(
  {
    start: Type.Optional(TimeText('Giờ khai mạc, ví dụ "8:00".')),
    end: Type.Optional(TimeText('Giờ bế mạc, ví dụ "11:30".')),
    partOfDay: Type.Optional(Enum(PARTS_OF_DAY, 'Buổi họp khi chưa biết giờ: "sáng", "chiều" hoặc "tối".')),
  },
  { description: 'Giờ bắt đầu, kết thúc, hoặc buổi họp.' },
);

const Place = Obj(
  {
    venue: Type.Optional(Text('Nơi họp, ví dụ "Hội trường Tỉnh ủy".', 300)),
    address: Type.Optional(Text('Địa chỉ, nếu cần.', 300)),
    locality: Type.Optional(Text('Thành phố, thị xã, xã, phường như viết vào ngày họp, ví dụ "thành phố Buôn Ma Thuột".', 200)),
    province: Type.Optional(Text('Tỉnh, thành phố trực thuộc Trung ương như viết vào ngày họp, ví dụ "Đắk Lắk".', 100)),
  },
  { description: 'Địa điểm.' },
);

/** What a signature block prints besides the name: authority and position lines, signature and seal images. */
const signatureFields = {
  authority: Type.Optional(
    Type.String({ pattern: AUTHORITY_PATTERN, maxLength: 200, description: 'Dòng thẩm quyền ký, in như viết, ví dụ "T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN", "T/M CỤM THI ĐUA".' }),
  ),
  position: Type.Optional(Text('Chức vụ người ký (dòng dưới thẩm quyền), ví dụ "Phó Trưởng Ban", "Cụm trưởng".', 200)),
  signature: Type.Optional(ImagePath('Ảnh chữ ký (PNG hoặc JPEG), đường dẫn tính từ thư mục dự án.')),
  seal: Type.Optional(ImagePath('Ảnh con dấu (PNG hoặc JPEG), đường dẫn tính từ thư mục dự án.')),
};

/** Who signs a document: the authority line, the position line, the name, images of the signature and seal. */
export const Signer = Obj(
  {
    person: Type.Optional(Id('Mã người ký (trong participants), nếu có.')),
    name: Type.Optional(Text('Họ tên người ký, nếu không dùng mã người.', 200)),
    ...signatureFields,
  },
  { description: 'Người ký: thẩm quyền, chức vụ, họ tên; chỗ nào chưa biết in dòng chấm.' },
);

/** Fields every issued document has: issuer, number, type, date, recipients. */
const documentFields = (what: string) => ({
  issuer: Type.Optional(Id(`Cơ quan ban hành ${what}: mã đơn vị hoặc mã Cụm.`)),
  number: Type.Optional(Type.Integer({ minimum: 1, maximum: 9999, description: 'Số văn bản, ví dụ 1 (in ra "01").' })),
  type: Type.Optional(Type.String({ pattern: '^[A-ZĐƯ][A-Za-zĐƯđư]*$', maxLength: 10, description: 'Chữ viết tắt tên loại văn bản, ví dụ "BB" (biên bản).' })),
  date: Type.Optional(DateText('Ngày ký, nếu khác ngày họp (YYYY-MM-DD).')),
  recipients: Type.Optional(TextList('Nơi nhận thêm vào các dòng mặc định của loại văn bản (reference/recipients.yaml), mỗi dòng một nơi, ví dụ "Ban Tổ chức Tỉnh ủy (để b/c)"; dòng "Lưu ..." được thêm vào cuối.')),
  presetRecipients: Type.Optional(Type.Boolean({ description: 'false: không dùng các dòng nơi nhận mặc định của loại văn bản, chỉ in các dòng ghi ở recipients.' })),
});

const Absence = Obj({ who: Text('Người hoặc đơn vị vắng.', 300), reason: Type.Optional(Text('Lý do.', 300)) }, { description: 'Một người hoặc đơn vị vắng mặt, với lý do nếu biết.' });

const Delegation = Obj(
  {
    unit: Id('Mã đơn vị.'),
    present: Type.Optional(Type.Boolean({ description: 'false nếu đơn vị vắng mặt; bỏ trống là có mặt.' })),
    reason: Type.Optional(Text('Lý do vắng mặt.', 300)),
    members: Type.Optional(Type.Array(Person, { description: 'Những người dự của đơn vị, với chức vụ.' })),
    count: Type.Optional(Count('Tổng số người dự của đơn vị, chỉ ghi khi biết (không tự suy ra).')),
    absent: Type.Optional(Type.Array(Absence, { description: 'Người của đơn vị được triệu tập mà vắng mặt, với lý do, ví dụ "đồng chí Nguyễn Văn A, Phó Trưởng Ban" (đi công tác).' })),
  },
  { description: 'Thành phần dự của một đơn vị: có mặt hay vắng (lý do), những người dự, người vắng.' },
);

const Participants = Obj(
  {
    guests: Type.Optional(Type.Array(Person, { description: 'Đại biểu, khách mời: lãnh đạo dự và chỉ đạo, với chức vụ.' })),
    delegations: Type.Optional(Type.Array(Delegation, { description: 'Thành phần dự theo từng đơn vị (thành viên Cụm, đơn vị đăng cai...).' })),
    groups: Type.Optional(TextList('Thành phần dự ghi chung, ví dụ "Thường trực Tỉnh ủy, Thành ủy".')),
    press: Type.Optional(TextList('Cơ quan báo chí dự và đưa tin, ví dụ "Báo Long An".')),
    absent: Type.Optional(Type.Array(Absence, { description: 'Vắng mặt (người hoặc đơn vị ngoài danh sách đơn vị).' })),
  },
  { description: 'Thành phần dự.' },
);

const Chair = Obj(
  {
    person: Type.Optional(Id('Mã người chủ trì (trong participants).')),
    group: Type.Optional(Text('Người chủ trì ghi chung khi không nêu tên, ví dụ "các đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy".', 300)),
    role: Type.Optional(Enum(CHAIR_ROLES, '"chu-tri" (chủ trì, mặc định) hoặc "dong-chu-tri" (đồng chủ trì).')),
  },
  { description: 'Một người (hoặc nhóm) chủ trì hội nghị: đúng một trong person, group.' },
);

const Report = Obj(
  {
    title: Text('Tên báo cáo, ví dụ "Báo cáo tổng kết công tác thi đua năm 2023".', 500),
    presenter: Type.Optional(Id('Mã người trình bày (trong participants).')),
    unit: Type.Optional(Id('Mã đơn vị trình bày.')),
    summary: Type.Optional(TextList('Nội dung chính.')),
  },
  { description: 'Một báo cáo trình bày tại hội nghị.' },
);

const Indicator = Obj(
  {
    action: Text('Việc làm được, ví dụ "kết nạp", "hoàn thành", "bổ nhiệm".', 200),
    qualifier: Type.Optional(Enum(QUALIFIERS, 'Từ đứng trước số: "trên", "hơn", "gần", "khoảng", "đạt".')),
    value: Type.Number({ minimum: 0, description: 'Con số, ví dụ 1600 (in ra "1.600") hoặc 99.1 (in ra "99,1").' }),
    of: Type.Optional(Type.Number({ minimum: 0, description: 'Tổng số, nếu viết "29/29".' })),
    unit: Type.Optional(Text('Đơn vị tính, ví dụ "đảng viên", "chỉ tiêu", "%".', 100)),
    note: Type.Optional(Text('Nói thêm, ví dụ "vượt gần 6% so với chỉ tiêu Nghị quyết năm".', 500)),
    actor: Type.Optional(Text('Ai làm được việc này, nếu không phải đơn vị tổ chức, ví dụ "toàn tỉnh", "Đảng bộ tỉnh".', 200)),
    scope: Type.Optional(Text('Khoảng thời gian của con số nếu khác kỳ đánh giá, ví dụ "từ đầu nhiệm kỳ đến nay".', 200)),
    theme: Type.Optional(Text('Lĩnh vực của con số, để tin bài gom các con số cùng lĩnh vực vào một đoạn ("Về công tác cán bộ, …"), ví dụ "công tác cán bộ", "công tác đảng viên".', 200)),
  },
  { description: 'Một chỉ số kết quả, ví dụ "kết nạp trên 1.600 đảng viên".' },
);

const Results = Obj(
  {
    highlights: Type.Optional(TextList('Kết quả nổi bật, mỗi mục một ý.')),
    indicators: Type.Optional(Type.Array(Indicator, { description: 'Các chỉ số.' })),
  },
  { description: 'Kết quả đạt được trong kỳ.' },
);

const Speech = Obj(
  {
    speaker: Type.Optional(Id('Mã người phát biểu (trong participants).')),
    unit: Type.Optional(Id('Mã đơn vị người phát biểu đại diện; hoặc đơn vị phát biểu khi bài không nêu tên người.')),
    group: Type.Optional(
      Text('Người phát biểu ghi chung khi bài không nêu tên người hay đơn vị nào, ví dụ "các đại biểu" (thảo luận chung).', 300),
    ),
    kind: Type.Optional(
      Enum(
        SPEECH_KINDS,
        'Loại phát biểu: "khai-mac", "chao-mung", "chi-dao", "tham-luan", "thao-luan", "phat-bieu" (mặc định), "tiep-thu" (tiếp thu, giải trình), "ket-luan", "be-mac".',
      ),
    ),
    verb: Type.Optional(Text('Động từ như bài viết, ví dụ "nhấn mạnh", "đề nghị", "chia sẻ", "biểu dương"; bỏ trống thì dùng động từ của loại phát biểu.', 60)),
    summary: Type.Optional(Text('Ý chung, viết lại (không phải nguyên văn).', 2000)),
    quotes: Type.Optional(TextList('Nguyên văn lời phát biểu, được đặt trong ngoặc kép; chỉ ghi câu đúng từng chữ.')),
    points: Type.Optional(TextList('Các ý, viết lại (không phải nguyên văn).')),
  },
  { description: 'Một phát biểu: người (và đơn vị) hoặc nhóm người, loại phát biểu, động từ, nội dung viết lại và nguyên văn.' },
);

const Vote = Obj(
  {
    method: Enum(VOTE_METHODS, 'Hình thức: "bieu-quyet" (biểu quyết giơ tay) hoặc "bo-phieu-kin" (bỏ phiếu kín).'),
    for: Type.Optional(Count('Số tán thành.')),
    against: Type.Optional(Count('Số không tán thành.')),
    abstain: Type.Optional(Count('Số không biểu quyết, phiếu trắng.')),
    of: Type.Optional(Count('Tổng số người (hoặc đơn vị) có quyền biểu quyết có mặt; tỉ lệ được tính từ số này.')),
  },
  { description: 'Kết quả biểu quyết: hình thức và số phiếu; chỉ ghi số đã biết.' },
);

const Decision = Obj(
  {
    kind: Type.Optional(Enum(DECISION_KINDS, '"thong-qua" (thông qua dự thảo, mặc định), "bieu-quyet" (biểu quyết một vấn đề), "thong-nhat" (thống nhất một việc).')),
    subject: Text('Việc được quyết định, ví dụ "dự thảo Quy chế hoạt động của Cụm thi đua số 1".', 1000),
    vote: Type.Optional(Vote),
  },
  { description: 'Một quyết định của hội nghị.' },
);

const Recipient = Obj(
  {
    unit: Type.Optional(Id('Mã đơn vị được khen (tập thể).')),
    collective: Type.Optional(Text('Tên tập thể không có trong danh sách đơn vị.', 300)),
    person: Type.Optional(Text('Họ tên cá nhân được khen.', 200)),
    title: Type.Optional(Text('Chức vụ của cá nhân.', 300)),
    organization: Type.Optional(Text('Cơ quan của cá nhân.', 300)),
  },
  { description: 'Một nơi nhận khen thưởng: đúng một trong unit, collective, person.' },
);

const Award = Obj(
  {
    kind: Enum(AWARD_KINDS, 'Hình thức: "co-thi-dua" (Cờ thi đua), "bang-khen" (Bằng khen), "giay-khen" (Giấy khen).'),
    status: Enum(AWARD_STATUSES, '"de-nghi" (hội nghị đề nghị) hoặc "da-trao" (đã trao tại hội nghị).'),
    grantor: Text('Cơ quan tặng, ví dụ "Ban Tổ chức Trung ương".', 300),
    title: Type.Optional(Text('Tên danh hiệu, ví dụ "Cờ Thi đua đơn vị xuất sắc ngành tổ chức xây dựng Đảng".', 300)),
    reason: Type.Optional(Text('Lý do, ví dụ "có thành tích xuất sắc năm 2023".', 500)),
    recipients: Type.Optional(Type.Array(Recipient, { description: 'Danh sách được khen; nếu liệt kê thì liệt kê đủ.' })),
    counts: Type.Optional(
      Obj(
        {
          collectives: Type.Optional(Count('Số tập thể.')),
          individuals: Type.Optional(Count('Số cá nhân.')),
        },
        { description: 'Chỉ ghi khi chưa có danh sách; nếu có danh sách, số phải khớp.' },
      ),
    ),
  },
  { description: 'Một hình thức khen thưởng.' },
);

const Elections = Obj(
  {
    year: Year('Năm thi đua của ban lãnh đạo mới.'),
    head: Id('Đơn vị Cụm trưởng.'),
    deputies: Type.Optional(Type.Array(Id('Mã đơn vị.'), { description: 'Các đơn vị Cụm phó.' })),
    vote: Type.Optional(Vote),
  },
  { description: 'Bầu Cụm trưởng, Cụm phó năm sau.' },
);

const Signatory = Obj(
  {
    unit: Id('Mã đơn vị ký.'),
    role: Type.Optional(Enum(SIGNER_ROLES, '"truong-ban" (TRƯỞNG BAN), "pho-truong-ban" (K/T TRƯỞNG BAN, PHÓ TRƯỞNG BAN) hoặc "quyen-truong-ban" (Q. TRƯỞNG BAN); authority và position (nếu ghi) thay cho dòng tương ứng.')),
    name: Type.Optional(Text('Họ tên người ký.', 200)),
    ...signatureFields,
  },
  { description: 'Người ký giao ước thay mặt một đơn vị.' },
);

const PledgeGroup = Obj(
  {
    title: Text('Tên nhóm nội dung.', 500),
    items: Type.Optional(TextList('Các nhiệm vụ, chỉ tiêu trong nhóm.')),
  },
  { description: 'Một nhóm nội dung giao ước.' },
);

const Pledge = Obj(
  {
    period: Period('Kỳ thi đua của giao ước, ví dụ năm 2024 hoặc 6 tháng cuối năm 2026.'),
    theme: Type.Optional(Text('Chủ đề, khẩu hiệu thi đua.', 1000)),
    basis: Type.Optional(TextList('Căn cứ; bỏ trống thì dùng các căn cứ mặc định của hồ sơ định dạng (profiles/, theo ngày ký) cho giao ước của Cụm thi đua.')),
    goals: Type.Optional(TextList('Mục đích, yêu cầu (không phải nội dung giao ước).')),
    groups: Type.Optional(Type.Array(PledgeGroup, { description: 'Các nhóm nội dung giao ước, được đánh số theo thứ tự.' })),
    groupCount: Type.Optional(Count('Số nhóm nội dung, chỉ ghi khi chưa nhập các nhóm; nếu có, phải khớp.')),
    implementation: Type.Optional(TextList('Tổ chức thực hiện.')),
    originals: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_SIGNING_UNITS + 1, description: 'Số bản chính được lập; bỏ trống thì mỗi đơn vị ký giữ một bản và Cụm giữ một bản.' })),
    closing: Type.Optional(Text('Câu kết của giao ước, in đúng như viết, thay cho câu mặc định của hồ sơ định dạng ("Bản giao ước thi đua này được lập thành … bản …").', 1000)),
    signatories: Type.Optional(Type.Array(Signatory, { maxItems: MAX_SIGNING_UNITS, description: 'Người ký theo từng đơn vị; bỏ trống thì in ô ký trống cho mọi đơn vị thành viên.' })),
  },
  { description: 'Bản giao ước thi đua.' },
);

const Photo = Obj(
  {
    file: Type.Optional(ImagePath('Tệp ảnh (PNG hoặc JPEG), đường dẫn tính từ thư mục dự án.')),
    caption: Text('Chú thích ảnh.', 500),
    credit: Type.Optional(Text('Tác giả ảnh như báo ghi, ví dụ "Anh Dũng"; bỏ trống nếu không biết (không bao giờ tự điền).', 200)),
  },
  { description: 'Một ảnh kèm tin.' },
);

const PressStyle = Obj(
  {
    dateline: Type.Optional(Type.Boolean({ description: 'Mở đầu tin bằng tên viết tắt và dấu gạch ("TTXVN - Ngày 8/12, ..."); mặc định: có nếu có agencyCode.' })),
    closing: Type.Optional(Type.Boolean({ description: 'Kết thúc tin bằng "./."; mặc định: có.' })),
    photoCredit: Type.Optional(Enum(['ten-co-quan', 'ten', 'khong'] as const, 'Cách ghi tác giả ảnh: "ten-co-quan" ("Ảnh: Anh Dũng/TTXVN", mặc định khi có agencyCode), "ten" ("Ảnh: Anh Dũng"), "khong" (không ghi).')),
    pronoun: Type.Optional(Enum(['dong-chi', 'ong-ba'] as const, 'Cách gọi người: "dong-chi" (đồng chí, mặc định) hoặc "ong-ba" (ông/bà, theo giới tính).')),
    province: Type.Optional(Text('Tỉnh, thành phố của báo địa phương, ví dụ "Long An": tin của báo không ghi "tại tỉnh Long An" cho hội nghị họp ở chính tỉnh đó.', 100)),
  },
  { description: 'Văn phong của cơ quan báo chí.' },
);

const Press = Obj(
  {
    agency: Type.Optional(Text('Tên cơ quan báo chí, ví dụ "Thông tấn xã Việt Nam", "Báo Long An".', 200)),
    agencyCode: Type.Optional(Text('Tên viết tắt ở đầu tin, ví dụ "TTXVN"; bỏ trống nếu báo không dùng.', 30)),
    style: Type.Optional(PressStyle),
    headline: Type.Optional(Text('Tít bài, nếu muốn tự đặt.', 300)),
    lead: Type.Optional(Text('Đoạn mở đầu (sapo), nếu muốn tự viết.', 1500)),
    authors: Type.Optional(TextList('Tác giả.')),
    photos: Type.Optional(Type.Array(Photo, { description: 'Ảnh.' })),
  },
  { description: 'Thông tin tin bài.' },
);

export const ConferenceFile = Obj(
  {
    $schema: Type.Optional(Type.String()),
    kind: Type.Literal('conference', { description: 'Loại tệp: "conference" là một hội nghị.' }),
    id: Id('Mã hội nghị, cũng là tên thư mục kết quả trong out/.'),
    kinds: Type.Array(Enum(CONFERENCE_KINDS, 'Loại: "tong-ket" (tổng kết năm), "so-ket" (sơ kết), "giao-ban", "ky-giao-uoc" (ký giao ước thi đua).'), {
      minItems: 1,
      uniqueItems: true,
      description: 'Loại hội nghị; một hội nghị có thể gồm nhiều loại.',
    }),
    title: Type.Optional(Text('Tên hội nghị (trích yếu), ví dụ "Hội nghị tổng kết công tác thi đua năm 2023".', 500)),
    cluster: Type.Optional(Id('Mã Cụm thi đua của hội nghị (trong data/clusters); bỏ trống nếu là hội nghị của một tỉnh.')),
    organizers: Type.Optional(
      Type.Array(Id('Mã đơn vị hoặc mã Cụm.'), {
        uniqueItems: true,
        description: 'Cơ quan tổ chức (mã đơn vị hoặc Cụm), nhiều cơ quan nếu phối hợp tổ chức; bỏ trống thì là Cụm (nếu có), không thì đơn vị đăng cai.',
      }),
    ),
    host: Type.Optional(Id('Đơn vị đăng cai (mã đơn vị).')),
    period: Type.Optional(Period('Kỳ được đánh giá.')),
    date: Type.Optional(DateText('Ngày họp (YYYY-MM-DD).')),
    time: Type.Optional(Time),
    place: Type.Optional(Place),
    documents: Type.Optional(
      Obj(
        {
          minutes: Type.Optional(
            Obj(
              {
                ...documentFields('biên bản (mặc định: cơ quan tổ chức đầu tiên)'),
                signers: Type.Optional(Type.Array(Signer, { maxItems: 2, description: 'Người ký biên bản, trái rồi phải; bỏ trống thì là thư ký và người chủ trì.' })),
                copies: Type.Optional(Type.Integer({ minimum: 1, maximum: 99, description: 'Số bản biên bản được lập, in ở câu cuối "… lập thành 02 bản"; bỏ trống thì để chỗ trống điền tay.' })),
              },
              { description: 'Số, ký hiệu, ngày, cơ quan ban hành, nơi nhận và người ký biên bản.' },
            ),
          ),
          pledge: Type.Optional(Obj(documentFields('giao ước (mặc định: Cụm thi đua)'), { description: 'Số, ký hiệu, ngày, cơ quan ban hành và nơi nhận của giao ước.' })),
        },
        { description: 'Số, ký hiệu, cơ quan ban hành, nơi nhận từng văn bản.' },
      ),
    ),
    chairs: Type.Optional(Type.Array(Chair, { description: 'Người chủ trì, đồng chủ trì.' })),
    secretary: Type.Optional(Id('Thư ký hội nghị (mã người trong participants).')),
    participants: Type.Optional(Participants),
    materials: Type.Optional(TextList('Tài liệu sử dụng tại hội nghị.')),
    reports: Type.Optional(Type.Array(Report, { description: 'Các báo cáo, với người trình bày.' })),
    results: Type.Optional(Results),
    speeches: Type.Optional(Type.Array(Speech, { description: 'Các phát biểu theo thứ tự diễn ra: khai mạc, tham luận, thảo luận, chỉ đạo, kết luận...' })),
    difficulties: Type.Optional(TextList('Khó khăn, vướng mắc được nêu.')),
    decisions: Type.Optional(Type.Array(Decision, { description: 'Hội nghị thông qua, biểu quyết, thống nhất.' })),
    tasks: Type.Optional(TextList('Nhiệm vụ kỳ tới hội nghị đề ra.')),
    emulation: Type.Optional(
      Obj(
        {
          assessment: Type.Optional(Text('Kết quả bình xét, suy tôn nói chung.', 2000)),
          awards: Type.Optional(Type.Array(Award, { description: 'Khen thưởng.' })),
        },
        { description: 'Kết quả thi đua, khen thưởng.' },
      ),
    ),
    elections: Type.Optional(Elections),
    pledge: Type.Optional(Pledge),
    press: Type.Optional(Press),
  },
  { description: 'Tệp một hội nghị (data/conferences/*.yaml).' },
);

export type ConferenceFile = Static<typeof ConferenceFile>;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];
export type PeriodData = NonNullable<ConferenceFile['period']>;
export type SpeechData = NonNullable<ConferenceFile['speeches']>[number];
export type SignerData = Static<typeof Signer>;

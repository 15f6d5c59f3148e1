// Schema of a conference file: one meeting and everything its documents need.
import { Type, type Static } from '@sinclair/typebox';
import { Count, DateText, Enum, Id, ImagePath, Obj, Person, Text, TextList, TimeText, Year } from './common.js';


export const CONFERENCE_KINDS = ['tong-ket', 'so-ket', 'giao-ban', 'ky-giao-uoc'] as const;
export const AWARD_KINDS = ['co-thi-dua', 'bang-khen', 'giay-khen'] as const;
export const AWARD_STATUSES = ['de-nghi', 'da-trao'] as const;
export const DIRECTIVE_KINDS = ['chi-dao', 'ket-luan', 'phat-bieu'] as const;
export const SIGNER_ROLES = ['truong-ban', 'pho-truong-ban', 'quyen-truong-ban'] as const;
export const QUALIFIERS = ['trên', 'hơn', 'gần', 'khoảng', 'đạt'] as const;

const Period = Obj(
  {
    year: Year('Năm được tổng kết, sơ kết.'),
    half: Type.Optional(Enum([1, 2] as const, '1 = 6 tháng đầu năm, 2 = 6 tháng cuối năm; bỏ trống nếu cả năm.')),
  },
  { description: 'Kỳ được đánh giá.' },
);

const Time = Obj(
  {
    start: Type.Optional(TimeText('Giờ khai mạc, ví dụ "8:00".')),
    end: Type.Optional(TimeText('Giờ bế mạc, ví dụ "11:30".')),
  },
  { description: 'Giờ bắt đầu và kết thúc.' },
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

const DocumentInfo = Obj(
  {
    number: Type.Optional(Type.Integer({ minimum: 1, maximum: 9999, description: 'Số văn bản, ví dụ 1 (in ra "01").' })),
    type: Type.Optional(Type.String({ pattern: '^[A-ZĐƯ][A-Za-zĐƯđư]*$', maxLength: 10, description: 'Chữ viết tắt tên loại văn bản, ví dụ "BB" (biên bản).' })),
    date: Type.Optional(DateText('Ngày ký, nếu khác ngày họp (YYYY-MM-DD).')),
  },
  { description: 'Số, ký hiệu và ngày của một văn bản.' },
);

const Delegation = Obj(
  {
    unit: Id('Mã đơn vị.'),
    members: Type.Optional(Type.Array(Person, { description: 'Những người dự của đơn vị.' })),
    count: Type.Optional(Count('Tổng số người dự của đơn vị (không nhỏ hơn số người đã liệt kê).')),
  },
  { description: 'Đoàn đại biểu của một đơn vị.' },
);

const Participants = Obj(
  {
    guests: Type.Optional(Type.Array(Person, { description: 'Khách mời, lãnh đạo dự và chỉ đạo.' })),
    delegations: Type.Optional(Type.Array(Delegation, { description: 'Đại biểu theo từng đơn vị.' })),
    groups: Type.Optional(TextList('Thành phần dự ghi chung, ví dụ "Thường trực Tỉnh ủy, Thành ủy".')),
    absent: Type.Optional(Type.Array(Obj({ who: Text('Người hoặc đơn vị vắng.', 300), reason: Type.Optional(Text('Lý do.', 300)) }), { description: 'Vắng mặt.' })),
  },
  { description: 'Thành phần dự.' },
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

const Discussion = Obj(
  {
    unit: Type.Optional(Id('Mã đơn vị phát biểu.')),
    speaker: Type.Optional(Id('Mã người phát biểu (trong participants).')),
    points: Type.Optional(TextList('Các ý chính.')),
  },
  { description: 'Ý kiến thảo luận của một đơn vị hoặc một người.' },
);

const Directive = Obj(
  {
    speaker: Id('Mã người phát biểu (trong participants).'),
    kind: Type.Optional(Enum(DIRECTIVE_KINDS, '"chi-dao" (phát biểu chỉ đạo), "ket-luan" (kết luận hội nghị) hoặc "phat-bieu".')),
    summary: Type.Optional(Text('Ý chung, nếu có.', 2000)),
    points: Type.Optional(TextList('Các ý được đánh số.')),
  },
  { description: 'Phát biểu chỉ đạo hoặc kết luận.' },
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
  },
  { description: 'Bầu Cụm trưởng, Cụm phó năm sau.' },
);

const Signatory = Obj(
  {
    unit: Id('Mã đơn vị ký.'),
    role: Type.Optional(Enum(SIGNER_ROLES, '"truong-ban" (TRƯỞNG BAN), "pho-truong-ban" (K/T TRƯỞNG BAN, PHÓ TRƯỞNG BAN) hoặc "quyen-truong-ban" (Q. TRƯỞNG BAN).')),
    name: Type.Optional(Text('Họ tên người ký.', 200)),
    signature: Type.Optional(ImagePath('Ảnh chữ ký (PNG hoặc JPEG), đường dẫn tính từ thư mục dự án.')),
    seal: Type.Optional(ImagePath('Ảnh con dấu (PNG hoặc JPEG), đường dẫn tính từ thư mục dự án.')),
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
    year: Year('Năm thi đua của giao ước.'),
    theme: Type.Optional(Text('Chủ đề, khẩu hiệu thi đua.', 1000)),
    basis: Type.Optional(TextList('Căn cứ.')),
    goals: Type.Optional(TextList('Mục đích, yêu cầu.')),
    groups: Type.Optional(Type.Array(PledgeGroup, { description: 'Các nhóm nội dung, được đánh số theo thứ tự.' })),
    groupCount: Type.Optional(Count('Số nhóm nội dung, chỉ ghi khi chưa nhập các nhóm; nếu có, phải khớp.')),
    implementation: Type.Optional(TextList('Tổ chức thực hiện.')),
    signatories: Type.Optional(Type.Array(Signatory, { description: 'Người ký theo từng đơn vị; bỏ trống thì in ô ký trống cho mọi đơn vị thành viên.' })),
  },
  { description: 'Bản giao ước thi đua.' },
);

const Photo = Obj(
  {
    file: Type.Optional(ImagePath('Tệp ảnh (PNG hoặc JPEG), đường dẫn tính từ thư mục dự án.')),
    caption: Text('Chú thích ảnh.', 500),
    credit: Type.Optional(Text('Tác giả ảnh, ví dụ "Anh Dũng".', 200)),
  },
  { description: 'Một ảnh kèm tin.' },
);

const Press = Obj(
  {
    agency: Type.Optional(Text('Tên cơ quan báo chí, ví dụ "Thông tấn xã Việt Nam".', 200)),
    agencyCode: Type.Optional(Text('Tên viết tắt ở đầu tin, ví dụ "TTXVN".', 30)),
    headline: Type.Optional(Text('Tít bài, nếu muốn tự đặt.', 300)),
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
    kinds: Type.Array(Enum(CONFERENCE_KINDS, 'Loại: "tong-ket" (tổng kết năm), "so-ket" (sơ kết 6 tháng), "giao-ban", "ky-giao-uoc" (ký giao ước thi đua).'), {
      minItems: 1,
      uniqueItems: true,
      description: 'Loại hội nghị; một hội nghị có thể gồm nhiều loại.',
    }),
    title: Type.Optional(Text('Tên hội nghị (trích yếu), ví dụ "Hội nghị tổng kết công tác thi đua năm 2023".', 500)),
    cluster: Type.Optional(Id('Mã Cụm thi đua tổ chức (trong data/clusters); bỏ trống nếu là hội nghị của một tỉnh.')),
    period: Type.Optional(Period),
    date: Type.Optional(DateText('Ngày họp (YYYY-MM-DD).')),
    time: Type.Optional(Time),
    place: Type.Optional(Place),
    host: Type.Optional(Id('Đơn vị đăng cai (mã đơn vị).')),
    issuer: Type.Optional(Id('Cơ quan ban hành văn bản: mã đơn vị hoặc mã Cụm; mặc định là đơn vị đăng cai.')),
    documents: Type.Optional(
      Obj(
        {
          minutes: Type.Optional(DocumentInfo),
          pledge: Type.Optional(DocumentInfo),
        },
        { description: 'Số, ký hiệu từng văn bản.' },
      ),
    ),
    presiding: Type.Optional(Type.Array(Id('Mã người.'), { uniqueItems: true, description: 'Người chủ trì (mã người trong participants).' })),
    secretary: Type.Optional(Id('Thư ký hội nghị (mã người trong participants).')),
    participants: Type.Optional(Participants),
    materials: Type.Optional(TextList('Tài liệu sử dụng tại hội nghị.')),
    reports: Type.Optional(Type.Array(Report, { description: 'Các báo cáo.' })),
    results: Type.Optional(Results),
    discussion: Type.Optional(Type.Array(Discussion, { description: 'Ý kiến thảo luận.' })),
    difficulties: Type.Optional(TextList('Khó khăn, vướng mắc được nêu.')),
    directives: Type.Optional(Type.Array(Directive, { description: 'Phát biểu chỉ đạo, kết luận.' })),
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

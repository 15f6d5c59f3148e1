// Schema of a unit registry file: the Party bodies that conferences and clusters refer to.
import { Type, type Static } from '@sinclair/typebox';
import { DateText, Enum, Id, Obj, Text } from './common.js';

/** What kind of Party body a unit is: it decides how the document header is printed. */
export const UNIT_KINDS = ['ban', 'cap-uy', 'khac'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UnitHeader = Obj(
  {
    superior: Type.Optional(Text('Dòng cơ quan cấp trên, ví dụ "TỈNH ỦY LONG AN"; bỏ trống nếu không có.', 300)),
    issuer: Type.Array(Text('Một dòng.', 300), { minItems: 1, maxItems: 4, description: 'Các dòng tên cơ quan ban hành, mỗi dòng một mục, ví dụ ["BAN TỔ CHỨC"].' }),
  },
  { description: 'Tiêu đề văn bản ghi sẵn (ghi đè cách tính theo "kind"): các dòng như khi in, chữ in hoa.' },
);

export const Unit = Obj(
  {
    id: Id('Mã đơn vị, duy nhất trong toàn bộ dữ liệu, ví dụ "btctu-dak-lak". Trùng mã một đơn vị có sẵn của vankien thì đơn vị này thay cho đơn vị có sẵn.'),
    name: Text('Tên đơn vị như viết trong văn bản, ví dụ "Ban Tổ chức Tỉnh ủy Đắk Lắk".', 300),
    kind: Type.Optional(Enum(UNIT_KINDS, 'Loại cơ quan: "ban" (cơ quan tham mưu của cấp ủy: Ban Tổ chức, Văn phòng...), "cap-uy" (cấp ủy: Tỉnh ủy, Thành ủy, Huyện ủy...), "khac" (khác: tiêu đề lấy từ superior và headerName/name). Bỏ trống: "ban" nếu có committee.')),
    committee: Type.Optional(Text('Với kind: ban — cấp ủy mà ban phục vụ, như viết, ví dụ "Tỉnh ủy Long An", "Ban Chấp hành Trung ương" (dòng trên của tiêu đề). Bỏ trống thì lấy từ tên.', 300)),
    shortName: Type.Optional(Text('Với kind: ban — tên ngắn in ở tiêu đề, ví dụ "Ban Tổ chức". Bỏ trống thì là tên bỏ phần cấp ủy.', 300)),
    headerName: Type.Optional(Text('Với kind: khac — tên ở tiêu đề văn bản, nếu khác tên đơn vị.', 300)),
    superior: Type.Optional(Text('Với cấp ủy dưới cấp tỉnh (hoặc kind: khac) — tổ chức đảng cấp trên in ở dòng đầu tiêu đề, ví dụ "Đảng bộ tỉnh Thái Nguyên" trên "Huyện ủy Định Hóa". Tỉnh ủy, Thành ủy và các ban không ghi trường này.', 300)),
    header: Type.Optional(UnitHeader),
    code: Type.String({ pattern: '^[A-ZĐ][A-ZĐ0-9]*$', maxLength: 20, description: 'Ký hiệu dùng trong số văn bản, ví dụ "BTCTU" (trong "Số 01-BB/BTCTU").' }),
    province: Text('Tên tỉnh, thành phố nơi đơn vị đóng, như viết vào thời điểm đó, ví dụ "Đắk Lắk".', 100),
    place: Type.Optional(
      Text(
        'Địa danh ở dòng "nơi, ngày … tháng … năm …" của văn bản, nếu không phải tên tỉnh và không suy ra được từ cấp ủy, ví dụ "Gò Dầu". Bỏ trống: ban của huyện ủy, quận ủy, thị ủy, thành ủy thuộc tỉnh ghi tên huyện, quận, thị xã, thành phố đó; đơn vị cấp tỉnh ghi tên tỉnh.',
        100,
      ),
    ),
    from: Type.Optional(DateText('Ngày đơn vị bắt đầu hoạt động (YYYY-MM-DD), nếu thành lập sau.')),
    until: Type.Optional(DateText('Ngày cuối cùng đơn vị còn hoạt động (YYYY-MM-DD), ví dụ trước khi hợp nhất tỉnh.')),
    successor: Type.Optional(Id('Mã đơn vị mà đơn vị này hợp nhất vào (sau ngày until), ví dụ "btctu-phu-tho".')),
  },
  { description: 'Một cơ quan đảng: Ban Tổ chức Tỉnh ủy, Thành ủy, một cấp ủy, hoặc cơ quan khác.' },
);

export const UnitsFile = Obj(
  {
    $schema: Type.Optional(Type.String()),
    kind: Type.Literal('units', { description: 'Loại tệp: "units" là danh sách đơn vị.' }),
    units: Type.Array(Unit, { description: 'Các đơn vị.' }),
  },
  { description: 'Tệp danh sách đơn vị (data/units/*.yaml).' },
);

export type UnitHeader = Static<typeof UnitHeader>;
export type Unit = Static<typeof Unit>;
export type UnitsFile = Static<typeof UnitsFile>;

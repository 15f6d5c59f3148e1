// Schema of a unit registry file: the Party bodies that conferences and clusters refer to.
import { Type, type Static } from '@sinclair/typebox';
import { DateText, Id, Obj, Text } from './common.js';

export const Unit = Obj(
  {
    id: Id('Mã đơn vị, duy nhất trong toàn bộ dữ liệu, ví dụ "btctu-dak-lak".'),
    name: Text('Tên đơn vị như viết trong văn bản, ví dụ "Ban Tổ chức Tỉnh ủy Đắk Lắk".', 300),
    headerName: Type.Optional(Text('Tên đơn vị ở tiêu đề văn bản, nếu khác tên bỏ phần tên tỉnh, ví dụ "Ban Tổ chức Tỉnh ủy".', 300)),
    superior: Text('Cơ quan cấp trên (dòng đầu tiêu đề văn bản), ví dụ "Đảng bộ tỉnh Đắk Lắk".', 300),
    code: Type.String({ pattern: '^[A-ZĐ][A-ZĐ0-9]*$', maxLength: 20, description: 'Ký hiệu dùng trong số văn bản, ví dụ "BTCTU" (trong "Số 01-BB/BTCTU").' }),
    province: Text('Tên tỉnh, thành phố nơi đơn vị đóng, như viết vào thời điểm đó, ví dụ "Đắk Lắk".', 100),
    from: Type.Optional(DateText('Ngày đơn vị bắt đầu hoạt động (YYYY-MM-DD), nếu thành lập sau.')),
    until: Type.Optional(DateText('Ngày cuối cùng đơn vị còn hoạt động (YYYY-MM-DD), ví dụ trước khi hợp nhất tỉnh.')),
  },
  { description: 'Một cơ quan đảng (thường là Ban Tổ chức Tỉnh ủy, Thành ủy).' },
);

export const UnitsFile = Obj(
  {
    $schema: Type.Optional(Type.String()),
    kind: Type.Literal('units', { description: 'Loại tệp: "units" là danh sách đơn vị.' }),
    units: Type.Array(Unit, { description: 'Các đơn vị.' }),
  },
  { description: 'Tệp danh sách đơn vị (data/units/*.yaml).' },
);

export type Unit = Static<typeof Unit>;
export type UnitsFile = Static<typeof UnitsFile>;

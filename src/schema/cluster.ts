// Schema of a cluster file: an emulation cluster (Cụm thi đua), its members and leadership.
import { Type, type Static } from '@sinclair/typebox';
import { Id, MAX_SIGNING_UNITS, Obj, Text, Year } from './common.js';
import { UnitHeader } from './units.js';

export const Leadership = Obj(
  {
    year: Year('Năm thi đua mà ban lãnh đạo Cụm phụ trách.'),
    head: Id('Đơn vị Cụm trưởng (mã đơn vị).'),
    deputies: Type.Optional(Type.Array(Id('Mã đơn vị.'), { description: 'Các đơn vị Cụm phó (mã đơn vị).' })),
    electedAt: Type.Optional(Text('Bầu tại đâu, ví dụ "Hội nghị tổng kết công tác thi đua năm 2023 tại tỉnh Tuyên Quang".', 500)),
  },
  { description: 'Ban lãnh đạo Cụm trong một năm.' },
);

export const ClusterFile = Obj(
  {
    $schema: Type.Optional(Type.String()),
    kind: Type.Literal('cluster', { description: 'Loại tệp: "cluster" là một Cụm thi đua.' }),
    id: Id('Mã Cụm, ví dụ "cum-3-mien-trung-tay-nguyen".'),
    name: Type.Optional(Text('Tên đầy đủ của Cụm, ví dụ "Cụm thi đua Ban Tổ chức các Tỉnh ủy, Thành ủy khu vực miền Trung - Tây Nguyên".', 300)),
    number: Type.Optional(Type.Unsafe<string | number>({
      type: ['string', 'integer'],
      pattern: '^([IVXLC]+|[0-9]+)$',
      description: 'Số của Cụm như viết: số La Mã ("III") hoặc số Ả Rập (1).',
    })),
    region: Type.Optional(Text('Khu vực, ví dụ "miền Trung - Tây Nguyên".', 200)),
    code: Type.Optional(Type.String({ pattern: '^[A-ZĐ][A-ZĐ0-9]*$', maxLength: 20, description: 'Ký hiệu của Cụm trong số văn bản, ví dụ "CTĐ" (trong "Số 01-KH/CTĐ").' })),
    superior: Type.Optional(Text('Cơ quan cấp trên ghi ở tiêu đề văn bản do Cụm ban hành, nếu có.', 300)),
    header: Type.Optional(UnitHeader),
    members: Type.Array(Id('Mã đơn vị.'), { uniqueItems: true, maxItems: MAX_SIGNING_UNITS, description: 'Các đơn vị thành viên (mã đơn vị trong data/units).' }),
    leadership: Type.Optional(Type.Array(Leadership, { description: 'Cụm trưởng, Cụm phó theo từng năm.' })),
  },
  { description: 'Tệp một Cụm thi đua (data/clusters/*.yaml).' },
);

export type Leadership = Static<typeof Leadership>;
export type ClusterFile = Static<typeof ClusterFile>;

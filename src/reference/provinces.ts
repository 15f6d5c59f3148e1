// The provinces in force on a given date (reference/provinces.yaml), and name checks against them.
import { parse } from 'yaml';
import { closest } from '../text/closest.js';
import { toneNeutral } from '../text/fold.js';
import { readCompiled } from './compiled.js';

export interface Province {
  name: string;
  type: 'tỉnh' | 'thành phố';
  from?: string;
  until?: string;
  successor?: string;
  aliases?: string[];
}

export type ProvinceCheck =
  | { ok: true; province: Province }
  | { ok: false; reasonVi?: string; reasonEn?: string; suggestion?: string };

const inForce = (p: Province, date: string) => (!p.from || p.from <= date) && (!p.until || date <= p.until);

/** "2025-06-30" → "30-6-2025", as Party texts write dates in running text. */
export const partyDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${String(d).padStart(2, '0')}-${m}-${y}`;
};

export class ProvinceList {
  private readonly byKey = new Map<string, Province[]>();

  constructor(readonly all: readonly Province[]) {
    for (const p of all) {
      for (const n of [p.name, ...(p.aliases ?? [])]) {
        const key = toneNeutral(n);
        this.byKey.set(key, [...(this.byKey.get(key) ?? []), p]);
      }
    }
  }

  /** Lookup keys of names checked so far: a big project names the same few provinces thousands of times. */
  private readonly keys = new Map<string, string>();

  private keyOf(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = toneNeutral(name.replace(/^(tỉnh|thành phố|tp\.?)\s+/i, ''));
      if (this.keys.size < 4096) this.keys.set(name, key);
    }
    return key;
  }

  /** Provinces in force on `date` (YYYY-MM-DD). */
  on(date: string): Province[] {
    return this.all.filter((p) => inForce(p, date));
  }

  /**
   * Is `name` a province on `date`? Without a date: was it ever one?
   * Old and new tone placement ("Khánh Hoà", "Khánh Hòa") are the same name.
   */
  check(name: string, date?: string): ProvinceCheck {
    const found = this.byKey.get(this.keyOf(name)) ?? [];
    const valid = found.find((p) => !date || inForce(p, date));
    if (valid) return { ok: true, province: valid };
    const former = found[0];
    if (former && date) {
      if (former.until && former.until < date) {
        const after = former.successor ? ` ${former.successor}` : '';
        return {
          ok: false,
          reasonVi: `từ ngày ${partyDate(nextDay(former.until))} đã ${former.successor ? `hợp nhất vào${after}` : 'không còn'}`,
          reasonEn: `from ${nextDay(former.until)} it ${former.successor ? `is part of${after}` : 'no longer exists'}`,
          ...(former.successor ? { suggestion: `"${former.successor}"` } : {}),
        };
      }
      const before = this.all.find((p) => p.successor === former.name && p.until && p.until < (former.from ?? ''));
      return {
        ok: false,
        reasonVi: `tên này chỉ dùng từ ngày ${partyDate(former.from ?? date)}`,
        reasonEn: `the name is used only from ${former.from ?? date}`,
        ...(before ? { suggestion: `"${before.name}"` } : {}),
      };
    }
    const pool = date ? this.on(date) : this.all;
    const best = closest(name, pool.map((p) => p.name), 1)[0];
    return { ok: false, ...(best ? { suggestion: `"${best}"` } : {}) };
  }
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Reads the province list (the compiled copy when it was made from this text); throws with a plain message if the file is malformed. */
export function parseProvinces(text: string): ProvinceList {
  const compiled = readCompiled('provinces', text);
  return new ProvinceList(Array.isArray(compiled) ? (compiled as Province[]) : provinceValues(text));
}

/** The provinces of the file's text, checked and in NFC. */
export function provinceValues(text: string): Province[] {
  const data = parse(text) as { provinces?: unknown };
  if (!data || !Array.isArray(data.provinces)) throw new Error('reference/provinces.yaml: thiếu danh sách "provinces"');
  return data.provinces.map((raw, i) => {
    const p = raw as Province;
    if (typeof p?.name !== 'string' || (p.type !== 'tỉnh' && p.type !== 'thành phố')) {
      throw new Error(`reference/provinces.yaml: mục thứ ${i + 1} thiếu "name" hoặc "type" hợp lệ`);
    }
    return { ...p, name: p.name.normalize('NFC'), aliases: p.aliases?.map((a) => String(a).normalize('NFC')) };
  });
}

// The view model: every text a document prints, built once per conference and shared by all renderers.
import type { DocxImage } from '../render/docx/image-module.js';

/** One signature block of the pledge grid: one member unit. */
export interface SignatureBlock {
  unit: string; // "BAN TỔ CHỨC TỈNH ỦY QUẢNG BÌNH"
  authority: string; // "K/T TRƯỞNG BAN" or ""
  title: string; // "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN" or a dotted blank
  name: string; // "Nguyễn Văn A" or a dotted blank
  signature: DocxImage | null;
  seal: DocxImage | null;
}

export interface Numbered {
  no: string; // "1"
  text: string;
}

export interface ViewModel {
  id: string;
  kinds: string; // "tổng kết, ký giao ước thi đua"
  title: string; // "Hội nghị tổng kết công tác thi đua năm 2023"
  titleCaps: string;
  titleInSentence: string; // "hội nghị tổng kết công tác thi đua năm 2023"
  period: string; // "năm 2023", "6 tháng đầu năm 2024" or blank
  date: {
    line: string; // "ngày 08 tháng 12 năm 2023" (or dotted)
    running: string; // "ngày 8-12-2023"
    news: string; // "8/12"
    weekday: string;
    known: boolean;
  };
  time: { start: string; end: string; session: string };
  place: {
    venue: string;
    locality: string;
    province: string; // "tỉnh Đắk Lắk"
    provinceName: string; // "Đắk Lắk"
    full: string; // "Hội trường ..., thành phố Buôn Ma Thuột, tỉnh Đắk Lắk"
    where: string; // "thành phố Buôn Ma Thuột, tỉnh Đắk Lắk" (news dateline)
  };
  header: {
    superior: string; // "TỈNH ỦY ĐẮK LẮK", or "" when there is no superior line
    issuer: string; // "BAN TỔ CHỨC"; several lines joined by "\n"
    issuerName: string; // "Ban Tổ chức Tỉnh ủy Đắk Lắk"
    placeDate: string; // "Đắk Lắk, ngày 08 tháng 12 năm 2023"
  };
  numbers: { minutes: string; pledge: string }; // "Số 01-BB/BTCTU"
  organizer: string; // who held it, in a sentence
  host: string;
  cluster: {
    present: boolean;
    name: string;
    number: string;
    region: string;
    memberCount: string;
    members: string[]; // unit names
    memberProvinces: string; // "Quảng Bình, Quảng Trị và Đắk Lắk"
  };
  presiding: string; // "đồng chí A, chức vụ và đồng chí B, chức vụ" or blank
  secretary: string;
  chairSignName: string;
  secretarySignName: string;
  attendance: {
    guests: string[];
    delegations: string[];
    groups: string[];
    absent: string[];
    any: boolean;
    blank: string; // the line to fill by hand when no attendance is recorded
  };
  materials: string[];
  reports: Array<{ title: string; presenter: string; lead: string; summary: string[] }>;
  results: { highlights: string[]; indicators: string[]; any: boolean };
  discussion: Array<{ who: string; lead: string; points: string[] }>;
  difficulties: string[];
  directives: Array<{ speaker: string; speakerName: string; speakerTitle: string; verb: string; summary: string; lead: string; points: Numbered[] }>;
  emulation: {
    assessment: string;
    awards: Array<{ sentence: string; kind: string; grantor: string; recipients: string; counts: string; proposed: boolean }>;
    any: boolean;
  };
  elections: { present: boolean; year: string; head: string; deputies: string; count: string; sentence: string };
  pledge: {
    present: boolean;
    year: string;
    theme: string;
    basis: string[];
    goals: string[];
    groups: Array<{ no: string; title: string; items: string[] }>;
    groupCount: string;
    implementation: string[];
    signatureRows: Array<{ left: SignatureBlock; right: SignatureBlock | null }>;
    signatoryCount: string;
    signed: boolean; // the meeting included the signing
  };
  /** Sections of the minutes' proceedings: shown or not, and their running number. */
  sections: Record<'reports' | 'results' | 'discussion' | 'difficulties' | 'directives' | 'emulation' | 'elections' | 'pledge', { show: boolean; no: string }>;
  /** The press bulletin: sentences from the data, in the order of a news item (see view/news.ts). */
  news: {
    headline: string;
    lead: string;
    /** The dateline opening first; the last ends with "./.". */
    paragraphs: string[];
    photos: Array<{ caption: string; file: string; alt: string }>;
    author: string;
    agency: string;
    keywords: string;
  };
  press: {
    agency: string;
    agencyCode: string;
    headline: string;
    authors: string;
    photos: Array<{ caption: string; credit: string; file: string }>;
  };
}

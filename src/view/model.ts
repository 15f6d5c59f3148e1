// The view model: every text a document prints, built once per conference and shared by all renderers.
import type { DocxImage } from '../render/docx/image-module.js';
import type { HeaderFit } from '../model/header-fit.js';
import type { SignerView } from './signers.js';
import type { SpeechView } from './speeches.js';
import type { DraftView } from './draft.js';

/** One signature block of the pledge grid: one member unit. */
export interface SignatureBlock {
  unit: string; // "BAN TỔ CHỨC TỈNH ỦY QUẢNG BÌNH"
  authority: string; // "K/T TRƯỞNG BAN" or ""
  title: string; // "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN" or a dotted blank
  name: string; // "Nguyễn Văn A" or a dotted blank
  signature: DocxImage | null;
  seal: DocxImage | null;
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
  time: { start: string; end: string; session: string; opening: string };
  /** Per declared kind of document (by id): whether it is still a draft (prints "DỰ THẢO") and what it lacks. */
  drafts: Record<string, DraftView>;
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
    /** Columns and sizes that print every line whole (when the view was built with the full profile). */
    fit?: HeaderFit;
  };
  /** The pledge's own header: the cluster's for a cluster pledge (the members' joint document). */
  pledgeHeader: ViewModel['header'];
  numbers: { minutes: string; pledge: string }; // "Số 01-BB/BTCTU"
  organizer: string; // who held it, in a sentence: "Cụm thi đua số III" or "A và B"
  host: string;
  minutesCopies: string;
  /** "Nơi nhận" of each document: the data's lines, then "Lưu …". */
  recipients: { minutes: string[]; pledge: string[] };
  cluster: {
    present: boolean;
    name: string;
    number: string;
    region: string;
    memberCount: string;
    members: string[]; // unit names
    memberProvinces: string; // "Quảng Bình, Quảng Trị và Đắk Lắk"
  };
  presiding: string; // "đồng chí A, chức vụ; đồng chủ trì: đồng chí B, chức vụ" or blank
  chairs: Array<{ text: string; coChair: boolean }>;
  secretary: string;
  signers: { left: SignerView; right: SignerView };
  attendance: {
    guests: string[];
    units: string[]; // one line per unit: present with its delegates, or absent with the reason
    groups: string[];
    /** Guests, the units' lines and groups as one punctuated dash list. */
    list: string[];
    press: string[];
    absent: string[];
    presentUnits: string[];
    absentUnits: string[];
    any: boolean;
    blank: string; // the line to fill by hand when no attendance is recorded
  };
  materials: string[];
  reports: Array<{ title: string; presenter: string; lead: string; summary: string[] }>;
  results: { highlights: string[]; indicators: string[]; any: boolean };
  /** Every speech in the order given; discussion and directives are its two parts as the minutes file them. */
  speeches: SpeechView[];
  discussion: SpeechView[];
  difficulties: string[];
  directives: SpeechView[];
  /** The heading of the directives' part: "Ý kiến chỉ đạo, kết luận", "Ý kiến phát biểu" or both, after what it holds. */
  directivesTitle: string;
  decisions: string[];
  tasks: string[];
  emulation: {
    assessment: string;
    awards: Array<{ sentence: string; kind: string; grantor: string; recipients: string; counts: string; proposed: boolean }>;
    /** The award sentences as a punctuated dash list. */
    lines: string[];
    any: boolean;
  };
  elections: { present: boolean; year: string; head: string; deputies: string; count: string; sentence: string; vote: string };
  pledge: {
    present: boolean;
    period: string; // "năm 2024", "6 tháng cuối năm 2026"
    periodCaps: string;
    year: string;
    theme: string;
    basis: string[];
    goals: string[];
    groups: Array<{ no: string; title: string; items: string[] }>;
    groupCount: string; // a blank when unknown, never "0"
    originals: string; // how many originals are made
    /** The closing clause: how many originals are made and who keeps them. */
    closing: string;
    implementation: string[];
    signatureRows: Array<{ left: SignatureBlock; right: SignatureBlock | null }>;
    pairs: Array<{ left: SignatureBlock; right: SignatureBlock }>;
    single: SignatureBlock | null;
    hasPairs: boolean;
    /** The number of originals, when known (data or the rule): the print bundle makes that many. */
    originalsCount: number | undefined;
    /** Who keeps original k (index k-1), when the rule's count applies; empty otherwise. */
    keepers: string[];
    signatoryCount: string;
    signed: boolean; // the meeting included the signing
  };
  /** Long paragraphs that hold a dotted blank (printed left-aligned rather than justified). */
  blanks: { opening: boolean; intro: boolean };
  /** Sections of the minutes' proceedings: shown or not, and their running number. */
  sections: Record<
    'reports' | 'results' | 'discussion' | 'difficulties' | 'directives' | 'decisions' | 'emulation' | 'elections' | 'pledge',
    { show: boolean; no: string }
  >;
  /** The press bulletin: a news item written from the data (see view/news/). */
  news: {
    headline: string;
    /** The sapo; an outlet that opens with its code has it here ("TTXVN - Ngày 8/12, …"). */
    lead: string;
    /**
     * Paragraphs in order, each with the photos (indexes into `photos`) that follow it; the last ends with
     * "./." in outlets that close so, and its photos come before it (`photosBefore`): nothing stands
     * between the closing mark and the byline.
     */
    body: Array<{ text: string; photos: number[]; photosBefore: number[] }>;
    /** The body's texts alone, for templates written before `body` (`{{#each news.paragraphs}}`). */
    paragraphs: string[];
    /** Photos that follow the lead when there is no body. */
    loosePhotos: number[];
    photos: Array<{ caption: string; file: string; alt: string; credit: string }>;
    /** "Huỳnh Phong - Hùng Anh", or "". */
    author: string;
    agency: string;
    keywords: string;
    /** The conference date (YYYY-MM-DD) or "". */
    date: string;
    jsonLd: Record<string, unknown>;
    openGraph: Array<{ property: string; content: string }>;
  };
  press: {
    agency: string;
    agencyCode: string;
    headline: string;
    authors: string;
    photos: Array<{ caption: string; credit: string; file: string }>;
  };
}

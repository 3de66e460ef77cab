/**
 * Public types of the chitieu engine. Offsets are UTF-16 indices into the text exactly as the
 * caller passed it (what `TextDocument.offsetAt` returns), whatever normalisation the engine
 * applies internally. `span` is half-open: [start, end).
 */

export type Span = [number, number];

/** hơn/trên/vượt → more_than, gần → nearly, khoảng/ước/xấp xỉ → about, ít nhất/tối thiểu/≥ → at_least, tối đa/dưới/chưa tới → at_most. */
export type Qualifier = 'more_than' | 'nearly' | 'about' | 'at_least' | 'at_most';

/** target: a value to be reached; actual: reported as reached or estimated; other: descriptive. */
export type Role = 'target' | 'actual' | 'other';

/** deadline: by a time; period: a span; point: a reporting time; date: a calendar date; after: after a time. */
export type TimeKind = 'deadline' | 'period' | 'point' | 'date' | 'after';

interface EntityBase {
  span: Span;
  /** The document text at `span`, exactly as given. */
  text: string;
  /** Id of the rule that produced the entity (`amount.scaled`, `time.deadline` ...), for tracing. */
  rule: string;
}

export interface AmountEntity extends EntityBase {
  type: 'amount';
  /** The number with its scale applied; for a range, the lower bound. */
  value: number;
  /** Upper bound of a range. */
  max?: number;
  /** Canonical unit (USD, VND, %, ha, km², MW, tấn ...) or the counted noun as written; '' when none. */
  unit: string;
  qualifier?: Qualifier;
  role: Role;
}

export interface TimeEntity extends EntityBase {
  type: 'time';
  kind: TimeKind;
  /** ISO-style, as precise as the text: `2025`, `2024-05`, `2023-12-01`. */
  start?: string;
  end?: string;
}

export interface ProvinceEntity extends EntityBase {
  type: 'province';
  /** Canonical name with diacritics (`Thanh Hóa`). */
  name: string;
  /** Stable id (`old:thanh-hoa`, `new:hue`). */
  id: string;
  /** Name of the province-level unit it belongs to from 1 July 2025. */
  unit2025: string;
}

export type Entity = AmountEntity | TimeEntity | ProvinceEntity;

export interface Goal {
  /** Canonical name of the province whose goal it is; null when the document names none. */
  province: string | null;
  /** Short noun phrase for what is measured. */
  indicator: string;
  value?: number;
  max?: number;
  unit?: string;
  qualifier?: Qualifier;
  /** End year or date of the goal (`2025`, `2024-12`). */
  deadline?: string;
  /** `2021-2025` style, when the text gives one. */
  period?: string;
  quantitative: boolean;
  /** Where the goal is stated (the evidence). */
  span: Span;
  /** Where a quantitative goal's value is written (the target amount's span); annotations key goals by it. */
  valueSpan?: Span;
  evidence: string;
  rule: string;
}

export interface DocumentProvince {
  name: string;
  id: string;
  unit2025: string;
  /** How many times the document names it (outside banners and menus). */
  mentions: number;
}

export interface ExtractOptions {
  /**
   * Year (`2024`), month (`2024-07`) or date (`2024-07-15`) the document speaks from, as the user
   * set it for this document: it overrides whatever the text says.
   */
  documentDate?: string;
  /**
   * Year, month or date used when the text itself gives no evidence of its date (no date line, no
   * reporting span): a corpus or workspace default. The engine never reads the clock.
   */
  referenceDate?: string;
  /**
   * `false`: entities, provinces and the document date only, `goals` left empty (about half the work:
   * highlighting needs no goals). Default `true`.
   */
  goals?: boolean;
}

/** The date a document speaks from, and where it comes from. */
export interface DocumentDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the evidence. */
  date: string;
  /** user: set for the document; header: its date line; reporting: the span it reports on; option: the default. */
  source: 'user' | 'header' | 'reporting' | 'option';
}

export interface Extraction {
  /** The provinces the document is about, most mentioned first. */
  provinces: DocumentProvince[];
  /** All entities, sorted by start offset. */
  entities: Entity[];
  goals: Goal[];
  /** The year the document speaks from, when it could be told. */
  documentYear?: number;
  /** The date the document speaks from, when there is evidence of it (absent: undated). */
  documentDate?: DocumentDate;
}

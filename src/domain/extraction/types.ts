/**
 * Records produced by statement extraction. Every span is a pair of JavaScript string
 * indices (`start` inclusive, `end` exclusive) into the article text exactly as it was
 * given, title line included, so callers can always recover `text.slice(start, end)`.
 */

/** A half-open character range into the article text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers (redundant, but it makes records self-checking). */
export type TextSpan = Span & { text: string };

export type SpeakerKind = 'PERSON' | 'ORGANIZATION' | 'UNKNOWN';

/** DIRECT: the content is (or contains) a quotation; INDIRECT: reported speech. */
export type StatementKind = 'DIRECT' | 'INDIRECT';

export type OrganizationKind =
  | 'PARTY'
  | 'COMMITTEE'
  | 'PARLIAMENT'
  | 'GOVERNMENT'
  | 'COURT'
  | 'JUDICIARY'
  | 'MILITARY'
  | 'MEDIA'
  | 'COMPANY'
  | 'NGO'
  | 'OTHER';

/** What the caller already knows about an article; the extractor fills gaps from the text. */
export interface ArticleMetadata {
  title?: string;
  outlet?: string;
  url?: string;
  publishedAt?: Date;
  language?: string;
}

export interface ExtractedSpeaker {
  /** Stable within one article: a slug of the canonical name. */
  key: string;
  name: string;
  kind: SpeakerKind;
  /** Other spellings used in the article ("Al-Moussawi" for "Mokhtar al-Moussawi"). */
  aliases: string[];
  /** Every place the article refers to this speaker that the extractor resolved. */
  mentions: TextSpan[];
  /**
   * True when at least one statement is attributed to this speaker. People who are only
   * described (e.g. "X, the commander of Y") are listed for their affiliations with
   * `quoted: false`; they are never the speaker of a statement.
   */
  quoted: boolean;
}

export interface ExtractedOrganization {
  key: string;
  name: string;
  kind: OrganizationKind;
  aliases: string[];
}

export interface ExtractedAffiliation {
  speakerKey: string;
  organizationKey: string;
  /** The role as written, lower-cased unless it is a title ("member", "Prime Minister"). */
  role: string;
  /** The words the affiliation was read from. */
  evidence: TextSpan;
}

export interface ExtractedStatement {
  /** The quote or reported clause, without quotation marks. */
  content: TextSpan;
  kind: StatementKind;
  /** Reporting verb or phrase as written ("said", "according to"); null for follow-on quotes. */
  cue: TextSpan | null;
  /** Dictionary form of the cue ("say", "according to"). */
  cueLemma: string | null;
  /** Resolved speaker; null when unattributed or only vaguely sourced ("a source said"). */
  speakerKey: string | null;
  /** The subject of the cue as written ("he", "al-Moussawi", "a parliamentary official"). */
  speakerMention: TextSpan | null;
  /** 0..1, from the pattern that produced the statement and how the speaker was resolved. */
  confidence: number;
}

export interface ExtractedArticle {
  title: string;
  titleSpan: Span;
  /** The body is `text.slice(bodyStart)`. */
  bodyStart: number;
  /** From the dateline ("Shafaq News/ ...") or, failing that, the metadata. */
  outlet: string | null;
  publishedAt: Date | null;
  language: string | null;
  url: string | null;
  speakers: ExtractedSpeaker[];
  organizations: ExtractedOrganization[];
  affiliations: ExtractedAffiliation[];
  /** Sorted by `content.start`. */
  statements: ExtractedStatement[];
}

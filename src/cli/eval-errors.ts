/**
 * The direct row's errors by pattern, for `eval DIR --errors [N]`: every gold direct quote the
 * scorer counts as missed and every direct prediction it counts as a false positive, sorted
 * into named patterns so a report can say *where* the errors are, not only how many.
 *
 * Matching is the shared scorer's (shared/eval/README.md): a prediction hits the gold whose
 * content holds the largest part of it, if that is at least half the prediction; a gold is
 * found when the predictions hitting it cover at least half its content. The counts here add
 * up to the scorer's own (gold − found, predicted − hits), which the tests check.
 */

/** A `[start, end)` span list, as the gold files write content, source and cue. */
export type SpanList = ReadonlyArray<readonly [number, number]>;

/** One gold attribution, as `ID.gold.json` holds it. */
export interface GoldAttribution {
  content: SpanList;
  source: SpanList | null;
  cue: SpanList | null;
  direct: boolean;
}

/** The part of a prediction record the error report reads. */
export interface PredictedStatement {
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  cue?: string | null;
}

/** One article to classify: its text, its gold attributions and our predictions. */
export interface ScoredArticle {
  id: string;
  text: string;
  gold: readonly GoldAttribution[];
  predictions: readonly PredictedStatement[];
}

/** A missed gold quote or a false-positive prediction, located for the examples listing. */
export interface ErrorCase {
  id: string;
  start: number;
  end: number;
}

/** Why a gold direct quote was not found. */
export const MISS_PATTERNS = {
  asIndirect: 'found, but only by an indirect prediction',
  joinedQuotations: 'partly found: the gold joins quotations we give separately or not at all',
  widerClause: 'partly found: the gold takes unquoted text around the quotation',
  partial: 'partly found: other',
  overlong: 'overlapped by a prediction mostly outside it (our span too long)',
  titleLine: 'not predicted: in the title line',
  shortQuotation: 'not predicted: a quotation of one to three words (scare quote, phrase)',
  clauseAroundQuotation: 'not predicted: mostly unquoted text holding a quotation',
  quotedSentence: 'not predicted: a longer quotation',
} as const;

/** Why a direct prediction hit no gold direct quote. */
export const FALSE_POSITIVE_PATTERNS = {
  unmarkedQuotation: 'speech with no quotation mark at or in it (a transcript turn "NAME: …"): the gold calls it indirect',
  indirectGold: 'inside a gold attribution not marked direct (no double mark in its content)',
  overlong: 'overlaps a gold quote but lies mostly outside it (too long)',
  titleLine: 'unannotated: in the title line',
  shortQuotation: 'unannotated: a quotation of one to three words',
  cueless: 'unannotated: a quotation with no reporting verb of its own (follow-on, cue-less)',
  withCue: 'unannotated: a quotation with a reporting verb',
} as const;

export type MissPattern = keyof typeof MISS_PATTERNS;
export type FalsePositivePattern = keyof typeof FALSE_POSITIVE_PATTERNS;

/** Every miss and false positive of a set of articles, grouped by pattern. */
export interface DirectErrors {
  gold: number;
  predicted: number;
  misses: Map<MissPattern, ErrorCase[]>;
  falsePositives: Map<FalsePositivePattern, ErrorCase[]>;
}

// A quotation mark that is never an apostrophe; single closing marks count only at the edges.
const QUOTE_MARK = /["“”‘`]|''/;
const EDGE_SINGLE_MARK = /['’]/;
const QUOTATION = /["“](?<inner>[^"“”\n]*)["”]|``(?<inner2>[^\n]*?)''/g;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function overlap(start: number, end: number, spans: SpanList): number {
  let covered = 0;
  for (const [a, b] of spans) covered += Math.max(0, Math.min(b, end) - Math.max(a, start));
  return covered;
}

function spanLength(spans: SpanList): number {
  let length = 0;
  for (const [a, b] of spans) length += b - a;
  return length;
}

/** The scorer's assignment: for each prediction, the index of the gold it hits, or -1. */
function assignHits(gold: readonly GoldAttribution[], predictions: readonly PredictedStatement[]): number[] {
  return predictions.map((p) => {
    let best = -1;
    let bestOverlap = 0;
    gold.forEach((g, i) => {
      const o = overlap(p.start, p.end, g.content);
      if (o >= 0.5 * (p.end - p.start) && o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
    });
    return best;
  });
}

/** How much of `gold` the given predictions cover (the scorer's "found" measure). */
function coverage(gold: GoldAttribution, predictions: readonly PredictedStatement[]): number {
  let covered = 0;
  for (const p of predictions) covered += overlap(p.start, p.end, gold.content);
  return covered;
}

function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The gold content's quotations (text between double marks) and its words outside them. */
function quotationShape(text: string, gold: GoldAttribution): { quotations: number; quotedWords: number; otherWords: number } {
  let quotations = 0;
  let quotedWords = 0;
  let otherWords = 0;
  for (const [a, b] of gold.content) {
    const content = text.slice(a, b);
    let last = 0;
    for (const match of content.matchAll(QUOTATION)) {
      quotations++;
      quotedWords += wordCount(match.groups?.['inner'] ?? match.groups?.['inner2'] ?? '');
      otherWords += wordCount(content.slice(last, match.index));
      last = match.index + match[0].length;
    }
    if (quotations === 0) quotedWords += wordCount(content);
    else otherWords += wordCount(content.slice(last));
  }
  // A quotation left open at the span's end (a multi-paragraph quote) still counts as one.
  return { quotations: Math.max(quotations, 1), quotedWords, otherWords };
}

function titleLineEnd(text: string): number {
  const end = text.indexOf('\n');
  return end < 0 ? text.length : end;
}

function missPattern(text: string, gold: GoldAttribution, direct: readonly PredictedStatement[], hitting: readonly PredictedStatement[], all: readonly PredictedStatement[]): MissPattern {
  const length = spanLength(gold.content);
  if (coverage(gold, all.filter((p) => p.kind === 'indirect' && overlap(p.start, p.end, gold.content) >= 0.5 * (p.end - p.start))) + coverage(gold, hitting) >= 0.5 * length) {
    return 'asIndirect';
  }
  const shape = quotationShape(text, gold);
  if (hitting.length > 0) {
    if (shape.quotations > 1) return 'joinedQuotations';
    if (shape.otherWords > shape.quotedWords / 2) return 'widerClause';
    return 'partial';
  }
  if (direct.some((p) => overlap(p.start, p.end, gold.content) > 0)) return 'overlong';
  const first = gold.content[0];
  if (first && first[0] < titleLineEnd(text)) return 'titleLine';
  if (shape.otherWords > shape.quotedWords) return 'clauseAroundQuotation';
  if (shape.quotedWords <= 3) return 'shortQuotation';
  return 'quotedSentence';
}

function falsePositivePattern(text: string, prediction: PredictedStatement, directGold: readonly GoldAttribution[], allGold: readonly GoldAttribution[]): FalsePositivePattern {
  const length = prediction.end - prediction.start;
  if (allGold.some((g) => overlap(prediction.start, prediction.end, g.content) >= 0.5 * length)) {
    return isUnmarked(text, prediction) ? 'unmarkedQuotation' : 'indirectGold';
  }
  if (directGold.some((g) => overlap(prediction.start, prediction.end, g.content) > 0)) return 'overlong';
  if (prediction.start < titleLineEnd(text)) return 'titleLine';
  if (wordCount(text.slice(prediction.start, prediction.end)) <= 3) return 'shortQuotation';
  return prediction.cue ? 'withCue' : 'cueless';
}

/**
 * True when no quotation mark sets off or sits inside the prediction (apostrophes aside): a
 * transcript turn, bare or quoted as a block ("“RUIZ: We sail …", the mark before the label).
 */
function isUnmarked(text: string, prediction: PredictedStatement): boolean {
  if (QUOTE_MARK.test(text.slice(Math.max(0, prediction.start - 1), prediction.end + 1))) return false;
  return !EDGE_SINGLE_MARK.test(text.charAt(prediction.start - 1)) && !EDGE_SINGLE_MARK.test(text.charAt(prediction.end));
}

function push<K>(groups: Map<K, ErrorCase[]>, key: K, errorCase: ErrorCase): void {
  const list = groups.get(key);
  if (list) list.push(errorCase);
  else groups.set(key, [errorCase]);
}

/**
 * Sorts the direct row's misses and false positives of `articles` into patterns. Gold
 * "direct" is the gold file's flag (its content holds a double quotation mark); a direct
 * prediction is one of kind `direct`, as the scorer reads them.
 */
export function classifyDirectErrors(articles: readonly ScoredArticle[]): DirectErrors {
  const errors: DirectErrors = { gold: 0, predicted: 0, misses: new Map(), falsePositives: new Map() };
  for (const article of articles) {
    const directGold = article.gold.filter((g) => g.direct);
    const direct = article.predictions.filter((p) => p.kind === 'direct');
    errors.gold += directGold.length;
    errors.predicted += direct.length;
    const hits = assignHits(directGold, direct);
    directGold.forEach((gold, i) => {
      const hitting = direct.filter((_, j) => hits[j] === i);
      if (coverage(gold, hitting) >= 0.5 * spanLength(gold.content)) return;
      const pattern = missPattern(article.text, gold, direct, hitting, article.predictions);
      const [start] = gold.content[0] ?? [0];
      const end = gold.content.at(-1)?.[1] ?? start;
      push(errors.misses, pattern, { id: article.id, start, end });
    });
    direct.forEach((prediction, j) => {
      if (hits[j] !== -1) return;
      const pattern = falsePositivePattern(article.text, prediction, directGold, article.gold);
      push(errors.falsePositives, pattern, { id: article.id, start: prediction.start, end: prediction.end });
    });
  }
  return errors;
}

function count<K>(groups: Map<K, ErrorCase[]>): number {
  let n = 0;
  for (const list of groups.values()) n += list.length;
  return n;
}

/**
 * The report `eval --errors` prints: counts per pattern, largest first, and up to `examples`
 * cases of each as `ID start-end: text` (the text read from `textOf(id)`).
 */
export function formatDirectErrors(errors: DirectErrors, examples: number, textOf: (id: string) => string): string {
  const lines: string[] = [];
  const section = <K extends string>(title: string, groups: Map<K, ErrorCase[]>, names: Record<K, string>): void => {
    lines.push(title);
    const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
    for (const [key, cases] of sorted) {
      lines.push(`  ${String(cases.length).padStart(5)}  ${names[key]}`);
      for (const c of cases.slice(0, examples)) {
        const snippet = textOf(c.id).slice(c.start, c.end).replace(/\s+/g, ' ');
        lines.push(`           ${c.id} ${c.start}-${c.end}: ${snippet.length > 120 ? `${snippet.slice(0, 117)}...` : snippet}`);
      }
    }
  };
  section(`direct misses by pattern (${count(errors.misses)} of ${errors.gold} gold quotes):`, errors.misses, MISS_PATTERNS);
  section(`direct false positives by pattern (${count(errors.falsePositives)} of ${errors.predicted} predictions):`, errors.falsePositives, FALSE_POSITIVE_PATTERNS);
  return `${lines.join('\n')}\n`;
}

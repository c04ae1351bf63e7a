/**
 * Cues: a sentence's word tokens outside quotations, and the reporting verbs and phrases
 * among them, with the checks that a verb stands where a report's verb can (auxiliaries,
 * modals, particles).
 */
import { AUXILIARIES, BASE_FORMS_AFTER_AUXILIARY, NON_REPORTING_PARTICLES, PHRASAL_CUES, SPEECH_BASE_FORMS, REPORTING_VERBS } from './lexicon.ts';
import type { CueEntry, CueFrame } from './lexicon.ts';
import { ABSOLUTE_NAME_BEFORE, BE_FORMS, DETERMINER_OR_PREPOSITION, MESSAGE_BEFORE, PARTICIPLE_OPENERS, TO_VERBS } from './patterns.ts';
import type { Quote } from './segment.ts';
import type { Span, TextSpan } from './types.ts';

interface Token extends Span {
  text: string;
  lower: string;
}

export interface Cue extends TextSpan {
  lemma: string;
  frame: CueFrame | 'according';
  entry: CueEntry | null;
  /** Index of the first token after the cue. */
  next: number;
}

const WORD = /[\p{L}\p{N}$%]+(?:[’'.\-][\p{L}\p{N}]+)*/gu;
const PROGRESSIVE = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'keeps', 'kept']);
/** Verbs whose past participle names a thing ("a band called …"). */
const NAMING_PARTICIPLE = /^(?:call|name|dub|title|label|nickname)$/;
/** An indefinite article, then up to three modifiers, before a noun. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:a|an|A|An)\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** "with 50 percent": an absolute "with" phrase at the end. */
const WITH_ABSOLUTE_END = /\bwith\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+)?[\p{L}\p{N}%’'.-]+(?:\s+[\p{L}\p{N}%’'.-]+){0,3}\s+$/u;
/** A noun that can do what a participle after it says ("groups backing …"). */
const PARTICIPLE_OWNER_NOUN = /^(?:\p{Ll}{3,}s|\p{Lu}[\p{L}-]*s?|group|fund|committee|campaign|organization|union|coalition|movement|party|lawmaker|official|candidate|donor|activist|voter)$/u;
/** A lower-case word (hyphens allowed). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]+$/u;
/** Spaces, then a capital letter. */
const SPACE_CAPITAL = /^\s+\p{Lu}/u;

// ---------------------------------------------------------------------------------------
// Sentences

export function tokenize(text: string, sentence: Span, quotes: readonly Quote[]): Token[] {
  const tokens: Token[] = [];
  // Quotes are in text order and do not overlap: one pointer skips the words inside them.
  let q = 0;
  WORD.lastIndex = sentence.start;
  for (let m = WORD.exec(text); m && m.index < sentence.end; m = WORD.exec(text)) {
    const start = m.index;
    while (q < quotes.length && (quotes[q]?.close ?? 0) <= start) q++;
    const quote = quotes[q];
    if (quote && quote.open <= start) {
      // Inside a quotation: resume after it rather than matching each quoted word.
      if (WORD.lastIndex < quote.close) WORD.lastIndex = quote.close;
      continue;
    }
    tokens.push({ start, end: start + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return tokens;
}

/** Text between two tokens is only spaces (no punctuation, no quote). */
function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start <= a.end) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
  }
  return true;
}

const PHRASAL_BY_FIRST_WORD = new Map<string, (typeof PHRASAL_CUES)[number][]>();
for (const p of PHRASAL_CUES) {
  const first = p.words[0] ?? '';
  PHRASAL_BY_FIRST_WORD.set(first, [...(PHRASAL_BY_FIRST_WORD.get(first) ?? []), p]);
}

/** Every word that can start a cue: most words of a sentence are settled by one lookup. */
const CUE_STARTS: ReadonlySet<string> = new Set(['according', ...PHRASAL_BY_FIRST_WORD.keys(), ...REPORTING_VERBS.keys(), ...SPEECH_BASE_FORMS.keys(), ...BASE_FORMS_AFTER_AUXILIARY.keys()]);

export function findCues(text: string, tokens: readonly Token[], titleCase = false): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !CUE_STARTS.has(t.lower)) continue;
    const cue = accordingToAt(text, tokens, i) ?? (PHRASAL_BY_FIRST_WORD.has(t.lower) ? phrasalCueAt(text, tokens, i) : null) ?? verbCueAt(text, tokens, i, titleCase);
    if (!cue) continue;
    cues.push(cue);
    i = cue.next - 1;
  }
  return cues;
}

/** One shape for every cue; `next` is the index of the first token after it. */
function makeCue(text: string, start: number, end: number, lemma: string, frame: CueFrame | 'according', entry: CueEntry | null, next: number): Cue {
  return { start, end, text: text.slice(start, end), lemma, frame, entry, next };
}

/** The token at `k`, or undefined outside the sentence: no read past either end of the array. */
function tokenAt(tokens: readonly Token[], k: number): Token | undefined {
  return k >= 0 && k < tokens.length ? tokens[k] : undefined;
}

/** "according to" starting at token `i`, its two words side by side. */
function accordingToAt(text: string, tokens: readonly Token[], i: number): Cue | null {
  const t = tokens[i];
  const nextTok = tokenAt(tokens, i + 1);
  if (!t || t.lower !== 'according' || nextTok?.lower !== 'to' || !adjacent(text, t, nextTok)) return null;
  return makeCue(text, t.start, nextTok.end, 'according to', 'according', null, i + 2);
}

/** A one-word reporting verb at token `i`, where a report's verb can stand. */
function verbCueAt(text: string, tokens: readonly Token[], i: number, titleCase: boolean): Cue | null {
  const t = tokens[i];
  if (!t) return null;
  const nextTok = tokenAt(tokens, i + 1);
  const entry = REPORTING_VERBS.get(t.lower) ?? modalSpeechVerb(text, tokens, i) ?? baseAfterSubjectPronoun(text, tokens, i);
  // Capitalised forms are names ("Will", "Sharp") except in Title Case headlines ("Pell Says …").
  if (!entry || (t.text !== t.lower && !(titleCase && i > 0 && t.text === t.lower.charAt(0).toUpperCase() + t.lower.slice(1)))) return null;
  if (!verbPositionOk(text, tokens, i, entry)) return null;
  if (nextTok && adjacent(text, t, nextTok) && nonReportingParticle(text, t.end, entry.lemma)) return null;
  return makeCue(text, t.start, t.end, entry.lemma, entry.frame, entry, i + 1);
}

/** A multi-word cue ("pointed out", "referring to") starting at token `i`, if its words follow. */
function phrasalCueAt(text: string, tokens: readonly Token[], i: number): Cue | null {
  const t = tokens[i];
  const phrasal = t ? PHRASAL_BY_FIRST_WORD.get(t.lower)?.find((p) => p.words.every((w, k) => {
    const tk = tokenAt(tokens, i + k);
    const prev = tokenAt(tokens, i + k - 1);
    return tk?.lower === w && (k === 0 || (prev !== undefined && adjacent(text, prev, tk)));
  })) : undefined;
  if (!t || !phrasal) return null;
  const last = tokens[i + phrasal.words.length - 1];
  if (!last || !verbPositionOk(text, tokens, i, null)) return null;
  // "…, referring to …": a phrasal participle behaves like any other participle.
  const ingEntry: CueEntry | null = /ing$/.test(t.lower) ? { lemma: phrasal.lemma, frame: phrasal.frame, ambiguous: false, form: 'ing', needsThat: false } : null;
  return makeCue(text, t.start, last.end, phrasal.lemma, phrasal.frame, ingEntry, i + phrasal.words.length);
}

const MODALS = /^(?:could|would|can|will|should|might|must|may|did|cannot)$/;

/**
 * "could only quip: “…”", "would later add, “…”": the bare form of any speech verb after a
 * modal (an adverb may stand between) when a quotation or colon follows it.
 */
function modalSpeechVerb(text: string, tokens: readonly Token[], i: number): CueEntry | undefined {
  const t = tokens[i];
  if (!t || t.text !== t.lower) return undefined;
  const entry = SPEECH_BASE_FORMS.get(t.lower);
  if (!entry || !/^\s*(?::|,?\s*[“"])/.test(text.slice(t.end, t.end + 4))) return undefined;
  const prev = tokenAt(tokens, i - 1);
  const prev2 = tokenAt(tokens, i - 2);
  if (prev && MODALS.test(prev.lower)) return entry;
  if (prev && prev2 && /^(?:only|also|later|then|just|not|never|simply|quickly|merely)$/.test(prev.lower) && MODALS.test(prev2.lower)) return entry;
  return undefined;
}

const SUBJECT_PRONOUNS = new Set(['I', 'we', 'We', 'they', 'They']);

/**
 * "They state their aim is …", "We maintain that …": right after a subject pronoun a word is a
 * finite verb, so the bare form of any listed verb reports there, not only the few bare forms
 * the lexicon keeps for noun-like verbs.
 */
function baseAfterSubjectPronoun(text: string, tokens: readonly Token[], i: number): CueEntry | undefined {
  const t = tokens[i];
  const prev = tokenAt(tokens, i - 1);
  if (!t || !prev || t.text !== t.lower || !SUBJECT_PRONOUNS.has(prev.text) || !adjacent(text, prev, t)) return undefined;
  return BASE_FORMS_AFTER_AUXILIARY.get(t.lower);
}

const QUANTIFIER_PRONOUN = /^(?:most|many|several|few|both|some|all)$/;
const CLAUSE_OPENING_BEFORE = /(?:^|[,;:—–]|\b(?:and|but|while|though|although|because|as|since|yet)|(?:”|"|''))\s*$/;

/**
 * "Some say the levy …", "…, but many believe …": a quantifier opening a clause, right before
 * a bare verb form, is a pronoun subject, not a determiner ("some worry" as a noun follows a
 * verb or preposition instead).
 */
function quantifierSubject(text: string, tokens: readonly Token[], i: number, entry: CueEntry | null): boolean {
  const prev = tokenAt(tokens, i - 1);
  if (!prev || entry?.form !== 'base' || !QUANTIFIER_PRONOUN.test(prev.lower)) return false;
  return CLAUSE_OPENING_BEFORE.test(text.slice(Math.max(0, prev.start - 12), prev.start));
}

/** Rejects verb forms used as nouns ("the claims") or passives ("was told"). */
function verbPositionOk(text: string, tokens: readonly Token[], i: number, entry: CueEntry | null): boolean {
  const t = tokens[i];
  const prev = tokenAt(tokens, i - 1);
  if (!t) return false;
  const touching = prev !== undefined && adjacent(text, prev, t);
  // "most said", "many believe": a quantifier is a subject before an unambiguous verb form.
  if (touching && DETERMINER_OR_PREPOSITION.has(prev.lower) && !(entry && (!entry.ambiguous || entry.form === 'ed') && /^(?:most|many|several|few|both|some|all|others|another)$/.test(prev.lower)) && !(entry?.form === 'ing' && PARTICIPLE_OPENERS.has(prev.lower)) && !quantifierSubject(text, tokens, i, entry)) return false;
  if (!entry) return true;
  // "Pell’s claim", "the board's call": after a possessive, a noun-like form is a noun.
  if (entry.ambiguous && touching && /(?:’s|'s|s’)$/.test(prev.text)) return false;
  if (entry.form === 'ed' && touching && BE_FORMS.has(prev.lower)) return false;
  // "a brass trio called Lantern Row opened the fair", "a group called Friends of the Pier": after an
  // indefinite noun phrase, a naming participle before a bare name names; it reports nothing.
  if (entry.form === 'ed' && touching && NAMING_PARTICIPLE.test(entry.lemma) && LOWER_WORD.test(prev.text) && INDEFINITE_BEFORE.test(text.slice(Math.max(0, prev.start - 40), prev.start)) && SPACE_CAPITAL.test(text.slice(t.end, t.end + 3))) return false;
  // "is widely expected", "was also told": a passive with an adverb in between.
  if (entry.form === 'ed' && touching && /ly$|^(?:also|still|now|not|never|often)$/.test(prev.lower)) {
    const before = tokenAt(tokens, i - 2);
    if (before && adjacent(text, before, prev) && BE_FORMS.has(before.lower)) return false;
  }
  if (entry.ambiguous && (entry.form === 's' || entry.form === 'base')) {
    // "claims this week", "reports covering": a noun followed by more noun phrase.
    const next = tokenAt(tokens, i + 1);
    // Verbs that are rarely nouns ("say", "think") may be followed by anything.
    const neverNoun = /^(?:say|think|believe|know|feel|insist|argue|contend|suspect|wonder)$/.test(entry.lemma) && !/^(?:of|for|from|were|are|have|had|who|which|with|and|or|by|at|is|was)$/.test(next?.text ?? '');
    if (!neverNoun && next && adjacent(text, t, next) && (/^(?:of|in|on|for|from|were|are|have|had|who|which|this|these|that|with|about|and|or|to|by|at|is|was)$/.test(next.text) || /^[a-z]+(?:ed|ing)$/.test(next.text))) {
      // "plans to", "hopes to": a verb taking an infinitive (the subject is checked later).
      const toVerb = next.text === 'to' && TO_VERBS.has(entry.lemma) && (entry.form === 's' || entry.form === 'base');
      if (!(next.text === 'that' && entry.frame !== 'object') && !toVerb) return false;
    }
  }
  if (entry.form === 'ing') {
    const gap = prev ? text.slice(prev.end, t.start) : '';
    if (/[,;—–]/.test(gap)) return true;
    // "– Pell saying …, and Lind calling it …": a name or pronoun with a participle after a
    // dash, comma or "and" (an absolute clause).
    if (touching && ABSOLUTE_NAME_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) && !/^(?:The|A|An|This|That)$/.test(prev.text)) return true;
    // "with 50 percent saying …": an absolute clause after "with".
    if (touching && WITH_ABSOLUTE_END.test(text.slice(Math.max(0, t.start - 60), t.start))) return true;
    // "released a statement Tuesday confirming …": a participle after a message noun reports
    // for whoever issued the message.
    if (touching && MESSAGE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) return true;
    // "groups backing Pell", "a super fund supporting Lind": a participle after a noun says
    // what that noun does.
    if (touching && entry.frame === 'object' && /^(?:support|back|oppose|endorse|favor|favour|criticize|criticise|attack|praise|urge|demand|seek|call)$/.test(entry.lemma) && PARTICIPLE_OWNER_NOUN.test(prev.text) && !BE_FORMS.has(prev.lower) && !AUXILIARIES.has(prev.lower) && !DETERMINER_OR_PREPOSITION.has(prev.lower)) return true;
    return touching && (PARTICIPLE_OPENERS.has(prev.lower) || PROGRESSIVE.has(prev.lower));
  }
  return true;
}

const NEXT_WORD = /^\s+(\p{Ll}+)\b(?!\s+to\b)/u;

/**
 * The verb at `verb` is followed by a particle that makes it report nothing ("showed up"),
 * not by "up to" ("polls show up to a third undecided").
 */
export function nonReportingParticle(text: string, verbEnd: number, lemma: string | undefined): boolean {
  const particles = lemma ? NON_REPORTING_PARTICLES.get(lemma) : undefined;
  if (!particles) return false;
  const next = NEXT_WORD.exec(text.slice(verbEnd, verbEnd + 16));
  return next?.[1] !== undefined && particles.has(next[1]);
}

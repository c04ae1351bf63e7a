/**
 * Subjects: the speaker a cue's clause names, read leftwards from the cue (skipping
 * auxiliaries and appositives), rightwards after an inverted cue, or from the sentence's
 * main clause, a possessive or a coordinated earlier report.
 */
import type { Cue } from './cues.ts';
import { isLetterOrDigitAt, isSpaceAt, span } from './draft.ts';
import type { Draft } from './draft.ts';
import { AUXILIARIES, isGroupNoun, isPersonRole, NOT_SUBJECT_END, ORGANIZATION_HEADS, PERSON_ROLE_NOUNS, PRONOUNS, REPORTING_VERBS, SUBJECT_STOP } from './lexicon.ts';
import { LEFT_CLAUSE_OPENERS, OPENER_WORD, STARTS_UPPER, TIME_WORDS } from './patterns.ts';
import type { Sentence } from './segment.ts';
import type { TextSpan } from './types.ts';

const POLL_SHARE = /(?:^|[^\p{L}\p{N}])((?:(?:more|fewer|less)\s+than|nearly|about|almost|roughly|over|under|just|only|some|around)?\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:10|ten|\d+|five|four|three)(?:\s+(?:of\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?)$/iu;
const CIRCUMSTANCE_TAIL = /(?:,\s*)?\s+(?:at|in|on|during|over|for)\s+(?:the|a|an|that|this|one)\s+(?:time|past|end|moment|point|interview|statement|letter|speech|debate|rally|weekend|meantime|meeting|hearing|conference|call|email|post|tweet|video|op-ed)\s*,?$/;
const TIME_TAIL = /(?:,\s*)?\s+(?:(?:in|since|by)\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d|(?:(?:on|last|this|earlier|late|early|later|in|during)\s+(?:this\s+|that\s+|a\s+|an\s+|the\s+)?)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening|afternoon|weekend|January|February|March|April|May|June|July|August|September|October|November|December|statement|interview|letter|tweet|speech|post|Twitter|Facebook)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:\s+(?:night|morning|evening|afternoon))?\s*,?$/;
/** A name with a glued Arabic article ("al-Sadr"). */
const GLUED_PARTICLE_NAME = /^(?:al|el)-\p{Lu}/u;
/** Starts with an -ing word. */
const STARTS_ING_WORD = /^\p{Ll}+ing\b/u;
/** A character that can be part of a word. */
const WORD_CHAR = /[\p{L}\p{N}’'.%]/u;
/** "…,” the head of …": a description opening right after a closing quotation. */
const DESCRIPTION_AFTER_QUOTE = /(?:[,.!?]\s*[”"’]|[,.!?]'')\s+((?:the|a|an|one|another|some|two|three|several)\s+(?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+\s+(?:for|of|in|at|from|with|on|to)\s+)$/u;
/** Ends in a lower-case word. */
const LOWER_WORD_END = /\b[\p{Ll}]+$/u;
/** A lower-case letter after the last sentence punctuation. */
const LOWER_SINCE_SENTENCE_PUNCTUATION = /\p{Ll}[^.!?]*$/u;
/** Ends in a lower-case word of two or more letters. */
const LOWER_WORD_SPACES_END = /\p{Ll}{2,}\s*$/u;
/** Ends in a capitalised word ("Brask"). */
const CAPITALISED_WORD_END = /\p{Lu}\p{Ll}+$/u;
/** Ends in a capitalised word and spaces. */
const CAPITALISED_WORD_SPACE_END = /\p{Lu}\p{Ll}+\s+$/u;
/** Ends in a capitalised word (any letters after the capital). */
const CAPITALISED_NAME_END = /\p{Lu}\p{L}+$/u;
/** The subject that opens a sentence: a name or a pronoun, maybe after a connective. */
const SENTENCE_OPENING_SUBJECT = /^(?:(?:But|And|Also|Additionally|Meanwhile|However|Still|Yet|Later|Earlier)\s*,?\s+)?((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'.-]*|(?:al|el)-\p{Lu}[\p{L}’'-]*)(?:\s+(?:\p{Lu}[\p{L}’'.-]*|(?:al|el|bin|van|von|de)(?:-\p{Lu}[\p{L}’'-]*)?))*|He|She|They|We|I|It|he|she|they|we)\b/u;
/** "Democrat of Ohio": a party member from a place. */
const PARTY_OF_PLACE = /^(?:Democrat|Republican|Independent|Libertarian)s?\s+(?:of|from)\s+\p{Lu}/u;
/** "D-Ohio": a party and state tag. */
const PARTY_STATE_TAG = /^(?:D|R|I)-\p{Lu}/u;
/** A capitalised possessive ("Pell’s") at the start. */
const POSSESSIVE_NAME_OPENING = /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*(?:’s|'s|s’|s')\s/u;
/** A name only: capitalised words and particles. */
const NAME_ONLY = /^(?:\p{Lu}[\p{L}’'.-]*|(?:al|el)-\p{Lu}[\p{L}’'-]*|bin|van|von|de)(?:\s+(?:\p{Lu}[\p{L}’'.-]*|(?:al|el)-\p{Lu}[\p{L}’'-]*|bin|van|von|de|der)){0,4}$/u;
/** An initial or a short title ("J.", "Mr.", "Jr."). */
const INITIAL_OR_SHORT_TITLE = /^(?:\p{Lu}\.|Mr\.|Mrs\.|Ms\.|Dr\.|Jr\.|Sr\.)$/u;
/** An initial or an abbreviated title ("J.", "Sen.", "Gov."). */
const INITIAL_OR_TITLE = /^(?:\p{Lu}\.|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|Gen\.|Jr\.|St\.)$/u;
/** Words that open an appositive ("a member of …", "who …"). */
const APPOSITIVE_OPENING = /^(?:a|an|the|who|whose|which|representing|himself|herself|itself|one|now|then|also|formerly|former|currently|\d+|[\p{Ll}])/u;
/** "the head of Brask Port": a description ending in a capitalised name. */
const DESCRIPTION_OF_NAME = /^(?:the|a|an)\s[^,]*\s(?:of|for|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,4}\p{Lu}[\p{L}’'.-]*$/iu;
/** Starts with a lower-case -ing word and a space. */
const STARTS_ING_WORD_SPACE = /^\p{Ll}+ing\s/u;
/** A dateline in capitals and a dash. */
const CAPS_DATELINE = /^\p{Lu}[\p{Lu} .,'-]{2,40}(?:\([^)]{1,40}\))?\s*[—–-]+\s+/u;
/** A short capitalised abbreviation ending in a dot ("Calif."). */
const DOTTED_ABBREVIATION = /^\p{Lu}[\p{L}.]{0,5}\.$/u;
/** A capitalised abbreviation of up to five letters ("Ill."). */
const SHORT_ABBREVIATION = /^\p{Lu}[\p{L}]{0,4}\.$/u;
/** One capitalised word. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A capitalised -ing word ("Speaking"). */
const CAPITALISED_ING_WORD = /^\p{Lu}\p{Ll}+ing$/u;
/** "many of the voters": a noun phrase with a prepositional complement, captured. */
const NOUN_OF_PHRASE = /^\s*((?:(?:the|some|many|most|several|other)\s+)?(?:\p{L}+\s+)?(\p{L}+)\s+(?:on|of|in|for|from|at|with)\s+(?:[\p{L}’'.-]+\s+){0,6}[\p{L}’'.-]+)\s*$/iu;
/** Spaces, then a noun phrase of up to eight words (a subject after its verb). */
const SUBJECT_AFTER_VERB = /^\s+((?:the|a|an)\s+)?([\p{L}\p{N}’'.-]+(?:\s+(?:of\s+)?[\p{L}\p{N}’'.-]+){0,7})/u;

export interface Subject {
  mention: TextSpan;
  /** An auxiliary or adverb stood between subject and verb ("has previously criticized"). */
  viaAuxiliary: boolean;
}

/**
 * Reads the subject of a cue leftwards: skips auxiliaries and adverbs, steps over an
 * appositive ("X, a member of Y, told") or a parenthesis ("X (R-Lantern) said"), and collects
 * the noun phrase up to punctuation or a function word.
 */
export function subjectBefore(text: string, sentence: Sentence, cueStart: number): Subject | null {
  const sentenceStart = sentence.start;
  const group = verbGroupStart(text, sentence, cueStart);
  if (group.coordinated) return group.coordinated;
  const end = edgeBeforeAsides(text, sentenceStart, group.pos);
  if (end < 0) return null;
  const c = text[end - 1] ?? '';
  if (c === ',') return subjectBeforeAppositive(text, sentenceStart, end);
  if (!WORD_CHAR.test(c)) return null;
  const np = nounPhraseBefore(text, sentenceStart, end);
  return np ? { mention: headAfterQuote(text, sentenceStart, np), viaAuxiliary: group.viaAuxiliary } : null;
}

/** Where a cue's verb group starts, read leftwards, or the subject a coordinated verb shares. */
interface VerbGroupEdge {
  pos: number;
  /** Auxiliaries, adverbs or a time phrase were skipped. */
  viaAuxiliary: boolean;
  /** "Pell toured the docks and says he ...": the subject of the verb before "and". */
  coordinated: Subject | null;
}

/**
 * Steps left over the cue's verb group: time phrases ("Ostrova on Saturday posted"),
 * auxiliaries, adverbs and aspect verbs ("kept asking"); stops at "and"/"but", where the
 * verb shares the sentence's subject.
 */
function verbGroupStart(text: string, sentence: Sentence, cueStart: number): VerbGroupEdge {
  const sentenceStart = sentence.start;
  let pos = cueStart;
  let viaAuxiliary = false;
  for (;;) {
    // "Ostrova on Saturday posted", "Pell said in a statement Monday": skip time phrases.
    const window = text.slice(Math.max(sentenceStart, pos - 60), pos);
    const tail = TIME_TAIL.exec(window) ?? CIRCUMSTANCE_TAIL.exec(window);
    if (tail && tail[0].trim()) {
      pos -= tail[0].length;
      viaAuxiliary = true;
    }
    const w = wordBefore(text, sentenceStart, pos);
    if (!w) break;
    const lower = w.text.toLowerCase();
    const isAdverb = w.text === lower && lower.length > 3 && lower.endsWith('ly') && !/^(?:ally|italy|family|july)$/.test(lower);
    // "Ruiz kept asking why …": an aspect verb before an -ing cue belongs to the verb group.
    const aspect = STARTS_ING_WORD.test(text.slice(cueStart, cueStart + 20)) && /^(?:kept|keeps|keep|continued|continues|began|begins|started|starts)$/.test(w.text);
    if (w.text === lower && (AUXILIARIES.has(lower) || isAdverb || aspect)) {
      pos = w.start;
      viaAuxiliary = true;
      continue;
    }
    // "Pell toured the docks and says he ...": the verb shares the sentence's subject.
    if (lower === 'and' || lower === 'but') {
      const subject = subordinateSubject(text, sentence.start, w.start) ?? mainClauseSubject(text, sentence, w.start) ?? sentenceSubject(text, sentence);
      if (subject && subject.end < w.start) return { pos, viaAuxiliary, coordinated: { mention: subject, viaAuxiliary: true } };
    }
    break;
  }
  return { pos, viaAuxiliary, coordinated: null };
}

/**
 * Where the subject's words end: before spaces, a parenthesis ("X (R-Lantern) said") and a
 * dash aside ("Several captains — including X and Y — said"); -1 when nothing is left.
 */
function edgeBeforeAsides(text: string, sentenceStart: number, pos: number): number {
  let end = pos;
  while (end > sentenceStart && isSpaceAt(text, end - 1)) end--;
  if (end <= sentenceStart) return -1;
  let c = text[end - 1] ?? '';
  if (c === ')') {
    const open = text.lastIndexOf('(', end);
    if (open <= sentenceStart) return -1;
    end = open;
    while (end > sentenceStart && isSpaceAt(text, end - 1)) end--;
    c = text[end - 1] ?? '';
  }
  // "Several captains — including X and Y — said": step over a dash aside.
  if ((c === '—' || c === '–' || (c === '-' && text[end - 2] === '-')) && end - 1 > sentenceStart) {
    const dash = c === '-' ? '--' : c;
    const open = text.lastIndexOf(dash, end - dash.length - 1);
    if (open > sentenceStart) {
      end = open;
      while (end > sentenceStart && isSpaceAt(text, end - 1)) end--;
    }
  }
  return end;
}

/**
 * "X, a member of ORG, said": the subject before an appositive set off by commas, or the
 * name itself when the segment is a name after a description ("the union's chair, Ada Lorne, said").
 */
function subjectBeforeAppositive(text: string, sentenceStart: number, end: number): Subject | null {
  // "X, a member of ORG, said": the segment before the comma must look like an appositive.
  const segEnd = end - 1;
  const prevComma = text.lastIndexOf(',', segEnd - 1);
  if (prevComma < sentenceStart) return null;
  const segment = text.slice(prevComma + 1, segEnd).trim();
  // "X, retired in Lantern, Vd., said": a state abbreviation closes a place in an appositive.
  const stateAfterPlace = DOTTED_ABBREVIATION.test(segment) && CAPITALISED_NAME_END.test(text.slice(sentenceStart, prevComma));
  if (!stateAfterPlace && !looksAppositive(segment)) return nameAfterDescription(text, sentenceStart, prevComma, segEnd, segment);
  // "X, the harbour master of Y, one of the ports affected, said" / "X, 59, of Brask, Vd.,
  // who watched …, said": step back over appositives, ages, places and state abbreviations
  // until the segment before them holds the subject.
  let cursor = prevComma;
  let lastCursor = cursor;
  for (let guard = 0; guard < 5; guard++) {
    const earlierComma = text.lastIndexOf(',', cursor - 1);
    if (earlierComma < sentenceStart) break;
    if (!skippableAppositive(text, sentenceStart, earlierComma, text.slice(earlierComma + 1, cursor).trim())) break;
    lastCursor = cursor;
    cursor = earlierComma;
  }
  let np = nounPhraseBefore(text, sentenceStart, cursor);
  // "Still, Pell, who …, called": an opener before the name is no place the name is from.
  if (np && OPENER_WORD.test(np.text) && lastCursor !== cursor) np = nounPhraseBefore(text, sentenceStart, lastCursor);
  if (!np) return null;
  // "The plan brings queues for the town, forcing Pell to act, said Ruiz": a participle clause
  // after a prepositional object hangs from the whole clause; that object is no subject.
  if (STARTS_ING_WORD_SPACE.test(segment) && !/^(?:including|excluding|regarding|concerning|following|according|notwithstanding)\s/.test(segment) && /\b(?:for|to|in|on|at|of|with|from|by|into|over|against|about)\s+$/.test(text.slice(Math.max(sentenceStart, np.start - 10), np.start))) return null;
  // "the museum in Lantern, Vd., had …": the place itself is not the subject.
  if (stateAfterPlace && cursor === prevComma && /\b(?:in|at|from|near|outside|to|of)\s+$/.test(text.slice(Math.max(sentenceStart, np.start - 12), np.start))) return null;
  return { mention: np, viaAuxiliary: true };
}

/** A segment between commas to step over on the way to the subject: an age, a place, a party tag, an appositive. */
function skippableAppositive(text: string, sentenceStart: number, earlierComma: number, seg: string): boolean {
  return /^\d+$/.test(seg) || /^of\s/.test(seg) || SHORT_ABBREVIATION.test(seg) || (CAPITALISED_WORD.test(seg) && CAPITALISED_WORD_END.test(text.slice(sentenceStart, earlierComma))) || /^(?:D|R|I)-/.test(seg) || (looksAppositive(seg) && !STARTS_UPPER.test(seg)) || /^(?:The|A|An)\s/.test(seg) && looksAppositive(seg);
}

/**
 * "the union's campaign chair, Ada Lorne, said": a name set off by commas after a description
 * is the subject; "X, the editor of the town's paper, The Lantern, said": after an "a/the …"
 * description the name names the thing described, and the subject is the name before it.
 */
function nameAfterDescription(text: string, sentenceStart: number, prevComma: number, segEnd: number, segment: string): Subject | null {
  const before = text.slice(sentenceStart, prevComma);
  if (!NAME_ONLY.test(segment) || !(LOWER_WORD_END.test(before) || DESCRIPTION_OF_NAME.test(before.slice(before.lastIndexOf(',') + 1).trim())) || !(!/[“"]/.test(before.slice(-40)) || /[,.!?](?:[”"]|'')\s+[^“”",]{3,60}$/.test(before))) return null;
  const describedComma = before.lastIndexOf(',');
  const described = describedComma >= 0 ? before.slice(describedComma + 1).trim() : '';
  if (describedComma >= 0 && /^(?:a|an|the)\s/.test(described)) {
    const earlier = nounPhraseBefore(text, sentenceStart, sentenceStart + describedComma);
    if (earlier && STARTS_UPPER.test(earlier.text) && !/^(?:The|A|An)\s/.test(earlier.text)) return { mention: earlier, viaAuxiliary: true };
  }
  const s0 = prevComma + 1 + (text.slice(prevComma + 1, segEnd).length - text.slice(prevComma + 1, segEnd).trimStart().length);
  return { mention: span(text, s0, s0 + segment.length), viaAuxiliary: true };
}

/**
 * "“…,” a spokesman for the Brask council said": between a closing quotation and its verb,
 * the whole phrase is the subject, its head before the preposition included.
 */
function headAfterQuote(text: string, floor: number, np: TextSpan): TextSpan {
  const from = Math.max(floor, np.start - 60);
  const m = DESCRIPTION_AFTER_QUOTE.exec(text.slice(from, np.start));
  if (!m?.[1] || /[“”"]/.test(m[1])) return np;
  const start = np.start - m[1].length;
  return span(text, start, np.end);
}

function looksAppositive(segment: string): boolean {
  // Long descriptions are common ("X, a businessman who …, said"); quotations inside must pair up.
  if (!segment || segment.length > 260 || (segment.match(/[“”"]/g) ?? []).length % 2 === 1) return false;
  return APPOSITIVE_OPENING.test(segment) || POSSESSIVE_NAME_OPENING.test(segment) || PARTY_STATE_TAG.test(segment) || PARTY_OF_PLACE.test(segment) || namedRole(segment);
}

/** Capitalised words, then a role: "Brask Party chairwoman", "Tessel Ferry Company CEO". */
const NAMED_ROLE = /^(?:\p{Lu}[\p{L}’'.&-]*\s+){1,5}(?:[\p{Ll}-]+\s+)?([\p{L}-]+)$/u;

/**
 * "Ana Ruiz, Brask Party chairwoman, said": an appositive may open with the organisation's
 * name when it ends in a role noun (or a short title in capitals: "CEO").
 */
function namedRole(segment: string): boolean {
  const role = NAMED_ROLE.exec(segment)?.[1];
  return role !== undefined && isPersonRole(role);
}

/** ’ ' - . : the marks a word can hold between its letters ("O’Neil", "al-Sadr", "U.S"). */
function isWordJoinerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x2019 || c === 39 || c === 45 || c === 46;
}

function wordBefore(text: string, floor: number, pos: number): TextSpan | null {
  let e = pos;
  while (e > floor && isSpaceAt(text, e - 1)) e--;
  let s = e;
  while (s > floor && (isLetterOrDigitAt(text, s - 1) || isWordJoinerAt(text, s - 1))) s--;
  // Apostrophes and dots in front of a word are closing quotes or punctuation ('' Pell).
  while (s < e && isWordJoinerAt(text, s)) s++;
  if (s === e) return null;
  return span(text, s, e);
}

/**
 * "The reports show …", "Leaked emails showed …": the -s form of a verb that is also a noun
 * ("reports", "emails", "tweets"), right before the verb whose subject is read, is that plural
 * noun: two finite verbs do not stand side by side.
 */
function pluralNounBeforeVerb(word: string, after: string): boolean {
  const entry = REPORTING_VERBS.get(word);
  return entry !== undefined && entry.ambiguous && entry.form === 's' && /^\s\p{Ll}/u.test(after);
}

/** The noun phrase ending at `end`, read leftwards; null if it cannot be a subject. */
export function nounPhraseBefore(text: string, floor: number, end: number): TextSpan | null {
  // "Six in 10 (voters)", "more than half of Democrats": shares of a poll are subjects.
  const share = POLL_SHARE.exec(text.slice(Math.max(floor, end - 80), end));
  if (share?.[1]) return span(text, end - share[1].length, end);
  const words: TextSpan[] = [];
  let pos = beforeTrailingParenthesis(text, floor, end);
  while (words.length < 10) {
    const w = wordBefore(text, floor, pos);
    if (!w) break;
    const gap = text.slice(w.end, pos);
    if (words.length > 0 && !/^\s*$/.test(gap)) break;
    const lower = w.text.toLowerCase().replace(/[.]$/, '');
    if (words.length === 0 && standsAloneAsSubject(text, floor, end, w, lower)) return w;
    // "Officials here said": a plural or role noun keeps "here" or "there" after it.
    if (words.length === 0 && (lower === 'here' || lower === 'there') && w.text === lower) {
      const noun = wordBefore(text, floor, w.start);
      if (noun && isGroupNoun(noun.text)) {
        pos = w.start;
        continue;
      }
    }
    if (words.length === 0 && NOT_SUBJECT_END.has(lower) && !isModalName(text, floor, w)) return null;
    if (SUBJECT_STOP.has(lower) && !isModalName(text, floor, w)) break;
    if (REPORTING_VERBS.has(lower) && w.text === lower && !(words.length === 0 && pluralNounBeforeVerb(lower, text.slice(end, end + 2)))) break;
    words.unshift(w);
    pos = w.start;
    if (PRONOUNS.has(lower)) break;
  }
  return subjectOfWords(text, floor, end, words);
}

/** "Rep. Ada Lorne (R-Lantern)": a parenthesis after a name belongs to it; the words end before it. */
function beforeTrailingParenthesis(text: string, floor: number, end: number): number {
  const trimmed = text.slice(floor, end).trimEnd();
  if (trimmed.endsWith(')')) {
    const open = text.lastIndexOf('(', floor + trimmed.length);
    if (open > floor) return open;
  }
  return end;
}

/** A last word that is the whole subject: a relative pronoun or a poll's quantifier ("most said"). */
function standsAloneAsSubject(text: string, floor: number, end: number, w: TextSpan, lower: string): boolean {
  // "Pell, who has described …": the relative pronoun is the subject as written.
  if (lower === 'who' || lower === 'which') return true;
  // "an outfit that endorsed Pell": "that" right before the verb is a relative pronoun.
  if (lower === 'that' && /^\s+$/.test(text.slice(w.end, end + 1)) && LOWER_WORD_SPACES_END.test(text.slice(Math.max(floor, w.start - 30), w.start))) {
    const before = wordBefore(text, floor, w.start);
    if (before && !REPORTING_VERBS.has(before.text.toLowerCase()) && !/^(?:so|such|now|is|was|are|were|said|says|and|but)$/i.test(before.text)) return true;
  }
  // Quantifiers stand alone as subjects in poll reports ("most said", "some argue").
  if (/^(?:most|some|many|few|several|both|all|others|half|another)$/.test(lower)) {
    const before = wordBefore(text, floor, w.start);
    if (!before || !/^(?:the|a|an|of)$/i.test(before.text)) return true;
  }
  return false;
}

/**
 * "…, Will described the pier as …", "Ada May said": a capitalised modal inside a sentence
 * is a name ("May" only after a first name, not the month).
 */
function isModalName(text: string, floor: number, w: TextSpan): boolean {
  return (w.text === 'Will' && LOWER_SINCE_SENTENCE_PUNCTUATION.test(text.slice(floor, w.start))) || (w.text === 'May' && CAPITALISED_WORD_SPACE_END.test(text.slice(floor, w.start)) && !/(?:^|\s)(?:In|By|Since|Until|Early|Late|Mid|Last|Next|This)\s+$/.test(text.slice(floor, w.start)));
}

/** The subject the collected words make, or null: years, dangling "of" phrases and unknown lower-case heads are none. */
function subjectOfWords(text: string, floor: number, end: number, words: readonly TextSpan[]): TextSpan | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  // Years and dangling prepositional phrases are not subjects ("in 2031 said", "of Lower").
  if (words.every((w) => /^\d[\d,.]*$/.test(w.text)) || /^of$/i.test(first.text)) return null;
  // A phrase of only lower-case words needs a noun-like head we know, a plural or a number.
  const head = last.text.toLowerCase();
  const anyCapital = words.some((w) => STARTS_UPPER.test(w.text) || GLUED_PARTICLE_NAME.test(w.text));
  if (!anyCapital && COLLECTIVE_HEADS.test(head)) {
    // "at that moment the crowd chanted": a crowd is the subject from its determiner on.
    const det = words.map((w) => w.text.toLowerCase()).lastIndexOf('the');
    const from = det >= 0 ? words[det] : undefined;
    if (from) return span(text, from.start, last.end);
  }
  if (!anyCapital && !PRONOUNS.has(head) && !PERSON_ROLE_NOUNS.has(head) && !ORGANIZATION_HEADS.has(head) && !/s$/.test(head) && !/^\d/.test(first.text)) return lowerCaseSubject(text, floor, end, words);
  // "Officials in Brask said": the place belongs to the plural noun before it.
  const located = PEOPLE_IN_PLACE.exec(text.slice(Math.max(floor, first.start - 40), first.start));
  if (anyCapital && located?.[1] && located[2] && isGroupNoun(located[2])) return span(text, first.start - located[1].length, last.end);
  return span(text, first.start, last.end);
}

/**
 * Lower-case words whose head is no known noun: a subject only as an opening plural or role
 * noun with its "of"/"on" phrase, after a determiner, or as a role before its "of" phrase.
 */
function lowerCaseSubject(text: string, floor: number, end: number, words: readonly TextSpan[]): TextSpan | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  // "Experts on harbour finance and safety said": a sentence-opening plural or role noun
  // with its prepositional phrase is the subject.
  const opening = NOUN_OF_PHRASE.exec(text.slice(floor, end));
  const noun = opening?.[2]?.toLowerCase() ?? '';
  if (opening?.[1] && (/[^s]s$/.test(noun) || PERSON_ROLE_NOUNS.has(noun) || ORGANIZATION_HEADS.has(noun)) && !REPORTING_VERBS.has(noun)) {
    const at = floor + opening[0].indexOf(opening[1]);
    return span(text, at, at + opening[1].length);
  }
  if (words.length > 1 && /^(?:the|a|an|this|that|these|those|one|some|many|most|several|few|no|all|both|his|her|their|its|our|my|your)$/i.test(first.text)) return span(text, first.start, last.end);
  // "… and former secretary of commerce said": a role noun before its "of" phrase is the head.
  const ofAt = words.findIndex((w) => w.text === 'of');
  if (ofAt > 0 && ofAt < words.length - 1 && PERSON_ROLE_NOUNS.has(words[ofAt - 1]?.text.toLowerCase() ?? '')) return span(text, first.start, last.end);
  return null;
}

/** A plural role noun (and its determiner) and "in/from/at" right before a name. */
const PEOPLE_IN_PLACE = /(?:^|\s)((?:(?:the|some|many|several|most)\s+)?([\p{L}-]+)\s+(?:in|from|at)\s+)$/iu;

/** Groups that shout or chant together ("the crowd chanted", "the audience roared"). */
const COLLECTIVE_HEADS = /^(?:crowd|audience|gallery|congregation|chorus|choir|throng|mob)$/;

/** "…,” said Ada Lorne" / "…, says the senator": the subject after the cue. */
export function subjectAfter(text: string, from: number, limit: number): TextSpan | null {
  const m = SUBJECT_AFTER_VERB.exec(text.slice(from, limit));
  if (!m) return null;
  const words = (m[0].trim().match(/\S+/g) ?? []) as string[];
  const kept: string[] = [];
  // A sentence-final full stop is not part of the subject ("read one.").
  const last = words.length - 1;
  if (last >= 0 && /[^.]\.$/.test(words[last] ?? '') && !INITIAL_OR_SHORT_TITLE.test(words[last] ?? '')) words[last] = (words[last] ?? '').slice(0, -1);
  for (const w of words) {
    const lower = w.toLowerCase().replace(/[.]$/, '');
    if (kept.length && SUBJECT_STOP.has(lower) && lower !== 'of') break;
    kept.push(w);
    if (/[.]$/.test(w) && !INITIAL_OR_TITLE.test(w)) break;
  }
  while (kept.length && /^(?:of|the|a|an)$/i.test(kept[kept.length - 1] ?? '')) kept.pop();
  if (!kept.length) return null;
  const firstWord = kept[0] ?? '';
  const lowerFirst = firstWord.toLowerCase();
  if (TIME_WORDS.test(firstWord)) return null;
  const anyCapital = kept.some((w) => STARTS_UPPER.test(w));
  if (!STARTS_UPPER.test(firstWord) && !anyCapital && !/^(?:the|a|an|he|she|they|we|it|i|one|another|some|many|several|two|three|his|her|their|its|most|other)$/.test(lowerFirst)) return null;
  const start = from + m[0].indexOf(firstWord);
  let endPos = start;
  const rest = text.slice(start, limit);
  let consumed = 0;
  for (const w of kept) {
    const at = rest.indexOf(w, consumed);
    consumed = at + w.length;
  }
  endPos = start + consumed;
  const t = text.slice(start, endPos).replace(/[.,]$/, '');
  return span(text, start, start + t.length);
}

/** A subject strong enough to trust a verb form that is usually a noun ("Pell claims"). */
export function strongSubject(np: string): boolean {
  const words = np.split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  // A determiner in front makes a complete noun phrase ("the protesters chanted").
  const determined = words.length >= 2 && /^(?:the|a|an|this|that|these|those|his|her|their|its|our|one|another|some|many|several)$/i.test(words[0] ?? '');
  return determined || STARTS_UPPER.test(words[words.length - 1] ?? '') || /^(?:al|el)-/.test(last) || PRONOUNS.has(last) || PERSON_ROLE_NOUNS.has(last) || ORGANIZATION_HEADS.has(last);
}

export function trimmedLeftEdge(text: string, floor: number, pos: number): number {
  let e = pos;
  while (e > floor && isSpaceAt(text, e - 1)) e--;
  return e;
}

/**
 * The subject of the main clause before a participle ("Hours later, Pell closed the
 * harbour, telling the Courier …" → Pell): the first comma-separated segment that is not an
 * opening adverbial and has words after its subject.
 */
export function mainClauseSubject(text: string, sentence: Sentence, limit: number): TextSpan | null {
  let from = sentence.start;
  const dateline = CAPS_DATELINE.exec(text.slice(from, limit));
  if (dateline) from += dateline[0].length;
  while (from < limit) {
    const comma = text.indexOf(',', from);
    const segEnd = comma < 0 || comma > limit ? limit : comma;
    const segment = text.slice(from, segEnd).trim();
    const firstWord = /^\S+/.exec(segment)?.[0] ?? '';
    const opener = LEFT_CLAUSE_OPENERS.test(firstWord) || OPENER_WORD.test(firstWord) || /\s(?:ago|later|earlier)$/.test(segment) || CAPITALISED_ING_WORD.test(firstWord) || TIME_WORDS.test(firstWord) || /^(?:Hours|Days|Weeks|Months|Years|Minutes|Moments|Later|Earlier|Meanwhile|However|Still|Yet|But|And|Also|Additionally|Instead|Then|So)\b/.test(firstWord);
    if (!opener) {
      const start = from + (text.slice(from, segEnd).length - text.slice(from, segEnd).trimStart().length);
      const subject = sentenceSubjectAt(text, start, segEnd);
      if (subject && subject.end < segEnd - 1) return subject;
    }
    if (segEnd >= limit) break;
    from = segEnd + 1;
  }
  return null;
}

const OPENING_SUBORDINATOR = /^\s*(?:(?:But|And|Yet)\s+)?(?:After|Before|While|When|By|In|Since|Upon)\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * "After saying he was tired, the docker left": a participle clause opening the sentence has
 * the main clause's subject, the one after its comma.
 */
export function subjectAfterOpeningParticiple(text: string, sentence: Sentence, cue: Cue): TextSpan | null {
  if (!OPENING_SUBORDINATOR.test(text.slice(sentence.start, cue.start))) return null;
  const comma = text.indexOf(',', cue.end);
  if (comma < 0 || comma >= sentence.end || /[“”"]/.test(text.slice(cue.end, comma))) return null;
  let from = comma + 1;
  while (from < sentence.end && isSpaceAt(text, from)) from++;
  const next = text.indexOf(',', from);
  return sentenceSubjectAt(text, from, next < 0 || next > sentence.end ? sentence.end : next);
}

/** The subject at the start of a sentence, for participles with no earlier statement. */
export function sentenceSubject(text: string, sentence: Sentence): TextSpan | null {
  let from = sentence.start;
  // "LANTERN BAY — Sen. X …": a dateline is not the subject.
  const dateline = CAPS_DATELINE.exec(text.slice(from, sentence.end));
  if (dateline) from += dateline[0].length;
  const firstWord = /^\S+/.exec(text.slice(from, sentence.end))?.[0] ?? '';
  // "In responding Friday, the port authority ...": skip an opening adverbial up to its comma.
  if (LEFT_CLAUSE_OPENERS.test(firstWord) || CAPITALISED_ING_WORD.test(firstWord)) {
    const comma = text.indexOf(',', from);
    if (comma < 0 || comma >= sentence.end) return null;
    from = comma + 1;
    while (from < sentence.end && isSpaceAt(text, from)) from++;
  }
  return sentenceSubjectAt(text, from, sentence.end);
}

/**
 * The subject opening a clause at `from`. A clause after an opening adverbial starts mid-sentence,
 * so its pronoun is lower-case ("Days later, she put out a note calling …" → she).
 */
export function sentenceSubjectAt(text: string, from: number, to: number): TextSpan | null {
  const m = SENTENCE_OPENING_SUBJECT.exec(text.slice(from, to));
  if (!m || m[1] === undefined) return openerThenPronoun(text, from, to) ?? roleSubject(text, from, to) ?? crowdSubject(text, from, to);
  const start = from + m[0].length - m[1].length;
  if (/^(?:The|About|Nearly|Almost|Roughly|Some|Dozens|Hundreds|Thousands)$/.test(m[1])) {
    const crowd = crowdSubject(text, start, to);
    if (crowd) return crowd;
  }
  if (OPENER_WORD.test(m[1])) {
    // "Instead, he was back …", "Still, Pell called …": the subject follows the opener.
    const rest = /^\s*,?\s+/.exec(text.slice(start + m[1].length, to));
    const after = rest ? sentenceSubjectAt(text, start + m[1].length + rest[0].length, to) : openerThenPronoun(text, from, to);
    if (after && !OPENER_WORD.test(after.text)) return after;
    const later = rest ? subjectAfterOpenerAdverbs(text, start + m[1].length + rest[0].length, to) : null;
    if (later) return later;
    const described = rest ? articleSubject(text, start + m[1].length + rest[0].length, to) : null;
    if (described) return described;
  }
  return span(text, start, start + m[1].length);
}

/**
 * "… was clear when Ana Ruiz toured the quay and praised the “…”": a verb joined by "and" to
 * the verb of a "when"/"as"/"after" clause shares that clause's named subject.
 */
function subordinateSubject(text: string, floor: number, andAt: number): TextSpan | null {
  const before = text.slice(floor, andAt);
  const m = /\b(?:when|as|after|while|because|since|before|until|once)\s+((?:\p{Lu}[\p{L}’'.-]*)(?:\s+(?:\p{Lu}[\p{L}’'.-]*|of|de|van|von|al-\p{Lu}[\p{L}’'-]*))*)\s+\p{Ll}+(?:ed|s)\b[^,;:—–()]*$/u.exec(before);
  if (!m?.[1] || OPENER_WORD.test(m[1]) || /\s(?:of|de|van|von)$/.test(m[1])) return null;
  const at = floor + m.index + m[0].indexOf(m[1], m[0].search(/\s/));
  return span(text, at, at + m[1].length);
}

/**
 * "Likewise, a report from the harbour board had this to say: …": after an opener, a phrase
 * opened by an article and closed by a finite verb is the subject.
 */
function articleSubject(text: string, from: number, to: number): TextSpan | null {
  const m = /^((?:a|an|the)\s+[^,;:“”"()—–]{1,80}?)\s+(?:had|has|have|was|were|is|are|will|would|could|can|\p{Ll}{3,}ed)\b/u.exec(text.slice(from, to));
  if (!m?.[1] || /\s(?:who|which|that|and|or|when|as)\s/.test(m[1])) return null;
  return span(text, from, from + m[1].length);
}

/**
 * "And then Pell went …", "But as Ruiz denounced the levy and pledged …": one or two
 * lower-case adverbs or subordinators after an opener stand before the clause's subject.
 */
function subjectAfterOpenerAdverbs(text: string, from: number, to: number): TextSpan | null {
  const m = /^(?:(?:then|now|so|as|when|once|finally|later|soon|also|again|even|still|yet|suddenly|quickly)\s+){1,2}(?=\p{Lu})/u.exec(text.slice(from, to));
  if (!m) return null;
  const after = sentenceSubjectAt(text, from + m[0].length, to);
  return after && !OPENER_WORD.test(after.text) && STARTS_UPPER.test(after.text) ? after : null;
}

/** "the former harbour master talked about …": a lower-case role noun phrase as the subject. */
function roleSubject(text: string, from: number, to: number): TextSpan | null {
  const m = /^(?:(?:And|But|Still|Yet|Then|However|Instead)\s*,?\s+)?([Tt]he\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+))(?=\s+(?:of\s|\p{Ll}+(?:ed|s)\b|has\b|had\b|was\b|is\b|will\b|would\b))/u.exec(text.slice(from, to));
  if (!m?.[1] || !m[2] || !PERSON_ROLE_NOUNS.has(m[2])) return null;
  const start = from + m[0].length - m[1].length;
  return span(text, start, start + m[1].length);
}

/**
 * "About fifty dockworkers had gathered …, chanting …", "The sailors were waiting, shouting …":
 * a lower-case plural noun phrase, often counted, before a verb is the subject (not "About").
 */
function crowdSubject(text: string, from: number, to: number): TextSpan | null {
  const m = /^((?:[Tt]he|[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Ss]ome|[Mm]ore than|[Aa]t least|[Dd]ozens of|[Hh]undreds of|[Tt]housands of)\s+(?:[\d,]+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|a hundred|a dozen|several|dozens of|hundreds of|thousands of)\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+s))(?=\s+(?:(?:had|have|were|are|will|would)\b|\p{Ll}+ed\b))/u.exec(text.slice(from, to));
  if (!m?.[1] || !m[2] || /(?:ss|ics|news|us)$/.test(m[2])) return null;
  // "The ferries were late": a counted phrase or a plural of people.
  const counted = !/^[Tt]he\s/.test(m[1]) || /\d/.test(m[1]);
  if (!counted && !PERSON_ROLE_NOUNS.has(m[2]) && !PERSON_ROLE_NOUNS.has(m[2].replace(/s$/, '')) && !/(?:ers|ors|ists|ans|ents|ees)$/.test(m[2])) return null;
  return span(text, from, from + m[1].length);
}

/** "And he wants …", "Then she called …": an opener followed by a lower-case pronoun subject. */
function openerThenPronoun(text: string, from: number, to: number): TextSpan | null {
  const m = /^(?:(?:And|But|Or|So|Yet|Still|Then|Now|Also|Instead|Meanwhile|However|Indeed|Later|Earlier)\s*,?\s+)?(he|she|they|we|I)\s+(?=\p{Ll})/u.exec(text.slice(from, to));
  if (!m || m[1] === undefined) return null;
  const start = from + m[0].trimEnd().length - m[1].length;
  return span(text, start, start + m[1].length);
}

/**
 * "Pell’s promise to “fix the pier”", "his calls for a “fair levy”": a cue word after a
 * possessive is a noun, and the possessor is its speaker.
 */
export function possessorOf(text: string, sentence: Sentence, cueStart: number): TextSpan | null {
  const before = text.slice(Math.max(sentence.start, cueStart - 60), cueStart);
  const m = /(?:^|[^\p{L}’'])((?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?:’s|'s))\s+(?:\p{Ll}+\s+)?$/u.exec(before);
  if (!m?.[1]) return null;
  const at = cueStart - before.length + m.index + m[0].indexOf(m[1]);
  const owner = m[1].replace(/(?:’s|'s)$/, '');
  if (/^(?:It|This|That|The)$/.test(owner)) return null;
  return span(text, at, at + owner.length);
}

/**
 * "… he called her plan “foolish” and said the dockers had “no patience”": a verb joined by
 * "and"/"but" to an earlier report in its sentence shares that report's subject.
 */
export function coordinatedSubject(text: string, sentence: Sentence, verbStart: number, drafts: readonly Draft[]): TextSpan | null {
  if (!/\s(?:and|but)\s+(?:\p{Ll}+ly\s+|then\s+|also\s+)?$/u.test(text.slice(Math.max(sentence.start, verbStart - 20), verbStart))) return null;
  const earlier = [...drafts].reverse().find((d) => d.sentence.start === sentence.start && d.content.end <= verbStart && d.mention);
  return earlier?.mention ?? null;
}

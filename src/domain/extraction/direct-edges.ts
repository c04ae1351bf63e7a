/**
 * Left edges of DIRECT statements read as reported clauses. A clause finder reads from its
 * cue to the end of the clause; when that clause ends with a quotation that a second verb of
 * saying introduces (`… but added, “We are ready.”`), the quotation is a statement of its own.
 */
import { makeDraft, span, wordCount } from './draft.ts';
import type { Draft } from './draft.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import type { Quote } from './segment.ts';
import type { Span, StatementKind, TextSpan } from './types.ts';

/** A leading manner adverb and its comma or colon ("Frankly, …"). */
const LEADING_MANNER_ADVERB = /^(\p{Ll}{2,}ly)\s*[,:]\s*/u;

/** The quotation that closes `d`'s content (only punctuation after it), if any. */
function closingQuote(text: string, d: Draft, quotes: readonly Quote[]): Quote | undefined {
  return quotes.find((q) => q.closed && q.open > d.content.start && q.open < d.content.end && q.close >= d.content.end - 3 && (q.close >= d.content.end || /^[\s,.;:!?”"’']*$/.test(text.slice(q.close, d.content.end))));
}

/** Verbs in the lexicon that do not introduce a quotation ("seemed, “…”" is not a report). */
const NOT_INTRODUCING = new Set(['seem', 'appear', 'decline', 'refuse', 'want', 'plan', 'intend', 'offer', 'find', 'show', 'know', 'learn', 'realize', 'realise', 'understand', 'feel', 'hope', 'fear', 'expect', 'estimate', 'project', 'calculate', 'figure', 'determine', 'suppose', 'assume', 'presume', 'suspect', 'rule', 'describe', 'characterize', 'characterise', 'agree', 'continue', 'question', 'doubt', 'believe', 'guess', 'indicate', 'signal']);

/**
 * A verb of saying right before the comma or colon that introduces the quotation: "but added,",
 * "and adding,", "by saying:", "whispered to him:", "told the agency simply,".
 */
const INTRODUCER = /(?:^|[^\p{L}’'-])(\p{Ll}+)(?:\s+(?:to\s+)?(?:him|her|them|me|us|reporters|everyone))?(?:\s+\p{Ll}+ly)?\s*[,:]\s*$/u;

/**
 * What the edge passes ask of modules that import this one. The hooks take the article's text
 * and quotes as arguments, so one hooks object serves every article: closures made per article
 * are new call targets to the optimised passes each time, and each deoptimises them.
 */
export interface SplitHooks {
  /** The written subject of a verb at `verbStart` inside `d`'s sentence, if one stands right before it. */
  subjectOf: (text: string, d: Draft, verbStart: number) => TextSpan | null;
  kindOf: (text: string, content: Span, quotes: readonly Quote[]) => StatementKind;
}

/** The last closed quotation that opens and closes inside `content` (before its end), if any. */
function lastClosedQuotationIn(quotes: readonly Quote[], content: Span): Quote | undefined {
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i] as Quote;
    if (q.closed && q.open >= content.start && q.close < content.end) return q;
  }
  return undefined;
}

/**
 * Whether `at` lies inside a quotation. A function of the module, not a closure made per call:
 * a new closure is a new call target that deoptimises the caller's optimised code.
 */
function insideQuotation(quotes: readonly Quote[], at: number): boolean {
  return quotes.some((q) => q.open <= at && at < q.close);
}

/**
 * `Pell said the vote was close but added, “We are ready.”`: a clause that ends with a
 * capitalised quotation introduced by a second verb of saying and a comma or colon holds two
 * statements: the clause before the verb and the quotation, said by that verb's subject (or
 * by the clause's speaker when the verb has none of its own: "and adding, “…”").
 */
export function splitIntroducedQuotations(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  const added: Draft[] = [];
  for (const d of drafts) {
    if (!d || d.kind !== 'DIRECT' || (d.pattern !== 'clause' && d.pattern !== 'participle')) continue;
    const q = closingQuote(text, d, quotes);
    if (!q || wordCount(text, q) < 2) continue;
    const capitalised = /^[^\p{L}\p{N}]*\p{Lu}/u.test(text.slice(q.start, q.end));
    const lead = text.slice(d.content.start, q.open);
    const m = INTRODUCER.exec(lead);
    const verbWord = m?.[1];
    const entry = verbWord ? REPORTING_VERBS.get(verbWord) : undefined;
    if (!m || !verbWord || !entry || entry.frame === 'object' || NOT_INTRODUCING.has(entry.lemma)) continue;
    const verbStart = d.content.start + m.index + m[0].indexOf(verbWord);
    // A participle ("carrying signs saying, …") and a relative clause ("a caption which reads,
    // …") report for the clause's speaker; a finite verb with a subject inside the clause
    // ("the bill that Ivo Pell said, …") reports for that subject.
    const subject = entry.form === 'ing' ? null : hooks.subjectOf(text, d, verbStart);
    const ownSubject = subject && subject.start >= d.content.start && !/^(?:who|which|that|whom)$/i.test(subject.text) ? subject : null;
    // A lower-case quotation continues the clause unless a parenthetical attribution
    // ("including, he said, “…”") after a clause of its own introduces it ("The bridge, he
    // said, “is a waste”" is one report).
    if (!capitalised && !(ownSubject && /,\s*$/.test(text.slice(d.content.start, ownSubject.start)) && wordCount(text, { start: d.content.start, end: ownSubject.start }) >= 6)) continue;
    const quoted = makeDraft({
      content: { start: q.start, end: q.end },
      kind: 'DIRECT',
      cue: span(text, verbStart, verbStart + verbWord.length),
      cueLemma: entry.lemma,
      mention: ownSubject ?? d.mention,
      pattern: 'adjacent-quote',
      sentence: d.sentence,
      inheritsFrom: ownSubject ? undefined : d.inheritsFrom,
    });
    // What is left of the clause: up to the subject or the conjunction before the verb.
    const restEnd = ownSubject ? ownSubject.start : verbStart;
    const rest = text.slice(d.content.start, restEnd).replace(/(?:[\s,]+(?:and|but|then|while|before|after|by|in|also|later|simply|only|finally))*[\s,;:—–-]*$/u, '');
    // "he responded: “…”" alone is already read as one report with its quotation.
    if (wordCount(text, { start: d.content.start, end: d.content.start + rest.length }) < 3) continue;
    d.content = { start: d.content.start, end: d.content.start + rest.length };
    d.kind = hooks.kindOf(text, d.content, quotes);
    added.push(quoted);
  }
  drafts.push(...added);
}

/** Irregular past forms that start a coordinated predicate ("and cast himself as …"). */
const IRREGULAR_PAST = 'cast|made|took|gave|went|said|told|put|set|sent|left|kept|held|got|won|lost|ran|came|became|brought|thought|spoke|wrote|drew|threw|met|led|paid|sold|built|spent|stood|fought|sought|struck|hit|read|began|broke|chose|drove|fell|flew|forgot|grew|hid|knew|rose|saw|shook|sang|stole|swore|tore|woke|wore';
const COORDINATED_PREDICATE = new RegExp(String.raw`^\s+and\s+(?:then\s+|also\s+|later\s+)?(?:(?:has|have|had)\s+)?(?:\p{Ll}{3,}(?:ed|ing)|${IRREGULAR_PAST})\b`, 'u');
/** -ed/-ing words that are not verbs starting a predicate. */
const NOT_PREDICATE = /^(?:during|according|including|nothing|something|anything|everything|morning|evening|building|meeting|hearing|briefing|ruling|funding|spending|polling|voting|feeling|ending|setting|opening|warning|shooting|bombing|hundred|red|bed|need|speed|seed|feed|sacred|wicked|naked|kindred|thing|things|king|ring|wing|spring|string|bring|sing)$/;

/**
 * `called the levy “a swindle” and styled himself the dockers’ ally`: after a quotation, an
 * "and" with a verb of its own (past, participle or perfect) starts a new predicate of the
 * main subject; the report ends before it.
 */
export function endBeforeCoordinatedPredicate(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  const added: Draft[] = [];
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || d.pattern === 'adjacent-quote' || d.pattern === 'follow-on' || d.pattern === 'unattributed' || d.pattern === 'colon-intro') continue;
    // "said he had a “bad day” and deleted the file": a reported clause with its own pronoun
    // subject keeps the predicates coordinated with it.
    const ownSubject = /^(?:that\s+)?(?:he|she|they|we|i|it|you|there)\s/i.test(text.slice(d.content.start, d.content.end));
    for (const q of quotes) {
      if (!q.closed || q.open < d.content.start || q.close >= d.content.end) continue;
      // The predicate may only follow the quotation's own phrase ("“fraud” over delegate
      // selection and threatening …"): no clause punctuation or other quotation in between.
      const tail = text.slice(q.close, d.content.end);
      const between = /^[^,;:()“”"—–.!?]{0,60}?(?=\s+and\s)/u.exec(tail);
      if (!between) continue;
      const at = q.close + between[0].length;
      const m = COORDINATED_PREDICATE.exec(text.slice(at, d.content.end));
      if (!m) continue;
      const verb = /(\p{Ll}+)\b$/u.exec(m[0])?.[1] ?? '';
      if (NOT_PREDICATE.test(verb)) continue;
      // A further quotation after the "and" continues the report ("and “left it to rot”"),
      // unless a participle of saying parallel to the cue's own reports it ("calling it “a
      // swindle” and asserting that …"): that is a report of its own.
      const parallel = /ing$/.test(d.cue?.text ?? '') && REPORTING_VERBS.get(verb)?.form === 'ing';
      if (!parallel && (ownSubject || quotes.some((r) => r.open >= at && r.open < d.content.end))) continue;
      if (parallel) {
        const verbAt = at + m[0].length - verb.length;
        const from = verbAt + verb.length + (/^\s+that\s/.exec(text.slice(verbAt + verb.length, d.content.end))?.[0].length ?? 0);
        const start = from + (/^\s*/.exec(text.slice(from, d.content.end))?.[0].length ?? 0);
        const entry = REPORTING_VERBS.get(verb);
        if (entry && wordCount(text, { start, end: d.content.end }) >= 2 && !drafts.some((x) => x !== d && x.content.start < d.content.end && start < x.content.end)) {
          const content = { start, end: d.content.end };
          added.push(makeDraft({ content, kind: hooks.kindOf(text, content, quotes), cue: span(text, verbAt, verbAt + verb.length), cueLemma: entry.lemma, mention: d.mention, pattern: 'participle', sentence: d.sentence, inheritsFrom: d.inheritsFrom }));
        }
      }
      d.content = { start: d.content.start, end: at };
      d.kind = hooks.kindOf(text, d.content, quotes);
      break;
    }
  }
  drafts.push(...added);
}

/** Verbs of saying whose report, nested at the end of another clause, stands apart from it. */
const SAYING = new Set('say tell add call write tweet post claim argue insist warn note explain declare assert ask reply respond answer joke quip complain boast vow pledge promise announce charge allege deny admit acknowledge concede contend maintain recall remark state testify proclaim exclaim shout yell chant whisper label dub brand term accuse'.split(' '));

/**
 * `Pell said he backs the bill, which Ruiz called “a swindle.”`: when a report of saying
 * nested at the end of another statement's clause, in a clause of its own (after a comma or
 * dash, or "and", "but", "while", "before", "after", "when"), holds the quotation, the outer
 * statement ends where the nested report begins (its subject, or its verb when it has none of
 * its own) and is read as the outer speaker's own words.
 */
export function endBeforeNestedQuotation(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  for (const o of drafts) {
    if (o.kind !== 'DIRECT' || (o.pattern !== 'clause' && o.pattern !== 'participle' && o.pattern !== 'left-clause')) continue;
    let head = o.content.end;
    for (const i of drafts) {
      if (i === o || i.kind !== 'DIRECT' || !i.cue || i.sentence !== o.sentence || !SAYING.has(i.cueLemma ?? '')) continue;
      if (i.content.start <= o.content.start || i.content.end > o.content.end + 2 || i.content.end < o.content.end - 3) continue;
      if (i.cue.start <= o.content.start || i.cue.start >= i.content.start || insideQuotation(quotes, i.cue.start)) continue;
      const start = i.mention && i.mention.start > o.content.start && i.mention.start < i.cue.start ? i.mention.start : i.cue.start;
      head = Math.min(head, start);
    }
    if (head >= o.content.end) continue;
    const kept = text.slice(o.content.start, head).replace(/(?:[\s,—–-]+(?:which|who|whom|when|after|before|as|while|and|but|hours|days|weeks|since|until|then|also|even|though|although))*[\s,;:—–-]*$/iu, '');
    let keptEnd = o.content.start + kept.length;
    // "…was an oversight, on the quay at dawn he said …": a fronted phrase of place or time
    // before the nested report's subject belongs to the nested report.
    const fronted = /,\s+(?:at|in|on|during|earlier|later|last|this|on)\s[^,;:“”"]{0,50}$/u.exec(kept);
    if (fronted && !/[,;—–]/.test(text.slice(keptEnd, head)) && /^(?:he|she|they|we|I|\p{Lu})/u.test(text.slice(head, head + 4))) keptEnd = o.content.start + fronted.index;
    const between = text.slice(keptEnd, head);
    // The nested report is a clause of its own: a comma or dash, or a conjunction, sets it off.
    if (!/[,;—–]|\s-\s|^\s+(?:and|but|while|before|after|when)\s/.test(between) || /^\s+(?:and|but)\s+that\s/.test(between) || wordCount(text, { start: keptEnd, end: head }) > 8) continue;
    if (wordCount(text, { start: o.content.start, end: keptEnd }) < 3 || insideQuotation(quotes, keptEnd)) continue;
    o.content = { start: o.content.start, end: keptEnd };
    o.kind = hooks.kindOf(text, o.content, quotes);
  }
}

/**
 * `chanted “no deal, no ferry” after the talks failed on Friday`: after a quotation, a clause
 * of time ("after", "until", "when", "before", "while", "as", "once") is the writer's
 * circumstance; the report ends with the quotation.
 */
export function endBeforeTimeClause(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || d.pattern === 'adjacent-quote' || d.pattern === 'follow-on' || d.pattern === 'unattributed' || d.pattern === 'colon-intro') continue;
    for (const q of quotes) {
      if (!q.closed || q.open < d.content.start || q.close >= d.content.end) continue;
      // Only a quoted object or label ("chanted “…”", "called it “…”"): a reported clause
      // ("said he was “fine” until …") keeps its own circumstances.
      if (wordCount(text, { start: d.content.start, end: q.open }) > 3 || /^(?:he|she|they|we|i|it|you|there)\s/i.test(text.slice(d.content.start, q.open))) continue;
      if (!/^\s*,?\s+(?:(?:moments|shortly|hours|days|weeks|minutes|months|years|soon|just|right|long|even)\s+)?(?:after|until|before|when|while|once)\s/u.test(text.slice(q.close, d.content.end))) continue;
      if (quotes.some((r) => r.open >= q.close && r.open < d.content.end)) continue;
      d.content = { start: d.content.start, end: q.close };
      d.kind = hooks.kindOf(text, d.content, quotes);
      break;
    }
  }
}

/**
 * `is reminding dockers in a crowded Tessel canteen, her old haunt, that “the pier is ours.”`: a
 * verb with a recipient reports what follows its "that"; a long recipient (with commas or a
 * relative clause of its own) is not part of what was said.
 */
export function skipLongRecipient(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || d.pattern !== 'clause' || !d.cueLemma || REPORTING_VERBS.get(text.slice(d.cue?.start ?? 0, d.cue?.end ?? 0).toLowerCase())?.frame !== 'tell') continue;
    // Only a recipient read as content: the content starts right after the verb (or after the
    // first words of the recipient).
    if (!d.cue || !/^\s*(?:[\p{L}’'-]+\s+){0,3}$/u.test(text.slice(d.cue.end, d.content.start)) || /\bthat\s*$/.test(text.slice(d.cue.end, d.content.start))) continue;
    const body = text.slice(d.content.start, d.content.end);
    const that = /\sthat\s+/u.exec(body);
    if (!that || wordCount(text, { start: d.content.start, end: d.content.start + that.index }) > 20 || /(?:\band|\bbut|,)\s*$/.test(body.slice(0, that.index)) || /(?:^|\s)to\s/.test(body.slice(0, that.index))) continue;
    const at = d.content.start + that.index + that[0].length;
    if (quotes.some((q) => q.open < at && at < q.close) || !quotes.some((q) => q.open >= at && q.open < d.content.end)) continue;
    // A quotation before the "that" is part of what was said, not of the recipient.
    if (quotes.some((q) => q.open >= d.content.start && q.open < at)) continue;
    d.content = { start: at, end: d.content.end };
    d.kind = hooks.kindOf(text, d.content, quotes);
  }
}

/**
 * `the levy marks “the end of the ferries” for Brask, said Ivo Pell, the harbour master`: an
 * inverted attribution after the quotation ends the report; it names who said it and is not
 * part of what was said.
 */
export function endBeforeTrailingAttribution(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  const re = /,\s+(?:(?:said|says|added|adds|wrote|writes|noted|notes|explained|argued|insisted|warned)\s+(?:\p{Lu}|the\s|an?\s)|(?:he|she|they|I|we)\s+(?:said|says|added|adds|wrote|writes)\b)/gu;
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || d.pattern === 'adjacent-quote' || d.pattern === 'follow-on' || d.pattern === 'unattributed' || d.pattern === 'colon-intro') continue;
    const body = text.slice(d.content.start, d.content.end);
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const at = d.content.start + m.index;
      if (quotes.some((q) => q.open <= at && at < q.close) || !quotes.some((q) => q.open >= d.content.start && q.close <= at + 1)) continue;
      d.content = { start: d.content.start, end: at };
      d.kind = hooks.kindOf(text, d.content, quotes);
      // "…, said Ivo Pell": the named speaker and the verb are the statement's own.
      const named = /^,\s+(\p{Ll}+)\s+((?:\p{Lu}[\p{L}’'.-]*)(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})/u.exec(body.slice(m.index));
      if (named?.[1] && named[2]) {
        const verbAt = at + named[0].indexOf(named[1], 1);
        const nameAt = verbAt + named[1].length + named[0].slice(named[0].indexOf(named[1], 1) + named[1].length).indexOf(named[2]);
        d.cue = span(text, verbAt, verbAt + named[1].length);
        d.cueLemma = REPORTING_VERBS.get(named[1])?.lemma ?? named[1];
        d.mention = span(text, nameAt, nameAt + named[2].length);
        d.inheritsFrom = undefined;
      }
      break;
    }
  }
}

/**
 * `saying the fund was sound and calling the levy “a swindle.”`: a participle of saying
 * coordinated with the cue's own participle starts a report of its own when a quotation follows
 * it; the first report ends before its "and".
 */
export function splitParallelParticiples(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  const added: Draft[] = [];
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || (d.pattern !== 'participle' && d.pattern !== 'clause') || !d.cue || !/ing$/.test(d.cue.text)) continue;
    const re = /\s+and\s+(\p{Ll}+ing)\b/gu;
    const body = text.slice(d.content.start, d.content.end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const at = d.content.start + m.index;
      const verb = m[1] ?? '';
      const entry = REPORTING_VERBS.get(verb);
      if (!entry || entry.form !== 'ing' || NOT_INTRODUCING.has(entry.lemma) || quotes.some((q) => q.open <= at && at < q.close)) continue;
      const verbAt = at + m[0].length - verb.length;
      const start = verbAt + verb.length + (/^\s+(?:that\s+)?/.exec(text.slice(verbAt + verb.length, d.content.end))?.[0].length ?? 0);
      if (!quotes.some((q) => q.open >= start && q.open < d.content.end) || wordCount(text, { start: d.content.start, end: at }) < 3 || wordCount(text, { start, end: d.content.end }) < 2) break;
      const content = { start, end: d.content.end };
      if (!drafts.some((x) => x !== d && x.content.start < content.end && content.start < x.content.end)) {
        added.push(makeDraft({ content, kind: hooks.kindOf(text, content, quotes), cue: span(text, verbAt, verbAt + verb.length), cueLemma: entry.lemma, mention: d.mention, pattern: 'participle', sentence: d.sentence, inheritsFrom: d.inheritsFrom }));
      }
      d.content = { start: d.content.start, end: at };
      d.kind = hooks.kindOf(text, d.content, quotes);
      break;
    }
  }
  drafts.push(...added);
}

/** An attribution with its own subject right after a quotation that closes on a comma: "“…,” he claimed". */
function afterOwn(text: string, close: number): boolean {
  return /[,!?]\s*(?:[”"’]|'')$/.test(text.slice(Math.max(0, close - 3), close)) && /^\s*(?:he|she|they|I|we|(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*)\s+\p{Ll}+(?:ed|s)\b/u.test(text.slice(close, close + 60));
}

/**
 * `Pell listed what the job demands, above all the night shifts: “It is a long haul.”`: a
 * long clause of the writer's words (no quotation of its own) that a colon closes introduces
 * a full quotation; the clause and the quotation are two statements of the same speaker.
 */
export function splitColonQuotation(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  const added: Draft[] = [];
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || (d.pattern !== 'clause' && d.pattern !== 'participle')) continue;
    const q = closingQuote(text, d, quotes);
    if (!q || !/^[^\p{L}\p{N}]*\p{Lu}/u.test(text.slice(q.start, q.end)) || wordCount(text, q) < 2) continue;
    const lead = text.slice(d.content.start, q.open);
    // "…: “It is a long haul,” he said.": an attribution right after the quotation names its speaker.
    const after = /^\s*(he|she|they|I|we|(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*)\s+(said|says|added|adds|wrote|writes|told|tells|continued)\b/u.exec(text.slice(q.close, q.close + 60));
    // A short clause splits too when the quotation has its own attribution ("Pell said the
    // harbour was finished: “It is over,” he claimed.").
    if (!/[\p{L}\p{N}]:\s*$/u.test(lead) || /[“”"]|''/.test(lead) || wordCount(text, { start: d.content.start, end: q.open }) < (afterOwn(text, q.close) ? 3 : 8)) continue;
    if (after?.[1] && after[2]) {
      const at = q.close + after[0].indexOf(after[1]);
      const cueAt = q.close + after[0].length - after[2].length;
      added.push(makeDraft({ content: { start: q.start, end: q.end }, kind: 'DIRECT', cue: span(text, cueAt, cueAt + after[2].length), cueLemma: REPORTING_VERBS.get(after[2])?.lemma ?? after[2], mention: span(text, at, at + after[1].length), pattern: 'adjacent-quote', sentence: d.sentence }));
    } else {
      added.push(makeDraft({ content: { start: q.start, end: q.end }, kind: 'DIRECT', cue: d.cue, cueLemma: d.cueLemma, mention: d.mention, pattern: 'adjacent-quote', sentence: d.sentence, inheritsFrom: d.inheritsFrom }));
    }
    d.content = { start: d.content.start, end: d.content.start + lead.replace(/[\s:]+$/, '').length };
    d.kind = hooks.kindOf(text, d.content, quotes);
  }
  drafts.push(...added);
}

/**
 * `If Pell means it when he says the levy is “dead,” the board will need a new plan`: a report
 * inside an opening subordinate clause ends at the comma where the main clause (a subject and
 * its verb) begins.
 */
export function endAtMainClause(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  const main = /,\s+(?:it|he|she|they|we|I|there|this|the\s+\p{Ll}+)\s+(?:is|was|are|were|would|will|could|can|should|may|might|must|has|have|had|seems?|seemed|appears?|\p{Ll}{3,}ed)\b/gu;
  for (const d of drafts) {
    if (!d.cue || d.cue.start >= d.content.start) continue;
    const lead = text.slice(d.sentence.start, d.cue.start);
    if (!/^(?:If|When|Although|Though|While|Because|As|Since|After|Before|Once|Unless|Even\s+if|Even\s+though)\s/.test(lead) || /,/.test(lead)) continue;
    const body = text.slice(d.content.start, d.content.end);
    main.lastIndex = 0;
    for (let m = main.exec(body); m; m = main.exec(body)) {
      const at = d.content.start + m.index;
      if (quotes.some((q) => q.open <= at && at < q.close)) continue;
      if (wordCount(text, { start: d.content.start, end: at }) < 2) break;
      d.content = { start: d.content.start, end: at };
      d.kind = hooks.kindOf(text, d.content, quotes);
      break;
    }
  }
}

/**
 * `called the ferries “floating ruins” (though he praised the crews)`: a parenthesis closing
 * the statement after its last quotation is the writer's aside.
 */
export function endBeforeClosingAside(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || d.pattern === 'adjacent-quote' || d.pattern === 'follow-on' || d.pattern === 'unattributed' || d.pattern === 'colon-intro') continue;
    const last = lastClosedQuotationIn(quotes, d.content);
    if (!last || quotes.some((q) => q.open >= last.close && q.open < d.content.end)) continue;
    if (!/^\s*\([^()]{3,}\)?[\s.,]*$/.test(text.slice(last.close, d.content.end))) continue;
    d.content = { start: d.content.start, end: last.close };
    d.kind = hooks.kindOf(text, d.content, quotes);
  }
}

/**
 * `called the mayor a “ferry wrecker” on his radio show`: the outlet or channel named after the
 * last quotation ("on his radio show", "in her weekly column") is where it was said, not what;
 * so is one after the noun a quotation modifies (`denounced the “pier first” movement in her
 * radio appearances`): the statement ends with that noun.
 */
export function endBeforeTrailingChannel(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  const channel = /^((?:\s+(?!on\b|in\b)\p{Ll}[\p{L}-]*)?)\s+(?:on|in)\s+(?:his|her|their|its|the|a|an)\s+(?:[\p{L}’'-]+\s+){0,5}(?:show|page|account|feed|program|programme|website|blog|broadcast|podcast|appearances?|interview|column|newsletter|speech|remarks)\s*[.,]?$/u;
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || d.pattern === 'adjacent-quote' || d.pattern === 'follow-on' || d.pattern === 'unattributed' || d.pattern === 'colon-intro') continue;
    const last = lastClosedQuotationIn(quotes, d.content);
    const m = last ? channel.exec(text.slice(last.close, d.content.end)) : null;
    if (!last || !m) continue;
    d.content = { start: d.content.start, end: last.close + (m[1] ?? '').length };
    d.kind = hooks.kindOf(text, d.content, quotes);
  }
}

/** A sentence opening on a subordinating conjunction: "While …", "Even as …", "After …". */
const FRONTED_SUBORDINATOR = /^\s*(?:While|Although|Though|Whereas|Even\s+though|Even\s+as|When|After|Before|Once|Until|Unless|Because|Since|If|As)\s/u;
/** A comma (maybe inside a closing mark) and the main clause's subject and next word. */
const MAIN_CLAUSE_AFTER_COMMA = /,(?:[”"’]|'')?\s+(?:(?:he|she|they|we|I|it)\s+|(?:\p{Lu}[\p{L}’'.-]*\s+){1,3})(?!(?:of|and|or|the|a|an|in|on|at|for|to|with|from|by|as|who|which|that)\b)\p{Ll}+/gu;

/**
 * `While Pell calls the levy “a fair toll,” Ruiz wants it scrapped`: a report whose cue sits in
 * a subordinate clause opening the sentence ends with that clause; after its comma, a subject
 * and a verb start the main clause, which is the writer's (or another report).
 */
export function endAtFrontedClause(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  for (const d of drafts) {
    if (!d.cue || d.cue.start < d.sentence.start || d.content.start < d.cue.end) continue;
    const opening = text.slice(d.sentence.start, d.cue.start);
    if (!FRONTED_SUBORDINATOR.test(opening) || /[,;:—–]/.test(opening)) continue;
    const body = text.slice(d.content.start, d.content.end);
    MAIN_CLAUSE_AFTER_COMMA.lastIndex = 0;
    for (let m = MAIN_CLAUSE_AFTER_COMMA.exec(body); m; m = MAIN_CLAUSE_AFTER_COMMA.exec(body)) {
      const at = d.content.start + m.index;
      if (quotes.some((q) => q.open <= at && at < q.close - 1)) continue;
      const closing = /^,((?:[”"’]|'')?)/.exec(m[0]);
      const end = at + (closing?.[1] ? 1 + closing[1].length : 0);
      if (wordCount(text, { start: d.content.start, end }) < 2) break;
      d.content = { start: d.content.start, end };
      d.kind = hooks.kindOf(text, d.content, quotes);
      break;
    }
  }
}

/**
 * `Ruiz said the levy was “a slow leak in the hull,” while Pell called it fair`: a quotation
 * that closes on its own comma and is followed by a "while"/"whereas" clause with no quotation
 * of its own ends the report; the contrast is the writer's.
 */
export function endBeforeContrastClause(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || d.pattern === 'adjacent-quote' || d.pattern === 'follow-on' || d.pattern === 'unattributed' || d.pattern === 'colon-intro') continue;
    const last = lastClosedQuotationIn(quotes, d.content);
    if (!last || quotes.some((q) => q.open >= last.close && q.open < d.content.end)) continue;
    if (!/,\s*(?:[”"’]|'')$/.test(text.slice(last.start, last.close)) || !/^\s+(?:while|whereas)\s/.test(text.slice(last.close, d.content.end))) continue;
    d.content = { start: d.content.start, end: last.close };
    d.kind = hooks.kindOf(text, d.content, quotes);
  }
}

/**
 * `Pell hoped for a “strong harbour,” and Ruiz vowed to “sink the levy”` / `38 crews said
 * “too soon” and 12 crews said “no”`: after a quotation, "and" with a subject of its own
 * (a pronoun, a name, "12 crews") and a finite verb of saying starts a second report; the
 * first ends before the "and".
 */
export function splitCoordinatedReport(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  const added: Draft[] = [];
  const clause = /^,?\s+and\s+(?:then\s+)?(he|she|they|we|I|\d+(?:\.\d+)?\s+percent|(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*)\s+(?:(?:also|later|then|quickly)\s+)?(\p{Ll}+)\b/u;
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || d.pattern === 'adjacent-quote' || d.pattern === 'follow-on' || d.pattern === 'unattributed' || d.pattern === 'colon-intro') continue;
    for (const q of quotes) {
      if (!q.closed || q.open < d.content.start || q.close >= d.content.end) continue;
      // Only the quotation's own phrase, or a short aside ("for instance"), before the "and".
      const between = /^[^;:()“”"—–.!?]{0,30}?(?=,?\s+and\s)/u.exec(text.slice(q.close, d.content.end));
      if (!between) continue;
      const at = q.close + between[0].length;
      const m = clause.exec(text.slice(at, d.content.end));
      const subject = m?.[1];
      const verb = m?.[2] ?? '';
      const entry = REPORTING_VERBS.get(verb);
      if (!m || !subject || !entry || entry.form === 'ing' || entry.form === 'base' || NOT_INTRODUCING.has(entry.lemma)) continue;
      const verbAt = at + m[0].length - verb.length;
      const from = verbAt + verb.length + (/^\s+(?:that\s+)?/.exec(text.slice(verbAt + verb.length, d.content.end))?.[0].length ?? 0);
      if (!quotes.some((r) => r.open >= from && r.open < d.content.end) || wordCount(text, { start: from, end: d.content.end }) < 1) break;
      const subjectAt = at + m[0].indexOf(subject, m[0].indexOf('and') + 3);
      const content = { start: from, end: d.content.end };
      if (!drafts.some((x) => x !== d && x.content.start < content.end && content.start < x.content.end && x.content.start >= at)) {
        added.push(makeDraft({ content, kind: hooks.kindOf(text, content, quotes), cue: span(text, verbAt, verbAt + verb.length), cueLemma: entry.lemma, mention: span(text, subjectAt, subjectAt + subject.length), pattern: 'clause', sentence: d.sentence }));
      }
      // An aside set off by commas ("“…,” for instance, and …") is the writer's.
      d.content = { start: d.content.start, end: /,/.test(text.slice(q.close - 2, q.close)) && text[at] === ',' ? q.close : q.close + between[0].replace(/\s+$/, '').length };
      d.kind = hooks.kindOf(text, d.content, quotes);
      break;
    }
  }
  drafts.push(...added);
}

/**
 * `offered “a full apology” to the ferry crews after the vote collapsed`: a quoted object with
 * its recipient ("to the ferry crews"), then a clause of time; the report ends with the
 * recipient, the time clause is the writer's circumstance.
 */
export function endBeforeTimeClauseAfterRecipient(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  const re = /^(\s+(?:to|for|toward|towards|with)\s+[^,;:“”"()]{1,40}?)\s*,?\s+(?:(?:moments|shortly|hours|days|weeks|minutes|months|years|soon|just|right|long|even)\s+)?(?:after|until|before|when|while|once)\s/u;
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || d.pattern === 'adjacent-quote' || d.pattern === 'follow-on' || d.pattern === 'unattributed' || d.pattern === 'colon-intro') continue;
    for (const q of quotes) {
      if (!q.closed || q.open < d.content.start || q.close >= d.content.end) continue;
      if (wordCount(text, { start: d.content.start, end: q.open }) > 3 || /^(?:he|she|they|we|i|it|you|there)\s/i.test(text.slice(d.content.start, q.open))) continue;
      const m = re.exec(text.slice(q.close, d.content.end));
      if (!m?.[1] || quotes.some((r) => r.open >= q.close && r.open < d.content.end)) continue;
      d.content = { start: d.content.start, end: q.close + m[1].length };
      d.kind = hooks.kindOf(text, d.content, quotes);
      break;
    }
  }
}

/** -ly words that are not manner adverbs. */
const NOT_MANNER = /^(?:only|early|likely|unlikely|family|rally|ally|july|italy|reply|apply|supply|belly|daily|weekly|monthly|yearly|holy|ugly|silly|jolly)$/;

/**
 * `Ruiz replied evenly, “The ferries will run.”`: a manner adverb between the verb and the
 * comma or colon that introduces a quotation says how it was said; the statement is the quotation.
 */
export function skipLeadingMannerAdverb(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT') continue;
    const m = LEADING_MANNER_ADVERB.exec(text.slice(d.content.start, d.content.end));
    if (!m?.[1] || NOT_MANNER.test(m[1])) continue;
    const at = d.content.start + m[0].length;
    const q = quotes.find((x) => x.open === at || x.start === at);
    if (!q || q.open >= d.content.end) continue;
    d.content = { start: q.open, end: d.content.end };
    d.kind = hooks.kindOf(text, d.content, quotes);
  }
}

/**
 * `carried signs calling Pell “the ferry wrecker,” the dockworkers chanted “no levy”`: a
 * quotation that closes on its own comma, followed by a subject and a finite verb of saying,
 * ends the report; what follows is a report of its own.
 */
export function endBeforeInnerAttribution(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  const added: Draft[] = [];
  const re = /^\s+(?:he|she|they|I|we|the\s+\p{Ll}+|(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*)\s+(\p{Ll}+)\b/u;
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || d.pattern === 'adjacent-quote' || d.pattern === 'follow-on' || d.pattern === 'unattributed' || d.pattern === 'colon-intro') continue;
    for (const q of quotes) {
      if (!q.closed || q.open < d.content.start || q.close >= d.content.end - 3) continue;
      if (!/,\s*(?:[”"’]|'')$/.test(text.slice(q.start, q.close))) continue;
      const m = re.exec(text.slice(q.close, d.content.end));
      const entry = REPORTING_VERBS.get(m?.[1] ?? '');
      if (!m || !entry || entry.form === 'ing' || entry.form === 'base' || NOT_INTRODUCING.has(entry.lemma)) continue;
      const verbAt = q.close + m[0].length - (m[1]?.length ?? 0);
      const subjectAt = q.close + (/^\s+/.exec(m[0])?.[0].length ?? 0);
      const from = verbAt + (m[1]?.length ?? 0) + (/^[\s,:]+(?:that\s+)?/.exec(text.slice(verbAt + (m[1]?.length ?? 0), d.content.end))?.[0].length ?? 0);
      const content = { start: from, end: d.content.end };
      if (quotes.some((r) => r.open >= from && r.open < d.content.end) && !drafts.some((x) => x !== d && x.content.start < content.end && content.start < x.content.end && x.content.start >= q.close)) {
        added.push(makeDraft({ content, kind: hooks.kindOf(text, content, quotes), cue: span(text, verbAt, verbAt + (m[1]?.length ?? 0)), cueLemma: entry.lemma, mention: span(text, subjectAt, verbAt - 1), pattern: 'clause', sentence: d.sentence }));
      }
      d.content = { start: d.content.start, end: q.close };
      d.kind = hooks.kindOf(text, d.content, quotes);
      break;
    }
  }
  drafts.push(...added);
}

/**
 * `Pell called the levy “a swindle,” drawing loud jeers from the dock`: a participle of
 * consequence after the last quotation ("drawing", "prompting", "sparking") tells what the
 * words caused; the report ends with the quotation.
 */
export function endBeforeConsequence(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  const re = /^,?\s+(?:allowing|prompting|drawing|sparking|triggering|causing|making|sending|leaving|earning|forcing)\s/u;
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || d.pattern === 'adjacent-quote' || d.pattern === 'follow-on' || d.pattern === 'unattributed' || d.pattern === 'colon-intro') continue;
    const last = lastClosedQuotationIn(quotes, d.content);
    if (!last || quotes.some((q) => q.open >= last.close && q.open < d.content.end) || !re.test(text.slice(last.close, d.content.end))) continue;
    d.content = { start: d.content.start, end: last.close };
    d.kind = hooks.kindOf(text, d.content, quotes);
  }
}

/** An attribution set off by commas inside a sentence: ", Pell said, ", ", the mayor added on Friday, ". */
const INTERRUPTING_ATTRIBUTION = /^,\s+[^,;:“”"()]{1,60},\s+$/u;

/**
 * `Donations are checked against the limits, Pell said, but “we never ask about income.”`: an
 * attribution set off by commas inside a sentence whose second half quotes the speaker. The
 * first half is the same report, so the statement is the whole sentence, attribution inside
 * (as for `The ferries, Pell said, are “boats that never sail”`). A second half that opens on
 * a participle of its own (`…, Pell said, adding, “…”`) is a report of its own.
 */
export function joinInterruptedQuotation(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  const byCue = new Map<number, Draft>();
  for (const d of drafts) if (d.kind === 'DIRECT' && d.cue) byCue.set(d.cue.start, d);
  const joined = new Set<Draft>();
  for (const lead of drafts) {
    if (lead.kind !== 'INDIRECT' || !lead.cue || !lead.mention) continue;
    const d = byCue.get(lead.cue.start);
    if (!d || d.sentence !== lead.sentence || lead.content.end > lead.mention.start || d.content.start < lead.cue.end) continue;
    if (!INTERRUPTING_ATTRIBUTION.test(text.slice(lead.content.end, d.content.start)) || /^\p{Ll}+ing\b/u.test(text.slice(d.content.start, d.content.end))) continue;
    // A lone comma in the first half sets off a fronted phrase ("Tired of the long wait, the
    // two crews, Pell said, …"), not a paired aside: that phrase is the writer's.
    if (wordCount(text, lead.content) < 3 || (text.slice(lead.content.start, lead.content.end).match(/,\s/g) ?? []).length % 2 === 1) continue;
    d.content = { start: lead.content.start, end: d.content.end };
    d.kind = hooks.kindOf(text, d.content, quotes);
    joined.add(lead);
  }
  for (let i = drafts.length - 1; i >= 0; i--) if (joined.has(drafts[i] as Draft)) drafts.splice(i, 1);
}

/** "with chants of", "to cries of", "amid shouts of": a crowd's words introduced by their kind. */
const CHANTED_LEAD = /^(?:(?:with|to|amid|among|over)\s+)?(?:(?:a|the|loud|repeated|near-constant|constant)\s+)*(?:chants?|shouts?|cries|cry|calls|chorus(?:es)?|screams?|jeers?|boos)\s+of\s*$/i;

/**
 * `the crowd responded with chants of “No levy!”`: what a crowd chanted or shouted is the
 * quotation itself; "with chants of" only says how it was said.
 */
export function skipChantedLead(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || d.pattern !== 'clause') continue;
    const q = quotes.find((x) => x.closed && x.open > d.content.start && x.open < d.content.end);
    if (!q || !CHANTED_LEAD.test(text.slice(d.content.start, q.open))) continue;
    d.content = { start: q.open, end: d.content.end };
    d.kind = hooks.kindOf(text, d.content, quotes);
  }
}

/** A comma, then a past-tense verb with no subject of its own and its object. */
const RESUMED_PREDICATE = /^[^,;:()“”"—–!?]*?,\s+(\p{Ll}{3,}ed)\s+(?:the|a|an|his|her|their|its|to|from)\s/u;

/**
 * `Ruiz, who after what one envoy called a “harbour makeover” that Pell ran, fled the
 * island`: after the last quotation, a comma and a past-tense verb with no subject of its own
 * resume the main clause the report interrupted; the report ends before the comma.
 */
export function endBeforeResumedPredicate(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || (d.pattern !== 'clause' && d.pattern !== 'participle')) continue;
    const last = lastClosedQuotationIn(quotes, d.content);
    if (!last) continue;
    const m = RESUMED_PREDICATE.exec(text.slice(last.close, d.content.end));
    if (!m?.[1] || REPORTING_VERBS.has(m[1]) || NOT_PREDICATE.test(m[1])) continue;
    d.content = { start: d.content.start, end: last.close + m[0].lastIndexOf(',') };
    d.kind = hooks.kindOf(text, d.content, quotes);
  }
}

/**
 * The passes that fix statement edges after every statement has been found. The sentence
 * finders read a reported clause from its cue to the end of the grammatical clause; news
 * writing ends and splits quoted reports in ways the clause alone does not show. Each pass is
 * one pattern, documented where it is defined with an invented example. The order was measured
 * on the PolNeAR train split (`npm run eval`): splits and cuts first, then the extensions that
 * run a mixed quote over the writer's words that finish it, then the trims that undo an
 * extension's overreach.
 */
import {
  endAtMainClause,
  endBeforeClosingAside,
  endBeforeConsequence,
  endBeforeContrastClause,
  endBeforeCoordinatedPredicate,
  endBeforeInnerAttribution,
  endBeforeNestedQuotation,
  endBeforeTimeClause,
  endBeforeTimeClauseAfterRecipient,
  endBeforeTrailingAttribution,
  endBeforeTrailingChannel,
  skipLeadingMannerAdverb,
  skipLongRecipient,
  splitColonQuotation,
  splitCoordinatedReport,
  splitIntroducedQuotations,
  splitParallelParticiples,
} from './direct-edges.ts';
import type { SplitHooks } from './direct-edges.ts';
import type { Draft } from './draft.ts';
import { narrowToReadQuotation } from './message-reading.ts';
import { extendPredicateSubjects } from './predicate-subject.ts';
import { tightenQuotedClauses } from './quote-bounds.ts';
import { extendCoordinatedClauses } from './quote-coordinate.ts';
import { extendQuotationLeadTails } from './quote-lead-tail.ts';
import { extendLeadIns } from './quote-leadin.ts';
import { addResumedQuotes } from './quote-resume.ts';
import { extendQuotedSubjects } from './quote-subject.ts';
import { extendQuotedTails } from './quote-tail.ts';
import type { Quote } from './segment.ts';

/** Runs every edge pass over `drafts` in place (statements may be split, added or trimmed). */
export function refineStatementEdges(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  // 1. Pull mixed quotes in to their quotations; split off quotations a second cue introduces;
  //    end reports before clauses that are the writer's (time, coordination, asides).
  tightenQuotedClauses(text, drafts, quotes);
  splitIntroducedQuotations(text, drafts, quotes, hooks);
  endBeforeCoordinatedPredicate(text, drafts, quotes, hooks);
  endBeforeNestedQuotation(text, drafts, quotes, hooks);
  endBeforeTimeClause(text, drafts, quotes, hooks);
  endBeforeTimeClauseAfterRecipient(text, drafts, quotes, hooks);
  skipLongRecipient(text, drafts, quotes, hooks);
  endBeforeTrailingAttribution(text, drafts, quotes, hooks);
  splitParallelParticiples(text, drafts, quotes, hooks);
  splitColonQuotation(text, drafts, quotes, hooks);
  // 2. Run quotations over the words that finish what was said: tails, subjects, lead-ins,
  //    coordinated clauses, and the rest of a sentence the attribution interrupts.
  extendQuotedTails(text, drafts, quotes);
  extendQuotationLeadTails(text, drafts, quotes);
  extendQuotedSubjects(text, drafts, quotes);
  extendLeadIns(text, drafts, quotes);
  extendCoordinatedClauses(text, drafts, quotes);
  extendPredicateSubjects(text, drafts, quotes);
  addResumedQuotes(text, drafts, quotes);
  // 3. Trim what the extensions and clause finders still over-read.
  endAtMainClause(text, drafts, quotes, hooks);
  endBeforeClosingAside(text, drafts, quotes, hooks);
  endBeforeTrailingChannel(text, drafts, quotes, hooks);
  endBeforeContrastClause(text, drafts, quotes, hooks);
  endBeforeConsequence(text, drafts, quotes, hooks);
  endBeforeInnerAttribution(text, drafts, quotes, hooks);
  skipLeadingMannerAdverb(text, drafts, quotes, hooks);
  splitCoordinatedReport(text, drafts, quotes, hooks);
  narrowToReadQuotation(text, drafts, quotes);
}

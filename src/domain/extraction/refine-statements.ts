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
  endAtFrontedClause,
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
  joinInterruptedQuotation,
  endBeforeResumedPredicate,
  skipChantedLead,
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
import { tightenQuotedClauses } from './quote-bounds.ts';
import { extendCoordinatedClauses } from './quote-coordinate.ts';
import { extendQuotationLeadTails } from './quote-lead-tail.ts';
import { extendLeadIns } from './quote-leadin.ts';
import { addResumedQuotes } from './quote-resume.ts';
import { extendPredicateSubjects, extendQuotedSubjects } from './predicate-subject.ts';
import { extendInfinitiveLists, extendQuotedTails } from './quote-tail.ts';
import type { Quote } from './segment.ts';

/** One edge pass: rewrites, splits or adds drafts in place. */
type EdgePass = (text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks) => void;

/** The passes in the order they run. */
const EDGE_PASSES: readonly EdgePass[] = [
  // 1. Pull mixed quotes in to their quotations; split off quotations a second cue introduces;
  //    end reports before clauses that are the writer's (time, coordination, asides).
  tightenQuotedClauses,
  skipChantedLead,
  splitIntroducedQuotations,
  endBeforeCoordinatedPredicate,
  endBeforeNestedQuotation,
  endBeforeTimeClause,
  endBeforeTimeClauseAfterRecipient,
  skipLongRecipient,
  endBeforeTrailingAttribution,
  splitParallelParticiples,
  splitColonQuotation,
  // 2. Run quotations over the words that finish what was said: tails, subjects, lead-ins,
  //    coordinated clauses, and the rest of a sentence the attribution interrupts.
  extendQuotedTails,
  extendInfinitiveLists,
  extendQuotationLeadTails,
  extendQuotedSubjects,
  extendLeadIns,
  extendCoordinatedClauses,
  extendPredicateSubjects,
  addResumedQuotes,
  // 3. Trim what the extensions and clause finders still over-read.
  endAtMainClause,
  endBeforeClosingAside,
  endBeforeTrailingChannel,
  endBeforeContrastClause,
  endBeforeConsequence,
  endAtFrontedClause,
  endBeforeResumedPredicate,
  endBeforeInnerAttribution,
  skipLeadingMannerAdverb,
  splitCoordinatedReport,
  narrowToReadQuotation,
  // 4. Join the halves of a sentence an attribution interrupts when the second quotes the speaker.
  joinInterruptedQuotation,
];

/** Runs every edge pass over `drafts` in place (statements may be split, added or trimmed). */
export function refineStatementEdges(text: string, drafts: Draft[], quotes: readonly Quote[], hooks: SplitHooks): void {
  for (const pass of EDGE_PASSES) pass(text, drafts, quotes, hooks);
}

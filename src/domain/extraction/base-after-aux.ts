/**
 * `Pell would denounce “harbour theft,”` / `Ruiz went on to praise “the quiet pier,”`: the base
 * form of a reporting verb that is often a noun on its own ("praise", "attack") is a verb right
 * after a modal, "to" or "did", and then governs a short quotation like any other verb.
 */
import { BASE_FORMS_AFTER_AUXILIARY } from './lexicon.ts';
import { embeddedQuote } from './quote-bounds.ts';
import type { EmbeddedQuote } from './quote-bounds.ts';
import type { Quote } from './segment.ts';

const BEFORE_BASE = /(?:^|[^\p{L}’'])(?:would|will|could|can|should|shall|may|might|must|to|did|didn[’']t|won[’']t|wouldn[’']t)\s+(?:(?:also|later|then|never|not|only|just|quickly|again|openly|publicly)\s+)?$/iu;

const MODAL_BEFORE = /(?:^|[^\p{L}’'])(?:would|will|could|can|should|shall|may|might|must|did|didn[’']t|won[’']t|wouldn[’']t)\s+(?:\p{Ll}+ly\s+|(?:also|later|then|never|not|only|just|again)\s+)?$/iu;

/**
 * The verb a short quotation hangs from, given the one found among listed and -ed/-ing forms:
 * a base form after an auxiliary when none was found, or one after a modal nearer the
 * quotation ("It surprised nobody that Pell would denounce “…”": not "surprised"). A base form
 * after "to" never displaces an earlier verb ("started to portray him as “…”" keeps "started").
 */
export function baseAfterAuxiliary(text: string, clauseFloor: number, q: Quote, found: EmbeddedQuote | null): EmbeddedQuote | null {
  const base = embeddedQuote(text, clauseFloor, q, (w) => BASE_FORMS_AFTER_AUXILIARY.has(w), 18);
  if (!base) return found;
  const before = text.slice(Math.max(clauseFloor, base.verb.start - 30), base.verb.start);
  if (!found) return BEFORE_BASE.test(before) ? base : null;
  return found.verb.start < base.verb.start && MODAL_BEFORE.test(before) ? base : found;
}

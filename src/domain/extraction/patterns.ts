/**
 * Word lists and regular expressions that several extraction modules share (each module
 * keeps the patterns only it uses).
 */
/**
 * Capitalised words that open a sentence before a name and are no part of it: conjunctions and
 * adverbs ("When Pell …", "Even Ruiz …"), determiners and quantifiers ("The Harbour Board …",
 * "Some Republicans …"), descriptors ("Rival Ana Ruiz"). An alternation for a regular expression.
 */
export const SENTENCE_OPENER_WORDS =
  "When|While|To|If|As|But|And|Or|So|After|Before|Since|For|With|From|In|On|At|By|Then|Yet|Though|Although|Because|Until|Unlike|Like|During|Despite|Without|Once|Whether|Even|Also|Now|Still|Only|Just|That|This|These|Those|Is|Was|Did|Does|Had|Has|Meanwhile|However|Instead|Indeed|Thus|Later|Earlier|A|An|The|What|Which|Who|Why|How|Where|Here[’']s|There|Some|Most|Many|Few|Several|Other|Others|More|Among|Plus|Maybe|Perhaps|Rival|Fellow|Billionaire|Candidate|Presumptive";
export const DETERMINER_OR_PREPOSITION = new Set(
  `the a an his her their its our my your this these those of for to in on with by from no any some such
  recent new public private own first last another every each both either neither many several
  few more most less into about over under against without within`.split(/\s+/),
);
export const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", '’s', 'am', 'isn’t', "isn't", 'wasn’t', "wasn't", 'aren’t', "aren't", 'weren’t', "weren't"]);
export const PARTICIPLE_OPENERS = new Set(['and', 'while', 'after', 'before', 'when', 'by', 'as', 'but', 'also']);
export const RECIPIENTS = /^\s+(?:me|us|him|her|them|you|reporters|journalists|lawmakers|supporters|voters|\p{Ll}+s(?=\s+(?:if|whether|how|why|what|to|that)\s)|the\s+crowd|an?\s+(?:audience|crowd|interviewer|reporter)|(?:the|a|an|his|her|their)\s+[\p{Ll}-]+(?:\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|he|she|they|it|we|i)\b)[\p{Ll}-]+)?|(?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.&-]*){0,4}(?:\s+(?:news\s+agency|news\s+service|newspaper|magazine|network|radio|station|website))?)(?=[\s,:.])/u;
/**
 * A clause opening like this is an adverbial, not reported speech ("Like Mr. X, she said");
 * "ever" opens one like "since" does ("Ever since she backed the levy, Ruiz has …").
 */
export const LEFT_CLAUSE_OPENERS = /^(?:though|although|while|when|whenever|if|unless|as|after|before|because|since|like|unlike|even|in|on|at|for|with|during|despite|by|from|to|asked|speaking|according|until|once|whether|ever)\b/i;
/** Verbs whose report is an infinitive ("declined to comment", "wants to build"). */
export const TO_VERBS = new Set(['decide', 'decline', 'refuse', 'want', 'plan', 'intend', 'seem', 'appear', 'vow', 'pledge', 'promise', 'threaten', 'agree', 'hope', 'expect', 'offer', 'ask', 'urge', 'seek', 'demand', 'propose']);
/** Infinitive verbs that also take a plain object ("wants a recount", "seeks the nomination"). */
export const OBJECT_TO_VERBS = new Set(['want', 'seek', 'demand', 'propose', 'urge', 'offer', 'expect', 'mention', 'promise', 'vow', 'pledge', 'plan']);
/** Lemmas that report data ("the poll shows …"): their subject must be a source of findings. */
export const FINDING_VERBS = new Set(['show', 'find', 'indicate', 'reveal', 'suggest', 'conclude', 'estimate', 'project']);
export const TIME_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Last|This|Earlier|Later|Yesterday|Today|Tonight|Then|Now|In|On|At|During|After|Before|That|It|There)\b/;

/** Starts with a capital letter. */
export const STARTS_UPPER = /^\p{Lu}/u;
/** Starts with a lower-case letter. */
export const STARTS_LOWER = /^\p{Ll}/u;
/** Ends in a word and a comma. */
export const ENDS_IN_WORD_COMMA = /[\p{L}\p{N}],\s*$/u;
/** A dash, comma or "and", then one to three capitalised words at the end. */
export const ABSOLUTE_NAME_BEFORE = /(?:[,—–]|\band)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}$/u;
/** Starts with a capitalised -ing word. */
export const STARTS_CAPITALISED_ING = /^\p{Lu}\p{Ll}+ing\b/u;

export const MESSAGE_BEFORE = /\b(?:statement|letter|report|memo|release|tweet|post|video|ad|email|op-ed|column|message|order|filing|motion|ruling|complaint|lawsuit|resolution|speech|interview)s?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last\s+\w+|this\s+\w+))?\s+$/;

/**
 * Sentence openers that are never subjects ("And he …", "However, she …", "Then he …",
 * "Shortly after the vote, …"): a single capitalised conjunction, adverb or quantity word.
 */
export const OPENER_WORD = /^(?:And|But|Or|Nor|So|Yet|Still|Then|Now|Also|Even|Just|Only|Instead|Meanwhile|However|Indeed|Likewise|Moreover|Thus|Hence|Later|Earlier|Here|Amid|Among|Despite|Outside|Inside|Over|Under|Minutes|Hours|Days|Weeks|Months|Years|Moments|(?!Beverly$|Kimberly$)\p{Lu}\p{Ll}{3,}(?:[^l\s]ly|ally))$/u;

/**
 * Statement extraction: raw article text in; statements, speakers, organisations and
 * affiliations out, every span an index into the text as given.
 *
 * The pipeline is deterministic and rule-based:
 * 1. header: title line, body start, outlet dateline ("Shafaq News/ ...");
 * 2. segmentation: paragraphs, quotations, sentences (quotations are atomic);
 * 3. cues: reporting verbs and phrases outside quotations, each with a subject read
 *    leftwards (skipping auxiliaries and appositives) or, inverted, rightwards;
 * 4. content: what the cue introduces on its right ("that ...", ": “...”") or, failing
 *    that, on its left ("“...,” he said", "..., according to X"); a verb's bare object ends
 *    before circumstances and trailing participial adjuncts (", citing ..."); reports nested
 *    in another report's clause are statements too; sentence-level patterns add reports with
 *    no verb cue of their own (passives, "in a poll", "as reported by", "asked whether");
 * 5. leftover quotations: follow-on quotes take the previous speaker, "“…” ― Name" lines
 *    and colon introductions name their own; a short quotation set in the writer's own clause
 *    is reported from its verb (`embeddedStatement`); nominal reports ("criticism of …") last;
 * 5b. edges (refine-statements.ts): one pass per pattern pulls mixed quotes in to their
 *    quotations, splits off quotations a second cue introduces, and runs quotations over the
 *    writer's words that finish them (direct-edges.ts, quote-*.ts, predicate-subject.ts);
 *    titles of works and other quoted non-speech are dropped (titles.ts); a quotation in
 *    single marks, in an article that quotes in double marks, is reported, not quoted
 *    (quote-marks.ts); unattributed quotations in an excerpt of another outlet's article are
 *    its writer's text (excerpts.ts);
 * 6. speaker resolution (speakers.ts): names, surnames, pronouns, role nouns, forward
 *    references;
 * 7. affiliations (affiliations.ts) from appositives, titles and possessives.
 */
import { findAffiliations } from './affiliations.ts';
import { baseAfterAuxiliary } from './base-after-aux.ts';
import { isLetterOrDigitAt, isSpaceAt, LETTER_OR_DIGIT, span, wordCount } from './draft.ts';
import type { Draft } from './draft.ts';
import { bylinedExcerptAt, excerptSpans } from './excerpts.ts';
import {
  AUXILIARIES,
  BASE_FORMS_AFTER_AUXILIARY,
  CUE_QUALIFIERS,
  NOMINAL_CUES,
  NON_REPORTING_PARTICLES,
  NOT_SUBJECT_END,
  ORGANIZATION_HEADS,
  PERSON_ROLE_NOUNS,
  PHRASAL_CUES,
  SPEECH_BASE_FORMS,
  PRONOUNS,
  REPORTING_VERBS,
  SUBJECT_STOP,
} from './lexicon.ts';
import type { CueEntry, CueFrame } from './lexicon.ts';
import { embeddedQuoteVerbs, joinCoordinatedQuote, modifiesNoun, resumedAfterAttribution, writersLabel } from './quote-bounds.ts';
import { onlySingleMarked, quotesInDoubleMarks } from './quote-marks.ts';
import { refineStatementEdges } from './refine-statements.ts';
import { findQuotes, splitParagraphs, splitSentences } from './segment.ts';
import type { Paragraph, Quote, Sentence } from './segment.ts';
import { resolveSpeakers } from './speakers.ts';
import { bareTitleQuotation, quotedNonSpeech, titleOnlyContent } from './titles.ts';
import type { ArticleMetadata, ExtractedArticle, Span, StatementKind, TextSpan } from './types.ts';
import { ownAdmissionQuotation, viewpointQuotation } from './viewpoint.ts';

interface Token extends Span {
  text: string;
  lower: string;
}

interface Cue extends TextSpan {
  lemma: string;
  frame: CueFrame | 'according';
  entry: CueEntry | null;
  /** Index of the first token after the cue. */
  next: number;
}

const WORD = /[\p{L}\p{N}$%]+(?:[’'.\-][\p{L}\p{N}]+)*/gu;
const DETERMINER_OR_PREPOSITION = new Set(
  `the a an his her their its our my your this these those of for to in on with by from no any some such
  recent new public private own first last another every each both either neither many several
  few more most less into about over under against without within`.split(/\s+/),
);
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", '’s', 'am', 'isn’t', "isn't", 'wasn’t', "wasn't", 'aren’t', "aren't", 'weren’t', "weren't"]);
const PARTICIPLE_OPENERS = new Set(['and', 'while', 'after', 'before', 'when', 'by', 'as', 'but', 'also']);
const PROGRESSIVE = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'keeps', 'kept']);
const RECIPIENTS = /^\s+(?:me|us|him|her|them|you|reporters|journalists|lawmakers|supporters|voters|\p{Ll}+s(?=\s+(?:if|whether|how|why|what|to|that)\s)|the\s+crowd|an?\s+(?:audience|crowd|interviewer|reporter)|(?:the|a|an|his|her|their)\s+[\p{Ll}-]+(?:\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|he|she|they|it|we|i)\b)[\p{Ll}-]+)?|(?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.&-]*){0,4}(?:\s+(?:news\s+agency|news\s+service|newspaper|magazine|network|radio|station|website))?)(?=[\s,:.])/u;
const QUOTE_WORDS_FOR_DIRECT = 2;
/** ", described himself …", ", told reporters …": the main clause's past-tense verb after a comma. */
const RESUMED_VERB = /,\s+(?=(?:\p{Ll}{3,}ed|said|told|wrote|made|gave|took|went|spoke)\s)/gu;
/** Verbs whose past participle names a thing ("a band called …"). */
const NAMING_PARTICIPLE = /^(?:call|name|dub|title|label|nickname)$/;
/** An indefinite article, then up to three modifiers, before a noun. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:a|an|A|An)\s+(?:[\p{L}-]+\s+){0,3}$/u;
/**
 * ", which Ruiz …", " — which Pell …": a relative or time clause set off by a comma or dash;
 * "what Ruiz called …": a free relative naming what its own speaker said.
 */
const RELATIVE_LEAD = /(?:(?:,|\s[—–]|\s--?)\s+(?:which|whom|when)|(?:^|\s)what)\s+$/;
/**
 * A clause opening like this is an adverbial, not reported speech ("Like Mr. X, she said");
 * "ever" opens one like "since" does ("Ever since she backed the levy, Ruiz has …").
 */
const LEFT_CLAUSE_OPENERS = /^(?:though|although|while|when|whenever|if|unless|as|after|before|because|since|like|unlike|even|in|on|at|for|with|during|despite|by|from|to|asked|speaking|according|until|once|whether|ever)\b/i;
/** Verbs whose report is an infinitive ("declined to comment", "wants to build"). */
const TO_VERBS = new Set(['decide', 'decline', 'refuse', 'want', 'plan', 'intend', 'seem', 'appear', 'vow', 'pledge', 'promise', 'threaten', 'agree', 'hope', 'expect', 'offer', 'ask', 'urge', 'seek', 'demand', 'propose']);
/** Verbs of judging that report "X as Y". */
const AS_VERBS = new Set(['see', 'view', 'regard', 'consider']);
/** Verbs whose content may be an indirect question ("asked whether …"). */
const QUESTION_VERBS = new Set(['ask', 'wonder', 'question']);
/** Infinitive verbs that also take a plain object ("wants a recount", "seeks the nomination"). */
const OBJECT_TO_VERBS = new Set(['want', 'seek', 'demand', 'propose', 'urge', 'offer', 'expect', 'mention', 'promise', 'vow', 'pledge', 'plan']);
/** Lemmas that report data ("the poll shows …"): their subject must be a source of findings. */
const FINDING_VERBS = new Set(['show', 'find', 'indicate', 'reveal', 'suggest', 'conclude', 'estimate', 'project']);
const FINDING_HEADS = /^(?:polls?|surveys?|stud(?:y|ies)|reports?|analys[ie]s|data|results?|numbers|figures|records|documents|emails|research|evidence|statistics|estimates|review|audit|investigation|probe|findings|it|they|he|she|we|i|footage|videos?|memos?|filings?|index|count|tally|census|models?|forecasts?|projections?|disclosures?|returns|receipts|transcripts?|minutes|logs|photos?|images|pictures|recordings?|tapes?|tests?|trials?|experiments?|reports?|polling|surveys?|letters?|messages|tallies|documents?|records?)$/i;
const PLURAL_HEADS = new Set(['people', 'police', 'media', 'public', 'majority', 'staff', 'crowd', 'children', 'men', 'women', 'folks', 'i', 'we', 'you', 'they']);
const POLL_SHARE = /(?:^|[^\p{L}\p{N}])((?:(?:more|fewer|less)\s+than|nearly|about|almost|roughly|over|under|just|only|some|around)?\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:10|ten|\d+|five|four|three)(?:\s+(?:of\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?)$/iu;
/**
 * Where a reported clause ends: a new clause joined by a conjunction, a semicolon or a dash.
 * "but rather"/"but instead" join no new clause: they correct the same report ("said the board
 * would not sell the ferries, but rather lease them"), so the report runs on.
 */
const CLAUSE_BREAK = /;|\s[—–]\s?|[—–]\s|\s--\s|\s-\s|,\s+(?:and|but|while|although|though|however|yet|whereas|so)\s(?!that\s|rather\s|instead\s)|\s+but\s+(?!that\s|rather\s|instead\s)|\s+and\s+(?:he|she|they|it|we|I)\s|\s+(?:as|while|when)\s+(?:he|she|they|it|we|I)\s|,\s+(?:a|an)\s+(?=[\p{Ll}])|,\s+(?:in|during)\s+(?:an?|the|his|her|their)\s+(?:interview|statement|speech|appearance|letter|op-ed|post|tweet|email|news conference|press conference)\b/gu;
/** "“…” ― Ana Ruiz" at the end of a line. */
const ATTRIBUTION_DASH = /^[ \t\u00A0]*(?:\r?\n[ \t\u00A0]*){0,2}([―—–]|--?)[ \t\u00A0]*((?:\p{Lu}[\p{L}’'.-]*)(?:[ \t\u00A0]+(?:\p{Lu}[\p{L}’'.-]*|de|del|la|van|von|bin|al-\p{Lu}[\p{L}’'-]*)){0,4})[ \t\u00A0]*[.,]?[ \t\u00A0]*(?:\r?\n|$)/u;
const EXPECTED = /\b(?:is|are|was|were|be|been|being|’s|'s|isn’t|isn't|aren’t|aren't|wasn’t|wasn't|weren’t|weren't)\s+(?:not\s+)?(?:widely\s+|also\s+|still\s+|now\s+|largely\s+|generally\s+|not\s+)?expected\s+to\s+/g;
const ASKED_OPENING = /^(?:When\s+|After\s+being\s+|Once\s+)?([Aa]sked)\s+(?:by\s+[^,]{1,60}?\s+|on\s+[^,]{1,40}?\s+|again\s+|later\s+|repeatedly\s+|directly\s+|specifically\s+)*((?:if|whether|why|how|what|who|whom|when|where|which|about|to)\s(?:[^,“”"]|“[^”]{1,40}”|"[^"]{1,40}"){3,200}),/;
/** "… when asked whether …", "X was asked about …": a question with no written asker. */
const ASKED_INSIDE = /\b(?:when|after\s+being|once|if|was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+|again\s+|later\s+)?(asked)\s+(?:by\s+[^,]{1,60}?\s+|on\s+[^,]{1,40}?\s+|again\s+|later\s+|repeatedly\s+|directly\s+|specifically\s+)*((?:if|whether|why|how|what|who|whom|where|which|about)\s(?:[^,;“”"]|“[^”]{1,40}”|"[^"]{1,40}"){3,200})/gu;
const TIME_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Last|This|Earlier|Later|Yesterday|Today|Tonight|Then|Now|In|On|At|During|After|Before|That|It|There)\b/;
const CIRCUMSTANCE_TAIL = /(?:,\s*)?\s+(?:at|in|on|during|over|for)\s+(?:the|a|an|that|this|one)\s+(?:time|past|end|moment|point|interview|statement|letter|speech|debate|rally|weekend|meantime|meeting|hearing|conference|call|email|post|tweet|video|op-ed)\s*,?$/;
const TIME_TAIL = /(?:,\s*)?\s+(?:(?:in|since|by)\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d|(?:(?:on|last|this|earlier|late|early|later|in|during)\s+(?:this\s+|that\s+|a\s+|an\s+|the\s+)?)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening|afternoon|weekend|January|February|March|April|May|June|July|August|September|October|November|December|statement|interview|letter|tweet|speech|post|Twitter|Facebook)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:\s+(?:night|morning|evening|afternoon))?\s*,?$/;

/** Starts with a capital letter. */
const STARTS_UPPER = /^\p{Lu}/u;
/** Starts with a lower-case letter. */
const STARTS_LOWER = /^\p{Ll}/u;
/** A name with a glued Arabic article ("al-Sadr"). */
const GLUED_PARTICLE_NAME = /^(?:al|el)-\p{Lu}/u;
/** Starts with an -ing word. */
const STARTS_ING_WORD = /^\p{Ll}+ing\b/u;
/** A line in capitals only, maybe in parentheses ("(APPLAUSE)"). */
const ALL_CAPS_LINE = /^\(?\s*[\p{Lu}\s-]{3,}[.!]?\s*\)?[.!]?$/u;
/** A transcript speaker label in capitals ("PELL: "). */
const TRANSCRIPT_TURN = /^(\p{Lu}{2,}(?:[ .'-]+\p{Lu}{2,}){0,2}):\s+/u;
/** A character that can be part of a word. */
const WORD_CHAR = /[\p{L}\p{N}’'.%]/u;
/** "said at Brask Hall, “…”": a place or topic, then a comma and a quotation. */
const PLACE_COMMA_BEFORE_QUOTE = /^\s+(?:(?:at|in)\s+\p{Lu}|about\s+\p{L})[^,.;:“”"]{0,50},(?=\s*[“"])/u;
/** "…,” the head of …": a description opening right after a closing quotation. */
const DESCRIPTION_AFTER_QUOTE = /(?:[,.!?]\s*[”"’]|[,.!?]'')\s+((?:the|a|an|one|another|some|two|three|several)\s+(?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+\s+(?:for|of|in|at|from|with|on|to)\s+)$/u;
/** An -ing word after spaces. */
const LEADING_ING_WORD = /^\s+(\p{Ll}+ing)\b/u;
/** Spaces, then a word or an opening quotation mark. */
const LEADING_WORD_OR_QUOTE = /^\s+[\p{L}\p{N}$“"‘]/u;
/** One capitalised word, then punctuation or the end. */
const LONE_CAPITALISED_OBJECT = /^\s+\p{Lu}[\p{L}’'.-]*\s*(?:[.,;:!?]|$)/u;
/** Ends in a letter or digit (spaces aside). */
const ENDS_IN_WORD = /[\p{L}\p{N}]\s*$/u;
/** Ends in a word and a comma. */
const ENDS_IN_WORD_COMMA = /[\p{L}\p{N}],\s*$/u;
/** Ends in a comma, or a colon after a word ("as" may follow). */
const COMMA_OR_COLON_END = /(?:,|[\p{Ll}]:)\s*(?:as\s+)?$/u;
/** A dash, comma or "and", then one to three capitalised words at the end. */
const ABSOLUTE_NAME_BEFORE = /(?:[,—–]|\band)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}$/u;
/** Ends in an article ("a", "an", "the"). */
const ARTICLE_END = /(?:^|[^\p{L}])(?:a|an|the)\s+$/iu;
/** Ends in "who" or "which". */
const WHO_WHICH_END = /(?:^|[^\p{L}])(?:who|which)\s+$/u;
/** Ends in "so". */
const SO_END = /(?:^|[^\p{L}])so-?\s*$/iu;
/** A comma, then a lower-case word in -s. */
const COMMA_PLURAL_WORD = /,[’”'"]?\s+\p{Ll}+s\b/u;
/** After a comma: a subject and a clause with an auxiliary, to the end. */
const COMMA_AUXILIARY_CLAUSE_END = /,\s+((?:the|a|an|this|that|these|those|his|her|their|its|our|we|they|he|she|it|i|\p{Lu}[\p{L}’'.-]*)(?:\s+[\p{L}’'.-]+){0,4}?\s+(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do)\b[^,]*)$/u;
/** After a comma: a subject-like phrase of three or more words ("there" allowed), to the end. */
/**
 * "In that last step, officers can add a search", "To win, candidates need a plan": after an
 * opening adverbial, a comma and a word that opens no further adverbial or relative clause
 * start the main clause, whatever its subject looks like.
 */
const COMMA_THEN_CLAUSE = /,\s+(?!(?:when|where|which|who|whom|whose|while|as|if|though|although|because|since|after|before|until|unless|once|whether|including|especially|particularly|such|like|unlike|from|to|in|on|at|with|without|for|by|of|about|and|or|but|not|so|then|too|also|even|yet|however|says|said)\b)(?!\p{Ll}+ing\b)[\p{L}\d][\p{L}\d’'.-]*(?:\s+\S+){2,}/u;
const COMMA_SUBJECT_PHRASE_END = /,\s+((?:the|a|an|this|that|these|those|his|her|their|its|our|we|they|he|she|it|i|there|\p{Lu}[\p{L}’'.-]*)(?:\s+[\p{L}’'.-]+){2,})$/u;
/** After a comma (and "and" or "but"): a subject-like phrase of three or more words, captured. */
const COMMA_AND_SUBJECT_PHRASE_END = /,\s+(?:(?:and|but)\s+)?((?:the|a|an|his|her|their|its|he|she|they|it|we|\p{Lu}[\p{L}’'.-]*)(?:\s+[\p{L}’'.-]+){2,}\s*)$/u;
/** After a comma: a subject-like phrase of three or more words at the end. */
const COMMA_SUBJECT_PHRASE_TAIL = /,\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|\p{Lu}[\p{L}’'.-]*)(?:\s+[\p{L}’'.-]+){2,}\s*$/u;
/** Ends in clause punctuation (a word may follow), or a comma and an adverb like "again". */
const CLAUSE_PUNCTUATION_OR_ADVERB_END = /[,;—–]\s*(?:\p{Ll}+\s+)?$|,\s+(?:at\s+one\s+point|at\s+times|once\s+again|again|also|even|repeatedly|often)\s+$/u;
/** A letter or dot, then a comma at the end. */
const WORD_COMMA_END = /[\p{L}.],\s*$/u;
/** A letter, digit or opening quotation mark anywhere. */
const WORD_OR_OPENING_QUOTE = /[\p{L}\p{N}“"‘]/u;
/** A lower-case word ending in a dot (not an initial). */
const LOWER_WORD_DOT_END = /[^.\s]\p{Ll}\.$/u;
/** Ends in "by", "after", "while" and the like (an adverb may follow). */
const SUBORDINATOR_END = /\b(?:by|after|before|while|when|in)\s+(?:\p{Ll}+ly\s+)?$/u;
/** Ends in a lower-case word. */
const LOWER_WORD_END = /\b[\p{Ll}]+$/u;
/** "with 50 percent": an absolute "with" phrase at the end, captured. */
const WITH_ABSOLUTE_END_CAPTURED = /\bwith\s+((?:about\s+|nearly\s+|some\s+|more\s+than\s+)?[\p{L}\p{N}%’'.-]+(?:\s+[\p{L}\p{N}%’'.-]+){0,3})\s+(?:\p{Ll}+ly\s+)?$/u;
/** "with 50 percent": an absolute "with" phrase at the end. */
const WITH_ABSOLUTE_END = /\bwith\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+)?[\p{L}\p{N}%’'.-]+(?:\s+[\p{L}\p{N}%’'.-]+){0,3}\s+$/u;
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
/** A preposition and up to four words at the end. */
const PREPOSITION_PHRASE_END = /\s(?:on|in|at|of|to|from|with|by)\s+(?:[\p{L}’'.-]+\s+){0,4}$/u;
/** A headline label before a colon ("Pell: …"). */
const HEADLINE_LABEL = /^((?:[\p{Lu}\d][\p{L}\d’'.&/-]*)(?:\s+(?:[\p{Lu}\d][\p{L}\d’'.&/-]*|of|the|and|de|at|in|on|al-\p{Lu}[\p{L}’'-]*|\p{Ll}[\p{Ll}-]*)){0,5}):\s+(\S.*)$/u;
/** The subject that opens a sentence: a name or a pronoun, maybe after a connective. */
const SENTENCE_OPENING_SUBJECT = /^(?:(?:But|And|Also|Additionally|Meanwhile|However|Still|Yet|Later|Earlier)\s*,?\s+)?((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'.-]*|(?:al|el)-\p{Lu}[\p{L}’'-]*)(?:\s+(?:\p{Lu}[\p{L}’'.-]*|(?:al|el|bin|van|von|de)(?:-\p{Lu}[\p{L}’'-]*)?))*|He|She|They|We|I|It|he|she|they|we)\b/u;
/** "Democrat of Ohio": a party member from a place. */
const PARTY_OF_PLACE = /^(?:Democrat|Republican|Independent|Libertarian)s?\s+(?:of|from)\s+\p{Lu}/u;
/** "D-Ohio": a party and state tag. */
const PARTY_STATE_TAG = /^(?:D|R|I)-\p{Lu}/u;
/** A noun that can do what a participle after it says ("groups backing …"). */
const PARTICIPLE_OWNER_NOUN = /^(?:\p{Ll}{3,}s|\p{Lu}[\p{L}-]*s?|group|fund|committee|campaign|organization|union|coalition|movement|party|lawmaker|official|candidate|donor|activist|voter)$/u;
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
/** A lower-case word in -ed. */
const ED_WORD = /^\p{Ll}+ed$/u;
/** Starts with a lower-case -ing word and a space. */
const STARTS_ING_WORD_SPACE = /^\p{Ll}+ing\s/u;
/** A lower-case word (hyphens allowed). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]+$/u;
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
/** Starts with a capitalised -ing word. */
const STARTS_CAPITALISED_ING = /^\p{Lu}\p{Ll}+ing\b/u;
/** Starts with a capitalised -ing word and a space. */
const STARTS_CAPITALISED_ING_SPACE = /^\p{Lu}\p{Ll}+ing\s/u;
/** Starts with a capital and a lower-case letter. */
const STARTS_CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
/** "many of the voters": a noun phrase with a prepositional complement, captured. */
const NOUN_OF_PHRASE = /^\s*((?:(?:the|some|many|most|several|other)\s+)?(?:\p{L}+\s+)?(\p{L}+)\s+(?:on|of|in|for|from|at|with)\s+(?:[\p{L}’'.-]+\s+){0,6}[\p{L}’'.-]+)\s*$/iu;
/** A preposition and a capitalised place after it. */
const PLACE_PREPOSITION_AFTER = /^\s*,?\s*(?:in|on|at|to|from|over)\s+\p{Lu}/u;
/** A description before a comma ("the group’s leader, …"). */
const DESCRIPTION_BEFORE_COMMA = /^\s*,?\s*(?:the|a|an|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?:’s|'s))\s(?:(?!\bby\b)[^“”",.;:]){2,80},\s*$/u;
/** A name, place or titled person: "Ruiz", "Port Brask", "Sen. Ana Ruiz of Tessel". */
const CAPITAL_NAME = String.raw`(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Gen|St)\.\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+|de\s+|van\s+)?\p{Lu}[\p{L}.’'-]*){0,3}`;
/** The rest of a list of names joined by "and" or "or": ", Pell and Okafor", ", Brask, Tessel, or Vand". */
const CAPITAL_LIST = new RegExp(String.raw`^\s*,\s*${CAPITAL_NAME}(?:\s*,\s*${CAPITAL_NAME})*,?\s+(?:and|or)\s+\S`, 'u');
/** A list of lower-case words joined by "and" or "or". */
const LOWER_WORD_LIST = /^\s*,\s*(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+(?:,\s*(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)*,?\s+(?:and|or)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s*(?:[.,;:!?]|$)/u;
/**
 * The rest of a qualifier cut after its article ("in a [statement]"): words up to the clause's
 * end, or up to a comma or colon that opens a quotation (curly, straight or doubled marks).
 */
const QUALIFIER_NOUN_TAIL = /^\s*[^,.;:!?“”"]*?(?=\s*(?:[.;!?]|$)|[,:]\s*(?:[“"]|''))/u;
/** One or two words and maybe a prepositional phrase, to the end. */
const SHORT_PHRASE_TO_END = /^\s*[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?(?:\s+(?:to|of|in|on|at|for|with|from|by|before|after|during|last|this)\s+[^,.;:!?“”"]*)?$/u;
/** Spaces, then a noun phrase of up to eight words (a subject after its verb). */
const SUBJECT_AFTER_VERB = /^\s+((?:the|a|an)\s+)?([\p{L}\p{N}’'.-]+(?:\s+(?:of\s+)?[\p{L}\p{N}’'.-]+){0,7})/u;
/** An object a verb of saying does not take ("himself", "a way", "it hard"). */
const REFLEXIVE_OR_WAY_OBJECT = /^\s+(?:(?:him|her|them|it|my|your|our)sel(?:f|ves)|one'?s?self|(?:a|an|some|another|the|new|other|better)\s+(?:[\p{Ll}-]+\s+)?ways?|ways|way|it\s+(?:difficult|hard|harder|easy|easier|impossible|tough|tougher)|(?:other|new|common)\s+\p{Ll}+\s+(?:of|for)\b)\b/u;
/** Up to five words, then "to" and a verb. */
const INFINITIVE_AHEAD = /^\s+(?:[^\s,.;:“”"]+\s+){1,5}?to\s+\p{Ll}/u;
/** Spaces, then an article, a possessive or a capital (a noun phrase). */
const NOUN_PHRASE_AHEAD = /^\s+(?:an?|the|his|her|their|its|more|less|some|no|\p{Lu})/u;
/** Spaces, then a capital letter. */
const SPACE_CAPITAL = /^\s+\p{Lu}/u;

/**
 * Extracts statements, speakers, organisations and affiliations from one article.
 *
 * `text` is the raw article: title on the first line, then the body, which may open with an
 * outlet dateline ("Shafaq News/ "). All spans in the result index into `text` unchanged.
 * Metadata fills fields the text cannot provide (url, date, language) and is the fallback
 * for the title and outlet.
 *
 * Unattributed statements: vague sources ("a source said", "officials said") keep their
 * `speakerMention` but get `speakerKey: null`, unless a forward reference resolves them
 * (a lede's "according to a parliamentary official" followed by a named speaker).
 */
export function extractArticle(text: string, metadata: ArticleMetadata = {}): ExtractedArticle {
  const header = readHeader(text);
  const paragraphs = splitParagraphs(text, header.contentStart);
  const quotesByParagraph = paragraphs.map((p) => findQuotes(text, p));
  const sentences = paragraphs.flatMap((p, i) => splitSentences(text, p, quotesByParagraph[i] ?? []));
  const quotes = quotesByParagraph.flat();

  const drafts: Draft[] = headlineStatements(text, header);
  addSentenceStatements(text, sentences, quotesByParagraph, quotes, drafts);
  addLeftoverQuotes(text, sentences, quotes, paragraphs, drafts);
  addNominalReports(text, sentences, quotesByParagraph, drafts);
  const edgeHooks = { subjectOf: (d: Draft, at: number) => subjectBefore(text, d.sentence, at)?.mention ?? null, kindOf: (c: Span) => kindOf(text, c, quotes) };
  refineStatementEdges(text, drafts, quotes, edgeHooks);
  drafts.sort((a, b) => a.content.start - b.content.start);
  dedupe(drafts);
  dropNonStatements(text, drafts);
  dropExcerptedQuotations(text, paragraphs, drafts);
  if (quotesInDoubleMarks(text, header.contentStart)) reportSingleMarkedQuotations(text, drafts);

  const affiliationsRaw = findAffiliations(text, header.contentStart);
  const resolved = resolveSpeakers(text, header.contentStart, drafts, affiliationsRaw);

  return {
    title: header.title || (metadata.title ?? ''),
    titleSpan: header.titleSpan,
    bodyStart: header.bodyStart,
    outlet: header.outlet ?? metadata.outlet ?? null,
    publishedAt: metadata.publishedAt ?? null,
    language: metadata.language ?? null,
    url: metadata.url ?? null,
    ...resolved,
  };
}

/**
 * The statements of every sentence, in order. Sentences and each paragraph's quotes are both in
 * text order: one pointer per paragraph hands every sentence the quotes that open in it.
 */
function addSentenceStatements(text: string, sentences: readonly Sentence[], quotesByParagraph: readonly (readonly Quote[])[], quotes: readonly Quote[], drafts: Draft[]): void {
  let paragraphQuotes: readonly Quote[] = [];
  let q = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    if (!sentence) continue;
    if (s === 0 || sentences[s - 1]?.paragraph !== sentence.paragraph) {
      paragraphQuotes = quotesByParagraph[sentence.paragraph] ?? [];
      q = 0;
    }
    while (q < paragraphQuotes.length && (paragraphQuotes[q]?.open ?? 0) < sentence.start) q++;
    const first = q;
    while (q < paragraphQuotes.length && (paragraphQuotes[q]?.open ?? 0) < sentence.end) q++;
    drafts.push(...statementsInSentence(text, sentence, paragraphQuotes.slice(first, q), sentences[s - 1], quotes, drafts));
  }
}

/**
 * Transcript stage directions ("(CROSSTALK.)") and "Follow X on Twitter @x" lines are not
 * statements even when a stray quotation mark wraps them; neither are quoted titles of works.
 * A transcript turn ("RUIZ: Well, …") gives its speaker.
 */
function dropNonStatements(text: string, drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    const body = d ? text.slice(d.content.start, d.content.end) : '';
    if (ALL_CAPS_LINE.test(body) && /\(/.test(body) || /^Follow\s[^.]{1,60}\s@\w+\.?$/.test(body) || titleOnlyContent(body) || (d?.kind === 'DIRECT' && (bareTitleQuotation(text, d.content.start, d.content.end, d.cueLemma) || quotedNonSpeech(text, d.content.start, d.content.end)))) drafts.splice(i, 1);
    // "RUIZ: Well, …" in a transcript: the capitalised name is the speaker, not content.
    const turn = d ? TRANSCRIPT_TURN.exec(body) : null;
    if (d && turn?.[1] && turn[0].length < body.length - 8) {
      d.mention = span(text, d.content.start, d.content.start + turn[1].length);
      d.content = { start: d.content.start + turn[0].length, end: d.content.end };
    }
  }
}

/** An excerpted article's quotation marks quote its writer: only attributed quotations count (excerpts.ts). */
function dropExcerptedQuotations(text: string, paragraphs: readonly Paragraph[], drafts: Draft[]): void {
  for (const ex of excerptSpans(text, paragraphs)) {
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i];
      if (d && d.kind === 'DIRECT' && d.cue === null && d.content.start >= ex.start && d.content.end <= ex.end) drafts.splice(i, 1);
    }
  }
}

/** In an article that quotes in double marks, single marks are headlines' and the writer's (quote-marks.ts). */
function reportSingleMarkedQuotations(text: string, drafts: readonly Draft[]): void {
  for (const d of drafts) if (d.kind === 'DIRECT' && onlySingleMarked(text, d.content)) d.kind = 'INDIRECT';
}

/**
 * Two cues can claim the same words ("said" and a nested "according to"); one statement per
 * content span is kept: the one with a cue, then the one with a speaker mention, then the first.
 */
function dedupe(drafts: Draft[]): void {
  const rank = (d: Draft): number => (d.cue ? 2 : 0) + (d.mention ? 1 : 0);
  for (let i = drafts.length - 1; i > 0; i--) {
    const d = drafts[i];
    if (!d) continue;
    for (let j = i - 1; j >= 0; j--) {
      const e = drafts[j];
      if (!e || e.content.start !== d.content.start) break;
      if (e.content.end !== d.content.end) continue;
      if (rank(d) > rank(e)) drafts.splice(j, 1);
      else drafts.splice(i, 1);
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------
// Header

interface Header {
  title: string;
  titleSpan: Span;
  bodyStart: number;
  /** Where statements may start: after the dateline, if any. */
  contentStart: number;
  outlet: string | null;
}

const DATELINE_SLASH = /^(\p{Lu}[\p{L}&.' -]{1,40}?)\s?\/\s*/u;
const DATELINE_WIRE = /^(?:\p{Lu}[\p{Lu}\p{L} .,'-]{1,40}\s+)?\(([\p{L} .&-]{2,40})\)\s*[-–—]+\s*/u;

function readHeader(text: string): Header {
  const lineEnd = text.search(/\r?\n/);
  const titleEnd = lineEnd < 0 ? text.length : lineEnd;
  let titleStart = 0;
  while (titleStart < titleEnd && isSpaceAt(text, titleStart)) titleStart++;
  let te = titleEnd;
  while (te > titleStart && isSpaceAt(text, te - 1)) te--;
  let bodyStart = titleEnd;
  while (bodyStart < text.length && isSpaceAt(text, bodyStart)) bodyStart++;
  const opening = text.slice(bodyStart, bodyStart + 80);
  const slash = DATELINE_SLASH.exec(opening);
  const wire = slash ? null : DATELINE_WIRE.exec(opening);
  const dateline = slash ?? wire;
  return {
    title: text.slice(titleStart, te),
    titleSpan: { start: titleStart, end: te },
    bodyStart,
    contentStart: bodyStart + (dateline?.[0].length ?? 0),
    outlet: dateline?.[1]?.trim() ?? null,
  };
}

// ---------------------------------------------------------------------------------------
// Headline

/**
 * Headlines report too: "Vandor Mayor: Tunnel Will Open in May" (source, colon, content) or a
 * Title Case sentence with a reporting verb ("Mayor Says Tunnel Will Open"). Headlines are
 * paragraph -1 so that body quotations never continue them.
 */
function headlineStatements(text: string, header: Header): Draft[] {
  const { end } = header.titleSpan;
  let start = header.titleSpan.start;
  if (end <= start) return [];
  const sentence: Sentence = { start, end, paragraph: -1, index: 0 };
  // "EXCLUSIVE – Pell: …": a label before the source.
  const label = /^(?:EXCLUSIVE|BREAKING|WATCH|UPDATE|VIDEO|REPORT)\s*[–—:-]\s+/i.exec(text.slice(start, end));
  if (label) start += label[0].length;
  const title = text.slice(start, end);
  // The source may hold lower-case words ("Dock union: …", "Pell at rally: …") but no verb.
  const colon = HEADLINE_LABEL.exec(title);
  const source = colon?.[1] ?? '';
  const lowerWords = source.split(/\s+/).filter((w) => STARTS_LOWER.test(w) && !/^(?:of|the|and|de|at|in|on)$/.test(w));
  const verbLike = lowerWords.some((w) => /(?:ed|ing|s)$/.test(w) && !ORGANIZATION_HEADS.has(w) && !PERSON_ROLE_NOUNS.has(w) || REPORTING_VERBS.has(w));
  if (colon?.[1] && colon[2] && !verbLike && lowerWords.length <= 2 && !/^(?:Update|Updated|Watch|Video|Exclusive|Breaking|Analysis|Opinion|Editorial|Review|Live|Photos?|Report|Q&A|FACT CHECK|Fact Check|Listen|Read|Full Text|Transcript|Related|Also|Note|Editor's Note|Correction|UPDATE|The Latest|Latest|Live Updates)$/i.test(colon[1])) {
    const contentStart = start + colon[0].length - colon[2].length;
    const content = trimContent(text, contentStart, end);
    if (wordCount(text, content) >= 2) {
      const colonAt = start + colon[1].length;
      return [{ content, kind: 'INDIRECT', cue: span(text, colonAt, colonAt + 1), cueLemma: 'headline colon', mention: span(text, start, start + colon[1].length), pattern: 'clause', sentence }];
    }
  }
  const words = title.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  const capitalised = words.filter((w) => STARTS_UPPER.test(w)).length;
  const titleCase = words.length >= 3 && capitalised / words.length > 0.7;
  const quotes = findQuotes(text, { start, end, index: -1 });
  // Headlines quote loosely (‘single marks’, fragments); only a headline that is all quotation
  // counts as direct.
  // "Pell declares ‘victory,’ ignores losses": a comma and a new verb end a headline's report.
  return statementsInSentence(text, sentence, quotes, undefined, [], [], titleCase).map((d) => {
    const cut = COMMA_PLURAL_WORD.exec(text.slice(d.content.start, d.content.end));
    return cut ? { ...d, content: trimContent(text, d.content.start, d.content.start + cut.index + (/^,[’”'"]/.test(cut[0]) ? 2 : 0)) } : d;
  }).map((d) =>
    d.kind === 'DIRECT' && !quotes.some((q) => q.start === d.content.start && q.end === d.content.end) ? { ...d, kind: 'INDIRECT' as const } : d,
  );
}

// ---------------------------------------------------------------------------------------
// Sentences

function tokenize(text: string, sentence: Span, quotes: readonly Quote[]): Token[] {
  const tokens: Token[] = [];
  // Quotes are in text order and do not overlap: one pointer skips the words inside them.
  let q = 0;
  WORD.lastIndex = sentence.start;
  for (let m = WORD.exec(text); m && m.index < sentence.end; m = WORD.exec(text)) {
    const start = m.index;
    while (q < quotes.length && (quotes[q]?.close ?? 0) <= start) q++;
    const quote = quotes[q];
    if (quote && quote.open <= start) continue;
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

function findCues(text: string, tokens: readonly Token[], titleCase = false): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !CUE_STARTS.has(t.lower)) continue;
    const nextTok = tokens[i + 1];
    if (t.lower === 'according' && nextTok?.lower === 'to' && adjacent(text, t, nextTok)) {
      cues.push({ ...span(text, t.start, nextTok.end), lemma: 'according to', frame: 'according', entry: null, next: i + 2 });
      i++;
      continue;
    }
    const phrasal = PHRASAL_BY_FIRST_WORD.has(t.lower) ? phrasalCueAt(text, tokens, i) : null;
    if (phrasal) {
      cues.push(phrasal);
      i = phrasal.next - 1;
      continue;
    }
    const entry = REPORTING_VERBS.get(t.lower) ?? modalSpeechVerb(text, tokens, i) ?? baseAfterSubjectPronoun(text, tokens, i);
    // Capitalised forms are names ("Will", "Sharp") except in Title Case headlines ("Pell Says …").
    if (!entry || (t.text !== t.lower && !(titleCase && i > 0 && t.text === t.lower.charAt(0).toUpperCase() + t.lower.slice(1)))) continue;
    if (!verbPositionOk(text, tokens, i, entry)) continue;
    if (nextTok && adjacent(text, t, nextTok) && nonReportingParticle(text, t.end, entry.lemma)) continue;
    cues.push({ ...span(text, t.start, t.end), lemma: entry.lemma, frame: entry.frame, entry, next: i + 1 });
  }
  return cues;
}

/** A multi-word cue ("pointed out", "referring to") starting at token `i`, if its words follow. */
function phrasalCueAt(text: string, tokens: readonly Token[], i: number): Cue | null {
  const t = tokens[i];
  const phrasal = t ? PHRASAL_BY_FIRST_WORD.get(t.lower)?.find((p) => p.words.every((w, k) => {
    const tk = tokens[i + k];
    const prev = tokens[i + k - 1];
    return tk?.lower === w && (k === 0 || (prev !== undefined && adjacent(text, prev, tk)));
  })) : undefined;
  if (!t || !phrasal) return null;
  const last = tokens[i + phrasal.words.length - 1];
  if (!last || !verbPositionOk(text, tokens, i, null)) return null;
  // "…, referring to …": a phrasal participle behaves like any other participle.
  const ingEntry: CueEntry | null = /ing$/.test(t.lower) ? { lemma: phrasal.lemma, frame: phrasal.frame, ambiguous: false, form: 'ing', needsThat: false } : null;
  return { ...span(text, t.start, last.end), lemma: phrasal.lemma, frame: phrasal.frame, entry: ingEntry, next: i + phrasal.words.length };
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
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
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
  const prev = tokens[i - 1];
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
  const prev = tokens[i - 1];
  if (!prev || entry?.form !== 'base' || !QUANTIFIER_PRONOUN.test(prev.lower)) return false;
  return CLAUSE_OPENING_BEFORE.test(text.slice(Math.max(0, prev.start - 12), prev.start));
}

/** Rejects verb forms used as nouns ("the claims") or passives ("was told"). */
function verbPositionOk(text: string, tokens: readonly Token[], i: number, entry: CueEntry | null): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t) return false;
  const touching = prev !== undefined && adjacent(text, prev, t);
  // "most said", "many believe": a quantifier is a subject before an unambiguous verb form.
  if (touching && DETERMINER_OR_PREPOSITION.has(prev.lower) && !(entry && (!entry.ambiguous || entry.form === 'ed') && /^(?:most|many|several|few|both|some|all|others|another)$/.test(prev.lower)) && !(entry?.form === 'ing' && PARTICIPLE_OPENERS.has(prev.lower)) && !quantifierSubject(text, tokens, i, entry)) return false;
  if (!entry) return true;
  // "Pell’s claim", "the board's call": after a possessive, a noun-like form is a noun.
  if (entry.ambiguous && touching && /(?:’s|'s|s’)$/.test(prev.text)) return false;
  if (entry.form === 'ed' && touching && BE_FORMS.has(prev.lower)) return false;
  // "a warm-up band called Lantern Row played", "a group called Friends of the Pier": after an
  // indefinite noun phrase, a naming participle before a bare name names; it reports nothing.
  if (entry.form === 'ed' && touching && NAMING_PARTICIPLE.test(entry.lemma) && LOWER_WORD.test(prev.text) && INDEFINITE_BEFORE.test(text.slice(Math.max(0, prev.start - 40), prev.start)) && SPACE_CAPITAL.test(text.slice(t.end, t.end + 3))) return false;
  // "is widely expected", "was also told": a passive with an adverb in between.
  if (entry.form === 'ed' && touching && /ly$|^(?:also|still|now|not|never|often)$/.test(prev.lower)) {
    const before = tokens[i - 2];
    if (before && adjacent(text, before, prev) && BE_FORMS.has(before.lower)) return false;
  }
  if (entry.ambiguous && (entry.form === 's' || entry.form === 'base')) {
    // "claims this week", "reports covering": a noun followed by more noun phrase.
    const next = tokens[i + 1];
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

interface Subject {
  mention: TextSpan;
  /** An auxiliary or adverb stood between subject and verb ("has previously criticized"). */
  viaAuxiliary: boolean;
}

/**
 * Reads the subject of a cue leftwards: skips auxiliaries and adverbs, steps over an
 * appositive ("X, a member of Y, told") or a parenthesis ("X (R-Lantern) said"), and collects
 * the noun phrase up to punctuation or a function word.
 */
function subjectBefore(text: string, sentence: Sentence, cueStart: number): Subject | null {
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
      if (subject && subject.end < w.start) return { mention: subject, viaAuxiliary: true };
    }
    break;
  }
  let end = pos;
  while (end > sentenceStart && isSpaceAt(text, end - 1)) end--;
  if (end <= sentenceStart) return null;
  let c = text[end - 1] ?? '';
  if (c === ')') {
    const open = text.lastIndexOf('(', end);
    if (open <= sentenceStart) return null;
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
      c = text[end - 1] ?? '';
    }
  }
  if (c === ',') {
    // "X, a member of ORG, said": the segment before the comma must look like an appositive.
    const segEnd = end - 1;
    const prevComma = text.lastIndexOf(',', segEnd - 1);
    if (prevComma < sentenceStart) return null;
    const segment = text.slice(prevComma + 1, segEnd).trim();
    // "X, retired in Lantern, Vd., said": a state abbreviation closes a place in an appositive.
    const stateAfterPlace = DOTTED_ABBREVIATION.test(segment) && CAPITALISED_NAME_END.test(text.slice(sentenceStart, prevComma));
    if (!stateAfterPlace && !looksAppositive(segment)) {
      // "the union's campaign chair, Ada Lorne, said": the name itself is the subject.
      const before = text.slice(sentenceStart, prevComma);
      if (NAME_ONLY.test(segment) && (LOWER_WORD_END.test(before) || DESCRIPTION_OF_NAME.test(before.slice(before.lastIndexOf(',') + 1).trim())) && (!/[“"]/.test(before.slice(-40)) || /[,.!?](?:[”"]|'')\s+[^“”",]{3,60}$/.test(before))) {
        // "X, the editor of the town's paper, The Lantern, said": the name after an "a/the …"
        // description names the thing described; the subject is the name before it.
        const describedComma = before.lastIndexOf(',');
        const described = describedComma >= 0 ? before.slice(describedComma + 1).trim() : '';
        if (describedComma >= 0 && /^(?:a|an|the)\s/.test(described)) {
          const earlier = nounPhraseBefore(text, sentenceStart, sentenceStart + describedComma);
          if (earlier && STARTS_UPPER.test(earlier.text) && !/^(?:The|A|An)\s/.test(earlier.text)) return { mention: earlier, viaAuxiliary: true };
        }
        const s0 = prevComma + 1 + (text.slice(prevComma + 1, segEnd).length - text.slice(prevComma + 1, segEnd).trimStart().length);
        return { mention: span(text, s0, s0 + segment.length), viaAuxiliary: true };
      }
      return null;
    }
    // "X, the harbour master of Y, one of the ports affected, said" / "X, 59, of Brask, Vd.,
    // who watched …, said": step back over appositives, ages, places and state abbreviations
    // until the segment before them holds the subject.
    let cursor = prevComma;
    let lastCursor = cursor;
    for (let guard = 0; guard < 5; guard++) {
      const earlierComma = text.lastIndexOf(',', cursor - 1);
      if (earlierComma < sentenceStart) break;
      const seg = text.slice(earlierComma + 1, cursor).trim();
      const skippable = /^\d+$/.test(seg) || /^of\s/.test(seg) || SHORT_ABBREVIATION.test(seg) || (CAPITALISED_WORD.test(seg) && CAPITALISED_WORD_END.test(text.slice(sentenceStart, earlierComma))) || /^(?:D|R|I)-/.test(seg) || (looksAppositive(seg) && !STARTS_UPPER.test(seg)) || /^(?:The|A|An)\s/.test(seg) && looksAppositive(seg);
      if (!skippable) break;
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
  if (!WORD_CHAR.test(c)) return null;
  const np = nounPhraseBefore(text, sentenceStart, end);
  return np ? { mention: headAfterQuote(text, sentenceStart, np), viaAuxiliary } : null;
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
  if (role === undefined || !PERSON_ROLE_NOUNS.has(role.toLowerCase())) return false;
  return role === role.toLowerCase() || /^[A-Z]{2,4}$/.test(role);
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
function nounPhraseBefore(text: string, floor: number, end: number): TextSpan | null {
  // "Six in 10 (voters)", "more than half of Democrats": shares of a poll are subjects.
  const share = POLL_SHARE.exec(text.slice(Math.max(floor, end - 80), end));
  if (share?.[1]) return span(text, end - share[1].length, end);
  const words: TextSpan[] = [];
  let pos = end;
  // "Rep. Ada Lorne (R-Lantern)": a parenthesis after a name belongs to it.
  const trimmed = text.slice(floor, end).trimEnd();
  if (trimmed.endsWith(')')) {
    const open = text.lastIndexOf('(', floor + trimmed.length);
    if (open > floor) pos = open;
  }
  while (words.length < 10) {
    const w = wordBefore(text, floor, pos);
    if (!w) break;
    const gap = text.slice(w.end, pos);
    if (words.length > 0 && !/^\s*$/.test(gap)) break;
    const lower = w.text.toLowerCase().replace(/[.]$/, '');
    // "Pell, who has described …": the relative pronoun is the subject as written.
    if (words.length === 0 && (lower === 'who' || lower === 'which')) return w;
    // "an outfit that endorsed Pell": "that" right before the verb is a relative pronoun.
    if (words.length === 0 && lower === 'that' && /^\s+$/.test(text.slice(w.end, end + 1)) && LOWER_WORD_SPACES_END.test(text.slice(Math.max(floor, w.start - 30), w.start))) {
      const before = wordBefore(text, floor, w.start);
      if (before && !REPORTING_VERBS.has(before.text.toLowerCase()) && !/^(?:so|such|now|is|was|are|were|said|says|and|but)$/i.test(before.text)) return w;
    }
    // Quantifiers stand alone as subjects in poll reports ("most said", "some argue").
    if (words.length === 0 && /^(?:most|some|many|few|several|both|all|others|half|another)$/.test(lower)) {
      const before = wordBefore(text, floor, w.start);
      if (!before || !/^(?:the|a|an|of)$/i.test(before.text)) return w;
    }
    // "…, Will described the pier as …", "Ada May said": a capitalised modal inside a sentence
    // is a name ("May" only after a first name, not the month).
    const modalName = (w.text === 'Will' && LOWER_SINCE_SENTENCE_PUNCTUATION.test(text.slice(floor, w.start))) || (w.text === 'May' && CAPITALISED_WORD_SPACE_END.test(text.slice(floor, w.start)) && !/(?:^|\s)(?:In|By|Since|Until|Early|Late|Mid|Last|Next|This)\s+$/.test(text.slice(floor, w.start)));
    // "Officials here said": a plural or role noun keeps "here" or "there" after it.
    if (words.length === 0 && (lower === 'here' || lower === 'there') && w.text === lower) {
      const noun = wordBefore(text, floor, w.start);
      if (noun && peopleNoun(noun.text)) {
        pos = w.start;
        continue;
      }
    }
    if (words.length === 0 && NOT_SUBJECT_END.has(lower) && !modalName) return null;
    if (SUBJECT_STOP.has(lower) && !modalName) break;
    if (REPORTING_VERBS.has(lower) && w.text === lower && !(words.length === 0 && pluralNounBeforeVerb(lower, text.slice(end, end + 2)))) break;
    words.unshift(w);
    pos = w.start;
    if (PRONOUNS.has(lower)) break;
  }
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  // Years and dangling prepositional phrases are not subjects ("in 2010 said", "of Northern").
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
  if (!anyCapital && !PRONOUNS.has(head) && !PERSON_ROLE_NOUNS.has(head) && !ORGANIZATION_HEADS.has(head) && !/s$/.test(head) && !/^\d/.test(first.text)) {
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
  // "Officials in Brask said": the place belongs to the plural noun before it.
  const located = PEOPLE_IN_PLACE.exec(text.slice(Math.max(floor, first.start - 40), first.start));
  if (anyCapital && located?.[1] && located[2] && peopleNoun(located[2])) return span(text, first.start - located[1].length, last.end);
  return span(text, first.start, last.end);
}

/** A plural role noun (and its determiner) and "in/from/at" right before a name. */
const PEOPLE_IN_PLACE = /(?:^|\s)((?:(?:the|some|many|several|most)\s+)?([\p{L}-]+)\s+(?:in|from|at)\s+)$/iu;

/** "officials", "Residents": a plural noun for people, written lower-case or opening a sentence. */
function peopleNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return /s$/.test(lower) && PERSON_ROLE_NOUNS.has(lower) && (word === lower || word === `${lower[0]?.toUpperCase()}${lower.slice(1)}`);
}

/** Groups that shout or chant together ("the crowd chanted", "the audience roared"). */
const COLLECTIVE_HEADS = /^(?:crowd|audience|gallery|congregation|chorus|choir|throng|mob)$/;

/** "…,” said Ada Lorne" / "…, says the senator": the subject after the cue. */
function subjectAfter(text: string, from: number, limit: number): TextSpan | null {
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

/** A finite verb or a pronoun's verb right after a noun phrase: it is a clause's subject. */
const CLAUSE_AFTER_SUBJECT = /^\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do)\b/;
const PRONOUN_SUBJECT = /^(?:he|she|they|we|I|it)(?=\s|$)/i;

/**
 * "Ana Ruiz, who calls the toll a “scandal,” said she would vote no": the words after the verb
 * open a clause ("she would …", "his boss was …"), so they are not an inverted subject; the
 * quotation before the verb sits in the subject's relative clause.
 */
function opensClause(text: string, subject: TextSpan, limit: number): boolean {
  const rest = text.slice(subject.end, Math.min(limit, subject.end + 12));
  // "said he." inverts; "said he doesn’t …" opens a clause.
  return CLAUSE_AFTER_SUBJECT.test(rest) || (PRONOUN_SUBJECT.test(subject.text) && (/\s/.test(subject.text) || /^\s+\p{Ll}/u.test(rest)));
}

/** Trims a content span: whitespace, a leading "that", and one final . , ; : or dash. */
function trimContent(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s,:;—–-]/.test(text[s] ?? '')) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  if (e > s && /[.,;:—–]/.test(text[e - 1] ?? '')) e--;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  return { start: s, end: e };
}

/**
 * Ends a reported clause where a new clause begins: "; ...", " — ...", ", and ...", " but ...",
 * or " and said ..." / ", but insists ..." (another report by the same subject). Participial adjuncts (", citing
 * ...") stay in the clause: they describe how the speaker said it, and splitting them off would
 * turn every "citing"/"denouncing" into a statement of its own. Quotations are never cut.
 */
function cutClause(text: string, content: Span, quotes: readonly Quote[]): Span {
  const body = text.slice(content.start, content.end);
  let end = content.end;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(body); m; m = CLAUSE_BREAK.exec(body)) {
    const at = content.start + m.index;
    if (quotes.some((q) => q.open <= at && at < q.close)) continue;
    // "…, and “the toll must go.”": a quotation after the conjunction continues the report.
    if (/^[“"‘]/.test(text.slice(at + m[0].length, at + m[0].length + 1))) continue;
    // "X — an aside — was Y": a paired dash encloses an aside, not the end of the clause.
    if (/[—–]|--|\s-\s/.test(m[0]) && !/[;,]/.test(m[0])) {
      const dash = m[0].includes('--') ? '--' : /\s-\s/.test(m[0]) ? ' - ' : (/[—–]/.exec(m[0])?.[0] ?? '—');
      const close = body.indexOf(dash, m.index + m[0].length);
      if (close > 0 && !/[.;]/.test(body.slice(m.index + m[0].length, close)) && wordCount(text, { start: content.start + close + dash.length, end: content.end }) >= 2) {
        CLAUSE_BREAK.lastIndex = close + dash.length;
        continue;
      }
    }
    if (wordCount(text, { start: content.start, end: at }) < 3) continue;
    // "… the plan is sound, but the toll is “a disgrace to the harbour.”": a clause that
    // ends in the speaker's quoted words continues the same report; so does one after ", but"
    // or ", and" that quotes even a single word ("but most were just “routine,”").
    if (endsInQuotation(text, { start: at, end: content.end }, quotes) || (/^,\s+(?:and|but)\s/.test(m[0]) && quotes.some((q) => q.open > at && q.close <= content.end + 2 && wordCount(text, q) >= 1))) continue;
    end = at;
    break;
  }
  const andCue = /\s+(?:and|but)\s+(?:also\s+|then\s+|(?:\p{Lu}[\p{L}’'-]+\s+){1,3}(?=\p{Ll}+ing\b))?(\p{Ll}+)\b/gu;
  for (let m = andCue.exec(body); m; m = andCue.exec(body)) {
    const at = content.start + m.index;
    if (at >= end) break;
    const e = REPORTING_VERBS.get(m[1] ?? '');
    if (e && (e.form === 'ed' || e.form === 's' || (e.form === 'ing' && /^\s+and\s+\p{Lu}/u.test(m[0]))) && !quotes.some((q) => q.open <= at && at < q.close)) {
      end = at;
      break;
    }
  }
  return end === content.end ? content : trimContent(text, content.start, end);
}

/** A cut that would drop the quotation a clause ends with is undone. */
function keepQuotedEnd(text: string, content: Span, quotes: readonly Quote[], cut: Span): Span {
  return cut.end < content.end && endsInQuotation(text, { start: cut.end, end: content.end }, quotes) ? content : cut;
}

/**
 * "accused Ivo Pell, the harbour master, of being “asleep at the helm”", "faulted the board
 * for its “secret books”": a verb's object cut before its "of"/"for"/"as" complement (after
 * an appositive, at most) or its means ("by using the word “parasites”") keeps running to the clause's end when that complement quotes the
 * speaker, unless a dash, semicolon or another report comes first. So does an object whose
 * clause ends with a quoted ", as “…”" ("mocked the board’s promise that the pier would stay
 * open despite the storms, as “pure theatre.”").
 */
const COMPLEMENT_AFTER_CUT = /^\s*(?:,\s+(?!(?:who|whom|whose|which|in|on|at|during|after|before|when|while|as)\s)[^,;“”"]{1,80},)?\s*(?:of|for|as|by\s+\p{Ll}+ing)\s/u;

const QUOTED_AS_AFTER_CUT = /,\s+as\s+(?:[^\s,;“”"]+\s+){0,2}?(?:[“"]|'')/;

function keepQuotedComplement(text: string, content: Span, quotes: readonly Quote[], drafts: readonly Draft[], cut: Span): Span {
  if (cut.end >= content.end) return cut;
  if (/[;—–(]|\s--?\s/.test(text.slice(cut.end, content.end))) return cut;
  if (!COMPLEMENT_AFTER_CUT.test(text.slice(cut.end, content.end)) && !QUOTED_AS_AFTER_CUT.test(text.slice(cut.end, content.end))) return cut;
  if (!quotes.some((q) => q.open >= cut.end && q.open < content.end)) return cut;
  if (drafts.some((d) => (d.cue && d.cue.start >= cut.end && d.cue.start < content.end) || (d.content.end > cut.end && d.content.start < content.end && d.content.start >= cut.end))) return cut;
  return content;
}

/** Every quotation opened in `s` is closed there too (or it holds none). */
function balancedQuotes(s: string): boolean {
  return (s.match(/“/g) ?? []).length === (s.match(/”/g) ?? []).length && (s.match(/"/g) ?? []).length % 2 === 0;
}

/** The span ends with a quotation of at least two words (closing punctuation aside). */
function endsInQuotation(text: string, s: Span, quotes: readonly Quote[]): boolean {
  return quotes.some((q) => q.open > s.start && q.open < s.end && /^[\s,.;:!?”"’]*$/.test(text.slice(Math.min(q.close, s.end), s.end)) && q.close >= s.end - 2 && wordCount(text, q) >= QUOTE_WORDS_FOR_DIRECT);
}

/** DIRECT when the clause is a quotation or quotes the speaker's words inside it. */
/** "classifies Pell as a “traitor”": a verb of classification, its object, then "as a/an/the". */
const CLASSIFYING_AS = /\b(?:classif|categori[sz]|designat|defin|list|rank|registe?r|count|class)\p{Ll}*\s+(?:[^\s,;:.!?]+\s+){0,5}as\s+(?:a|an|the)\s*$/iu;

function kindOf(text: string, content: Span, quotes: readonly Quote[]): StatementKind {
  // Quotes are in text order: start at the first one that opens inside the content.
  for (let i = firstQuoteFrom(quotes, content.start); i < quotes.length; i++) {
    const q = quotes[i];
    if (!q || q.start >= content.end) break;
    // A content trimmed of its final ",”" still holds the quotation it ends with.
    if (q.end > content.end && !/^[\s,.;:!?]*$/.test(text.slice(content.end, q.end))) continue;
    // A markup attribute value ('<tweet author="@x">') is no quotation.
    if (text[q.open - 1] === '=') continue;
    if (wordCount(text, q) >= QUOTE_WORDS_FOR_DIRECT) return 'DIRECT';
    // One quoted word is the speaker's word ("the audit is “pointless.”", "called him a
    // “clown”") unless it is a classifying label ("classifies him as a “criminal”"): that is
    // the writer's scare quote. Other "as a" phrases keep the speaker's word ("sees the levy
    // as a “lifeboat”", "act as an “umpire”", "as well as the “levy”").
    if (!CLASSIFYING_AS.test(text.slice(Math.max(0, q.open - 80), q.open))) return 'DIRECT';
  }
  return 'INDIRECT';
}

/** Index of the first quote (of quotes in text order) whose content starts at or after `pos`. */
function firstQuoteFrom(quotes: readonly Quote[], pos: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function quoteSpan(q: Quote): Span {
  return { start: q.start, end: q.end };
}

function statementsInSentence(
  text: string,
  sentence: Sentence,
  quotes: readonly Quote[],
  previousSentence: Sentence | undefined,
  allQuotes: readonly Quote[],
  earlier: readonly Draft[],
  titleCase = false,
): Draft[] {
  const tokens = tokenize(text, sentence, quotes);
  const cues = findCues(text, tokens, titleCase);
  const sentenceText = text.slice(sentence.start, sentence.end);
  const drafts: Draft[] = [...expectationReports(text, sentence, sentenceText, quotes), ...askedReports(text, sentence, sentenceText, quotes)];
  for (const cue of cues) cueStatements(text, sentence, cue, quotes, previousSentence, allQuotes, earlier, titleCase, drafts);
  const reported = asReportedBy(text, sentence, sentenceText, quotes);
  if (reported) drafts.push(reported);
  drafts.push(...passiveReports(text, sentence, quotes, drafts));
  const seeming = seemingReport(text, sentence, quotes, drafts) ?? impersonalSeeming(text, sentence, quotes, drafts);
  if (seeming) drafts.push(seeming);
  const inSource = sourceInPoll(text, sentence, quotes, drafts);
  if (inSource) drafts.push(inSource);
  for (const d of drafts) trimClauseEnd(text, d, quotes, allQuotes, drafts);
  return drafts;
}

const AS_REPORTED = /^(?:(?:But|And|However),?\s+)?([Aa]s\s+(?:first\s+|previously\s+|earlier\s+)?reported\s+(?:by|in))\s+([^,;:“”"]{2,80}),\s+/u;

/** "As reported by the Courier, the mayor …": the source of the rest of the sentence. */
function asReportedBy(text: string, sentence: Sentence, sentenceText: string, quotes: readonly Quote[]): Draft | null {
  const asReported = AS_REPORTED.exec(sentenceText);
  if (asReported?.[1] && asReported[2]) {
    const cueAt = sentence.start + asReported[0].indexOf(asReported[1]);
    const sourceAt = cueAt + asReported[1].length + asReported[0].slice(asReported[0].indexOf(asReported[1]) + asReported[1].length).indexOf(asReported[2]);
    const content = cutClause(text, trimContent(text, sentence.start + asReported[0].length, sentence.end), quotes);
    if (wordCount(text, content) >= 2) return { content, kind: kindOf(text, content, quotes), cue: span(text, cueAt, cueAt + asReported[1].length), cueLemma: 'as reported by', mention: span(text, sourceAt, sourceAt + asReported[2].length), pattern: 'according-to', sentence };
  }
  return null;
}

const RELATIVE_TAIL = /,\s+(?=(?:who|whom|whose|which|according\s+to|compared\s+(?:with|to)|with\s+(?:\p{Lu}[\p{L}.’'-]*|(?:the|a|an|some|many|most|few|similar)\s+[\p{L}-]+)\s+(?:\p{Ll}+ing|now|still|also|only))\s)/gu;
const APPOSITIVE_TAIL = /,(?<=\p{Lu}[\p{L}.’'-]*,)\s+(?=the\s+\p{Ll}[^,;“”"]*$)/gu;
const RELATIVE_CLAUSE_END = /\s*[,;—–]\s|\s--\s/g;

/** Ends a reported clause before the writer's additions: adjuncts, relative clauses, appositives. */
function trimClauseEnd(text: string, d: Draft, quotes: readonly Quote[], allQuotes: readonly Quote[], drafts: readonly Draft[]): void {
  if (d.pattern !== 'clause' && d.pattern !== 'participle') return;
  d.content = cutAdjunct(text, d.content, quotes);
  // "…, who will face a primary": a trailing non-restrictive relative clause describes a
  // person named in the report; the writer adds it.
  d.content = keepQuotedEnd(text, d.content, quotes, cutAt(text, d.content, quotes, RELATIVE_TAIL));
  if (d.bareObject) d.content = keepQuotedComplement(text, d.content, quotes, drafts, cutObject(text, d.content, quotes));
  // "… would back Ana Ruiz, the current harbour master": an appositive after a name that
  // ends the report is the writer's description.
  d.content = cutAt(text, d.content, quotes, APPOSITIVE_TAIL);
  // "X, who declined to comment, was …": a relative clause ends at its comma.
  if (d.mention && /^(?:who|which)$/i.test(d.mention.text)) d.content = cutAt(text, d.content, quotes, RELATIVE_CLAUSE_END);
  // "…, reporting:" closing a paragraph introduces the quotation of the next one: its
  // quotation is not among this sentence's.
  if (d.kind === 'DIRECT') d.kind = kindOf(text, d.content, d.content.end > d.sentence.end ? allQuotes : quotes);
}

/** "The vote is expected to pass": an expectation with no written holder. */
function expectationReports(text: string, sentence: Sentence, sentenceText: string, quotes: readonly Quote[]): Draft[] {
  const drafts: Draft[] = [];
  if (!sentenceText.includes('expected')) return drafts;
  EXPECTED.lastIndex = 0;
  for (let m = EXPECTED.exec(sentenceText); m; m = EXPECTED.exec(sentenceText)) {
    const cueAt = sentence.start + m.index + m[0].indexOf('expected');
    const contentAt = sentence.start + m.index + m[0].length - 'to '.length;
    if (quotes.some((q) => q.open <= cueAt && cueAt < q.close)) continue;
    const content = cutClause(text, trimContent(text, contentAt, sentence.end), quotes);
    if (wordCount(text, content) >= 2) drafts.push({ content, kind: kindOf(text, content, quotes), cue: span(text, cueAt, cueAt + 'expected'.length), cueLemma: 'expect', mention: null, pattern: 'clause', sentence });
  }
  return drafts;
}

/** "Asked whether …, Pell said …": the question is a report with no written asker. */
function askedReports(text: string, sentence: Sentence, sentenceText: string, quotes: readonly Quote[]): Draft[] {
  const drafts: Draft[] = [];
  // Both patterns need "asked" ("Asked"): most sentences are settled without running them.
  if (!sentenceText.includes('sked')) return drafts;
  const asked = ASKED_OPENING.exec(sentenceText);
  if (asked?.[1] !== undefined && asked[2] !== undefined) {
    const cueAt = sentence.start + asked[0].indexOf(asked[1]);
    const contentAt = sentence.start + asked[0].length - asked[2].length - 1;
    const content = trimContent(text, contentAt, contentAt + asked[2].length + 1);
    if (wordCount(text, content) >= 2) drafts.push({ content, kind: kindOf(text, content, quotes), cue: span(text, cueAt, cueAt + asked[1].length), cueLemma: 'ask', mention: null, pattern: 'clause', sentence });
  } else {
    ASKED_INSIDE.lastIndex = 0;
    for (let m = ASKED_INSIDE.exec(sentenceText); m; m = ASKED_INSIDE.exec(sentenceText)) {
      if (!m[1] || !m[2]) continue;
      const cueAt = sentence.start + m.index + m[0].indexOf(m[1]);
      if (quotes.some((q) => q.open <= cueAt && cueAt < q.close)) continue;
      const contentAt = sentence.start + m.index + m[0].length - m[2].length;
      const content = trimContent(text, contentAt, contentAt + m[2].length);
      if (wordCount(text, content) >= 2) drafts.push({ content, kind: kindOf(text, content, quotes), cue: span(text, cueAt, cueAt + m[1].length), cueLemma: 'ask', mention: null, pattern: 'clause', sentence });
    }
  }
  return drafts;
}

/** ", but " / ", and " (or "and then") right before a verb: it is coordinated with the one before. */
const COORDINATED_BEFORE = /,\s+(?:but|and)(?:\s+then)?\s+$/;

/**
 * The statements one cue makes in its sentence: its subject (before it, inverted after it, or
 * the main clause's for a participle), the content on its right and on its left, and the
 * edits to statements already found in the sentence that this cue ends or splits.
 */
function cueStatements(
  text: string,
  sentence: Sentence,
  cue: Cue,
  quotes: readonly Quote[],
  previousSentence: Sentence | undefined,
  allQuotes: readonly Quote[],
  earlier: readonly Draft[],
  titleCase: boolean,
  drafts: Draft[],
): void {
  const end = sentence.end;
  // A cue inside content already claimed in this sentence is part of that content,
  // unless it opens a new report of its own (", adding that ...").
  const owner = drafts.find((d) => cue.start >= d.content.start && cue.start < d.content.end);
  if (cue.frame === 'according') {
    const d = accordingTo(text, sentence, cue, quotes, drafts);
    if (d) drafts.push(d);
    return;
  }
  const entry = cue.entry;
  // "– Pell saying …": a name right before the participle is its own subject.
  const absolute = entry?.form === 'ing' && ABSOLUTE_NAME_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 40), cue.start));
  // "with 50 percent saying …": the noun phrase after "with" says it.
  const withSubject = entry?.form === 'ing' ? WITH_ABSOLUTE_END_CAPTURED.exec(text.slice(Math.max(sentence.start, cue.start - 60), cue.start)) : null;
  // "by saying …", "after saying …": the main clause's subject says it.
  const openerBefore = entry?.form === 'ing' && SUBORDINATOR_END.test(text.slice(Math.max(sentence.start, cue.start - 20), cue.start));
  const isParticiple = !absolute && !withSubject && entry?.form === 'ing' && (openerBefore || /[,;—–]\s*(?:\S+\s+)?$/.test(text.slice(Math.max(sentence.start, cue.start - 12), cue.start)) || MESSAGE_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 40), cue.start)));
  // "Ruiz slams Pell, praises Lind": a headline lists its subject's acts with commas; each
  // act after a comma shares the first one's subject and ends the act before it.
  const headlineSeries = sentence.paragraph === -1 && entry?.form === 's' && /,\s+$/.test(text.slice(Math.max(sentence.start, cue.start - 3), cue.start));
  let subject: Subject | null = null;
  let inverted = false;
  let mention: TextSpan | null = null;
  let inheritsFrom: Draft | undefined;
  if (isParticiple) {
    // A relative clause's statement ("a pilot who said …") is not the main clause.
    const before = [...drafts].reverse().find((d) => !/^(?:who|which|that)$/i.test(d.mention?.text ?? ''));
    if (before) {
      inheritsFrom = before;
      mention = before.mention;
    } else {
      mention = mainClauseSubject(text, sentence, cue.start) ?? sentenceSubject(text, sentence);
      if (mention && mention.start >= cue.start) mention = null;
    }
  } else if (withSubject?.[1]) {
    const at = cue.start - withSubject[0].length + withSubject[0].indexOf(withSubject[1], 4);
    mention = span(text, at, at + withSubject[1].length);
  } else {
    subject = subjectBefore(text, sentence, cue.start);
    if (subject && entry?.ambiguous && entry.form !== 'base' && !subject.viaAuxiliary && !strongSubject(subject.mention.text)) subject = null;
    if (subject && entry && FINDING_VERBS.has(entry.lemma)) {
      const words = subject.mention.text.split(/\s+/);
      const last = words[words.length - 1] ?? '';
      // "Records from the 2031 filing show …": a finding noun anywhere in the subject.
      const lead = text.slice(Math.max(sentence.start, subject.mention.start - 60), subject.mention.start).split(/\s+/).slice(-6);
      const lastLower = last.toLowerCase();
      const thatAfter = /^\s+that\s/.test(text.slice(cue.end, cue.end + 6));
      if (!FINDING_HEADS.test(last) && !STARTS_UPPER.test(last) && ![...words, ...lead].some((w) => FINDING_HEADS.test(w) && w.length > 3) && !PERSON_ROLE_NOUNS.has(lastLower) && !ORGANIZATION_HEADS.has(lastLower) && !/^(?:judge|panel|jury|court|investigators?|inspectors?|auditors?|researchers?|scientists?|economists?|analysts?|experts?|percent)$/.test(lastLower) && !thatAfter) subject = null;
    }
    // A bare base form needs a plural subject ("sailors say"); "The audit report" is a noun.
    if (subject && entry?.form === 'base' && !subject.viaAuxiliary) {
      const last = (subject.mention.text.split(/\s+/).pop() ?? '').toLowerCase();
      // Plural heads, numbers ("Four in 10 say"), relative pronouns and coordinated names.
      const coordinated = /\band\s+$/.test(text.slice(Math.max(sentence.start, subject.mention.start - 5), subject.mention.start));
      const pluralLead = /^(?:those|these|many|most|some|both|all|few|several|others|\d[\d,.]*%?)\b/i.test(subject.mention.text);
      const thatAfter = /^\s+that\s/.test(text.slice(cue.end, cue.end + 6));
      if (!PLURAL_HEADS.has(last) && !/s$/.test(last) && !/^(?:\d+|percent|who|which|that)$/.test(last) && !coordinated && !pluralLead && !thatAfter) subject = null;
      else if (coordinated) {
        // Widen the mention to the whole coordination ("Ada Lorne and Ivo Pell").
        const first = nounPhraseBefore(text, sentence.start, text.lastIndexOf(' and', subject.mention.start));
        if (first) subject = { ...subject, mention: span(text, first.start, subject.mention.end) };
      }
    }
    if (subject) mention = subject.mention;
    else if (cue.frame !== 'object' && entry?.form !== 'ing') {
      const leftEnd = trimmedLeftEdge(text, sentence.start, cue.start);
      if (leftEnd === sentence.start || /[,”"’':—–]$|[,.!?]“$/.test(text.slice(sentence.start, leftEnd))) {
        const after = subjectAfter(text, cue.end, end);
        // "…,” said X." / "…, said X, a …": the subject ends the sentence or a clause.
        if (after && !opensClause(text, after, end)) {
          mention = after;
          inverted = true;
        }
      }
    }
    // "“…,” Ruiz said, but added that …": a verb coordinated with an earlier report of the
    // sentence shares that report's speaker when no subject of its own is written.
    if (!mention && (headlineSeries || COORDINATED_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 8), cue.start)))) {
      const earlier = [...drafts].reverse().find((d) => d.mention !== null && d.cue !== null && d.cue.end <= cue.start);
      if (earlier) {
        mention = earlier.mention;
        inheritsFrom = earlier;
      }
    }
    if (!mention && entry?.form === 'ing') mention = subjectAfterOpeningParticiple(text, sentence, cue);
    if (!mention) return;
  }

  // Content on the right of the cue.
  let right = inverted ? null : rightContent(text, cue, end, quotes, allQuotes, titleCase);
  // ", Pell shot back, “…”": a new subject after a comma ends the earlier content.
  // "Polling shows that “…,” said Ana Ruiz": an inverted attribution after the quotation
  // that ends an earlier report attributes that whole report.
  const invertedAfterQuote = owner && inverted && mention && /[,.!?](?:[”"’]|'')\s*$/.test(text.slice(Math.max(sentence.start, cue.start - 6), cue.start)) && owner.content.start < cue.start && owner.content.end > cue.start;
  // ", Pell shot back, “…”" / "… sounded uneasy: Ruiz called it “…”": a subject after a comma,
  // or after a colon closing a clause of the writer's, starts a report of its own.
  const ownSubjectAfterComma = owner && !isParticiple && mention && !inverted && (COMMA_OR_COLON_END.test(text.slice(Math.max(sentence.start, mention.start - 6), mention.start)) || (/,(?:[”"’]|'')\s*$/.test(text.slice(Math.max(sentence.start, mention.start - 6), mention.start)) && (/^[^“”",;]{0,40}$/.test(text.slice(cue.end, sentence.end)) || /^\s*(?:[—–]|--?)\s/.test(text.slice(cue.end, sentence.end))))) && mention.start > owner.content.start;
  // "Pell said voters believe the toll is unfair": a report nested in another one, with its
  // own subject inside the outer content, is a statement too; the outer one keeps its words.
  // A quotation right after the cue counts when a comma-set "which"/"when" clause holds it
  // ("…backs the bill, which Ruiz called “a swindle.”"): the outer report ends before it.
  const nested = owner && !isParticiple && !inverted && mention && right && mention.start >= owner.content.start && mention.end <= cue.start && (!('quote' in right) || (RELATIVE_LEAD.test(text.slice(Math.max(owner.content.start, mention.start - 12), mention.start)) && !/[,;:]/.test(text.slice(cue.end, right.quote.open)))) && !/[,;:—–]\s*$/.test(text.slice(owner.content.start, mention.start));
  // "… was strong, to which Pell interjected: “Not true.”": a subject and cue introducing a
  // quotation with a colon inside an earlier report start a statement of their own; the
  // earlier report ends before that subject.
  const colonQuote = owner && !isParticiple && !inverted && mention && right && 'quote' in right && mention.start > owner.content.start && /^[^“”"\n]{0,40}:\s*$/.test(text.slice(cue.end, right.quote.open));
  if (nested) {
    // handled below without touching the owner
  } else if (owner && colonQuote && mention) {
    for (const d of drafts) {
      if (d.content.start >= mention.start || d.content.end <= mention.start) continue;
      const lead = text.slice(d.content.start, mention.start).replace(/(?:,?\s+(?:and|but|while|as|when|whereupon|so|then|(?:to|after|at|upon)\s+which))?[\s,]*$/, '');
      d.content = trimContent(text, d.content.start, d.content.start + lead.length);
      d.kind = kindOf(text, d.content, quotes);
    }
  } else if (owner && headlineSeries && mention) {
    owner.content = trimContent(text, owner.content.start, cue.start);
  } else if (owner && invertedAfterQuote && mention) {
    owner.content = trimContent(text, owner.content.start, cue.start);
  } else if (owner && ownSubjectAfterComma && mention) {
    owner.content = trimContent(text, owner.content.start, mention.start);
  } else if (owner && !(isParticiple && right && (right.introduced || cue.frame === 'speech' || cue.entry?.lemma.includes(' ') || quotesWords(text, right, quotes)))) return;
  if (owner && right && !ownSubjectAfterComma && !nested && !colonQuote) {
    // Split the earlier statement before ", adding that ...".
    const cut = text.lastIndexOf(',', cue.start);
    const stop = Math.max(cut, text.lastIndexOf(';', cue.start));
    if (stop > owner.content.start) owner.content = trimContent(text, owner.content.start, stop);
  }
  // Content on the left: "“A,” he said" (and for split quotes, "“A,” he said, “B.”" both).
  const wantsLeft = cue.frame !== 'object' && !isParticiple;
  const leftLimit = inverted ? cue.start : (mention?.start ?? cue.start);
  let left = wantsLeft ? leftContent(text, sentence, leftLimit, quotes, drafts, previousSentence, allQuotes, earlier, entry, !inverted && mention !== null) : null;
  // "Pell said: “It will go,” the Courier reported": the source reports the whole sentence.
  if (!left && wantsLeft && !inverted && mention) {
    const whole = reportOfIntroducedQuote(text, sentence, leftLimit, mention, quotes, drafts);
    if (whole) left = { span: whole, quote: true };
  }
  // "Sunday on the Courier’s “Harbour Hour,” Pell said …": a quoted title is not the content.
  if (left?.quote && titleOnlyContent(text.slice(left.span.start, left.span.end))) left = null;
  // "“A,” Pell told the families": after a quote, what follows the cue is a recipient or a
  // circumstance, not content, unless it is introduced ("that ...", ", “B”").
  if (left?.quote && right && !('quote' in right) && !right.introduced) right = null;
  // "The toll is a scandal, Pell said Tuesday in Brask": what follows the verb is
  // circumstance unless introduced by "that"/a colon.
  // "The pier is shut, Pell told the Courier": what follows "told" is its recipient.
  if (left && !left.quote && right && cue.lemma === 'tell' && !('quote' in right) && !right.introduced) right = null;
  // "The pier was sold, Pell said Friday, because …": a qualified cue set off by commas on both
  // sides is parenthetical; the clause before it is reported too.
  const parentheticalCue = left && !left.quote && right && 'span' in right && !inverted && /,\s*$/.test(text.slice(sentence.start, leftLimit)) && /^\s+[^,;:“”"]{1,30},\s*$/.test(text.slice(cue.end, right.span.start));
  if (left && !left.quote && right && !parentheticalCue) left = null;
  // "The plan, Pell said, will fail" / "In 2031, Pell said, the fund ...": the rest of the
  // sentence after a parenthetical attribution.
  // "The plan, Pell told the Courier, will fail": a recipient may follow a verb of telling.
  const recipientEnd = cue.frame === 'tell' && !left?.quote ? cue.end + (RECIPIENTS.exec(text.slice(cue.end, end))?.[0].length ?? 0) : cue.end;
  if (!right && !inverted && (cue.frame === 'speech' || recipientEnd > cue.end) && !left?.quote) {
    const after = /^\s*,\s*/.exec(text.slice(recipientEnd, end));
    const before = text.slice(sentence.start, leftLimit);
    if (after && (/,\s*$/.test(before) || /(?:^|,\s*)(?:(?:Or|But|And|However|Yet|Still),?\s+)?[Aa]s\s+$/.test(before)) ) right = clause(text, recipientEnd + after[0].length, end, false);
    // "The ferries, Pell said, are like “boats that never sail”": the subject before the
    // parenthetical attribution and the predicate after it are one report when it quotes.
    const lead = trimContent(text, sentence.start, leftLimit);
    const leadText = text.slice(lead.start, lead.end).replace(/,$/, '');
    const predicate = right && 'span' in right ? right.span : null;
    if (predicate && mention && ENDS_IN_WORD_COMMA.test(before) && !/[,“”"]/.test(leadText) && wordCount(text, lead) <= 12 && !LEFT_CLAUSE_OPENERS.test(leadText) && !TIME_WORDS.test(leadText) && /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|remains?|seems?)\b/.test(text.slice(predicate.start, predicate.start + 12)) && quotes.some((q) => q.open >= predicate.start && q.open < predicate.end && wordCount(text, q) >= 2)) {
      right = { span: { start: lead.start, end: predicate.end }, introduced: true };
      left = null;
    }
  }
  // "The bridge, Pell said, “is a waste” of money": a quotation after a parenthetical
  // attribution continues the subject before it; the report is the whole sentence. A
  // participle ("Later, she sent a note saying, “done.”") is no parenthetical attribution.
  if (!left && right && 'quote' in right && !inverted && cue.frame === 'speech' && mention) {
    const before = text.slice(sentence.start, mention.start);
    const lead = trimContent(text, sentence.start, mention.start);
    const leadText = text.slice(lead.start, lead.end);
    const rest = cutClause(text, trimContent(text, right.quote.open, end), quotes);
    if (!isParticiple && continuesPredicate(text, right.quote) && ENDS_IN_WORD_COMMA.test(before) && !/[“”"‘’]|''/.test(before) && !drafts.some((d) => d.sentence === sentence) && wordCount(text, lead) <= 12 && !LEFT_CLAUSE_OPENERS.test(leadText) && !TIME_WORDS.test(leadText) && !STARTS_CAPITALISED_ING.test(leadText) && !/^(?:Asked|Speaking|According|In|At|On|Still|But|And|However|Yet|So|Now|Then|Instead|Meanwhile|Later|Earlier)\b/i.test(leadText) && !/,.*,/.test(before.replace(/,\s*$/, ''))) {
      right = { span: { start: lead.start, end: rest.end }, introduced: true };
    }
  }
  if (left) {
    const outer = left.quote && mention ? (invertedAfterQuote ? invertedReportStart(text, sentence, left.span, drafts) : nestedReportStart(text, sentence, left.span, mention, drafts)) : null;
    if (outer !== null) left = { span: trimContent(text, outer, Math.max(left.span.end, ...drafts.filter((d) => d.sentence === sentence && d.content.end <= left!.span.end + 2).map((d) => d.content.end))), quote: true };
    drafts.push({
      content: left.span,
      kind: left.quote ? 'DIRECT' : kindOf(text, left.span, quotes),
      cue: span(text, cue.start, cue.end),
      cueLemma: cue.lemma,
      mention,
      pattern: left.quote ? 'adjacent-quote' : 'left-clause',
      sentence,
    });
  }
  if (right) {
    const isQuote = 'quote' in right;
    let content = 'quote' in right ? quoteSpan(right.quote) : cutClause(text, right.span, quotes);
    // "Pell, recalling his years at sea, described himself as …": a participle set off by
    // commas after the subject ends where the main clause's verb resumes.
    if (isParticiple && !('quote' in right) && WORD_COMMA_END.test(text.slice(Math.max(sentence.start, cue.start - 3), cue.start))) content = cutAt(text, content, quotes, RESUMED_VERB);
    // "X, who said …, said …": a relative clause's report ends at its comma, before the
    // main clause's cue is read.
    if (!isQuote && mention && /^(?:who|which)$/i.test(mention.text)) content = cutAt(text, content, quotes, /\s*[,;—–]\s|\s--\s/g);
    // "what he called “a disgrace”": "what" and the label are the content; the label ends
    // with its quotation. "what the harbour crews have called “a swindle”": a speaker named
    // in full is left out; the label alone is what the crews said.
    let bareObject = !isQuote && !right.introduced && (cue.frame === 'object' || (entry !== null && OBJECT_TO_VERBS.has(entry.lemma) && !/^to\s/.test(text.slice(content.start, content.start + 3))));
    const what = mention && /^(?:call|describe|term|dub|label|brand)$/.test(entry?.lemma ?? '') ? /\bwhat\s+$/i.exec(text.slice(Math.max(sentence.start, mention.start - 6), mention.start)) : null;
    if (what && mention && !isQuote) {
      const labelQuote = quotes.find((q) => q.open >= content.start && wordCount(text, { start: content.start, end: q.open }) <= 3 && q.open < content.end);
      const end = labelQuote ? labelQuote.close : cutObject(text, content, quotes).end;
      content = { start: PRONOUNS.has(mention.text.toLowerCase()) ? mention.start - what[0].length : content.start, end };
      bareObject = false;
    }
    drafts.push({
      content,
      kind: isQuote ? 'DIRECT' : kindOf(text, content, content.end > sentence.end ? allQuotes : quotes),
      cue: span(text, cue.start, cue.end),
      cueLemma: cue.lemma,
      mention,
      pattern: isParticiple ? 'participle' : isQuote ? 'adjacent-quote' : 'clause',
      sentence,
      ...(inheritsFrom ? { inheritsFrom } : {}),
      ...(bareObject ? { bareObject: true } : {}),
    });
  }
}

/**
 * "The bridge, Pell said, “is a waste” of money": a quotation after a parenthetical
 * attribution continues the clause before it only when it opens in lower case; "After the
 * vote, Pell said, “The harbour called.”" introduces a sentence of its own.
 */
function continuesPredicate(text: string, q: Quote): boolean {
  return !STARTS_UPPER.test(text.slice(q.start, q.start + 1));
}

const MESSAGE_BEFORE = /\b(?:statement|letter|report|memo|release|tweet|post|video|ad|email|op-ed|column|message|order|filing|motion|ruling|complaint|lawsuit|resolution|speech|interview)s?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last\s+\w+|this\s+\w+))?\s+$/;
const PASSIVE = /\b(?:was|were|is|are|be|been|being|’s|'s)\s+(?:(?:\p{Ll}+ly|also|first|not|never|now|still|often|long|since)\s+){0,2}(reported|seen|viewed|regarded|considered|described|criticized|criticised|praised|endorsed|backed|opposed|rejected|quoted|cited|denied|announced|confirmed|revealed|questioned|challenged|blamed|accused|believed|thought|said|estimated|projected|predicted|rumored|rumoured|alleged|deemed|labeled|labelled|branded|dubbed|perceived|portrayed|characterized|touted|hailed|condemned|denounced|slammed|mocked)\b/gu;
const PASSIVE_SUBJECT_STOP = /^(?:who|which|that|it|there|this)$/i;

/**
 * "The move was first reported by the Courier", "She is seen by many as credible", "Advisers
 * are said to be urging …": a passive report. The content is the subject (with the "as …"
 * or "to …" that completes it); the speaker is the "by …" agent, if written.
 */
function passiveReports(text: string, sentence: Sentence, quotes: readonly Quote[], drafts: readonly Draft[]): Draft[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: Draft[] = [];
  PASSIVE.lastIndex = 0;
  for (let m = PASSIVE.exec(body); m; m = PASSIVE.exec(body)) {
    const participle = m[1] ?? '';
    const auxAt = sentence.start + m.index;
    const cueAt = auxAt + m[0].length - participle.length;
    const cueEnd = cueAt + participle.length;
    if (quotes.some((q) => q.open <= cueAt && cueAt < q.close)) continue;
    const subject = nounPhraseBefore(text, sentence.start, auxAt);
    if (!subject || PASSIVE_SUBJECT_STOP.test(subject.text)) continue;
    const rest = text.slice(cueEnd, sentence.end);
    const agent = /^\s+by\s+([^,.;:“”"()\s][^,.;:“”"()]{0,79}?)(?=\s+as\s|\s*[,.;:()]|\s+(?:and|but|to|for|in|on|at|after|before|because|when|while)\s|$)/u.exec(rest);
    let after = cueEnd + (agent ? agent[0].length : 0);
    const tail = text.slice(after, sentence.end);
    let end = subject.end;
    const as = /^\s+as\s+[^,;:()—–]+/u.exec(tail);
    const to = /^\s+to\s+\p{Ll}/u.exec(tail);
    if (as) end = after + as[0].length;
    else if (to) end = cutClause(text, trimContent(text, after, sentence.end), quotes).end;
    else if (!agent && !/^(?:reported|said|believed|thought|rumored|rumoured|alleged)$/.test(participle)) continue;
    const content = { start: subject.start, end };
    if (wordCount(text, content) < 2 && !as && !to) continue;
    if (drafts.some((d) => d.content.start < content.end && content.start < d.content.end) || out.some((d) => d.content.end > content.start)) continue;
    const mention = agent?.[1] ? span(text, cueEnd + agent[0].length - agent[1].length, cueEnd + agent[0].length) : null;
    out.push({ content: trimContent(text, content.start, content.end), kind: kindOf(text, content, quotes), cue: span(text, auxAt, cueEnd), cueLemma: `passive ${participle}`, mention, pattern: 'clause', sentence });
  }
  return out;
}

const IN_SOURCE = /(?:^|[\s(])([Ii]n)\s+((?:(?:a|an|the|this|that|its|their|his|her|one|two|several|recent|new|latest|most|many|some|all|both)\s+)?(?:[\p{L}\d/.’'&-]+\s+){0,5}?(?:polls?|surveys?|study|studies|analysis|audit|census|poll\s+average|average\s+of\s+polls))\b((?:\s+(?:released|published|conducted|taken|last|this|earlier|on|from|by|of|for|in)\b[^,;:“”"]{0,50}?)?)(?=\s*[,.;]|\s*$|\s+(?:and|but)\s)/gu;

/**
 * "In a Lantern poll released Monday, Pell leads by 9 points" / "Pell leads in the latest
 * survey": a poll or study as the source of the rest of the clause.
 */
function sourceInPoll(text: string, sentence: Sentence, quotes: readonly Quote[], drafts: readonly Draft[]): Draft | null {
  const body = text.slice(sentence.start, sentence.end);
  IN_SOURCE.lastIndex = 0;
  const m = IN_SOURCE.exec(body);
  if (!m?.[1] || !m[2]) return null;
  const cueAt = sentence.start + m.index + m[0].indexOf(m[1]);
  const sourceAt = cueAt + m[0].slice(m[0].indexOf(m[1])).indexOf(m[2]);
  const sourceEnd = sourceAt + m[2].length + (m[3] ?? '').length;
  if (quotes.some((q) => q.open <= cueAt && cueAt < q.close)) return null;
  let content: Span;
  const lead = text.slice(sentence.start, cueAt);
  if (/^\s*(?:(?:And|But|Also|Meanwhile|However),?\s+)?$/.test(lead)) {
    const comma = /^\s*,\s*/.exec(text.slice(sourceEnd, sentence.end));
    if (!comma) return null;
    content = cutClause(text, trimContent(text, sourceEnd + comma[0].length, sentence.end), quotes);
  } else {
    const lastComma = text.lastIndexOf(',', cueAt);
    content = trimContent(text, lastComma > sentence.start && wordCount(text, { start: lastComma, end: cueAt }) >= 3 ? lastComma + 1 : sentence.start, cueAt);
    // The clause before needs a verb of its own ("Pell leads in the poll"), not a noun phrase.
    if (!/\s(?:is|are|was|were|has|have|had|leads?|led|trails?|trailed|holds?|held|gets?|got|wins?|won|beats?|falls?|fell|rose|rises|drew|draws|remains?|stands?|ties?|tied|\p{Ll}+(?:ed|s))\s/u.test(` ${text.slice(content.start, content.end)} `)) return null;
  }
  if (wordCount(text, content) < 3) return null;
  if (drafts.some((d) => d.content.start < content.end && content.start < d.content.end)) return null;
  return { content, kind: kindOf(text, content, quotes), cue: span(text, cueAt, cueAt + m[1].length), cueLemma: 'in (poll)', mention: span(text, sourceAt, sourceAt + m[2].length), pattern: 'according-to', sentence };
}

/** Participles that open part of the content rather than an adjunct about the speaker. */
/** "The crowd seemed unmoved", "the race appears closer": an impression, with no source. */
const SEEMING = /(^|[,;]\s+|\b(?:and|but|while|though|although|because|whereas)\s+)((?:[^,;:“”"\s]+\s+){0,8}?[^,;:“”"\s]+)\s+(?:seem|seems|seemed|appear|appears|appeared)\s+(?!(?:not\s+)?to\b|on\b|in\b|at\b|before\b|with\b|for\b|from\b|alongside\b|onstage\b|together\b|as\b|during\b|outside\b|inside\b|by\b|that\b|and\b|or\b|but\b|live\b|briefly\b|publicly\b)(?=[\p{Ll}])/gu;

/** "It seems …", "but it appeared that …": an impersonal impression, then the clause it holds. */
const IT_SEEMS = /(?:^|[,;]\s+|\b(?:and|but|while|though|although|because|whereas|so)\s+)[Ii]t\s+(?:now\s+|also\s+|certainly\s+|clearly\s+)?(seems|seemed|appears|appeared)\s+(?:that\s+|like\s+|as\s+if\s+|as\s+though\s+)?(?!to\b|as\b|on\b|in\b|at\b)(?=[\p{L}“"])/u;

/**
 * "It seems the Pell campaign will sail on without the dockers": "it" is no source, but the
 * clause after "it seems" is reported as an impression, like "the crowd seemed unmoved".
 */
function impersonalSeeming(text: string, sentence: Sentence, quotes: readonly Quote[], drafts: readonly Draft[]): Draft | null {
  const body = text.slice(sentence.start, sentence.end);
  const m = IT_SEEMS.exec(body);
  if (!m?.[1]) return null;
  const at = sentence.start + m.index + m[0].length;
  if (quotes.some((q) => q.open <= at && at < q.close)) return null;
  const content = cutClause(text, trimContent(text, at, sentence.end), quotes);
  if (wordCount(text, content) < 3 || drafts.some((d) => d.content.start < content.end && content.start < d.content.end)) return null;
  const cueStart = sentence.start + m.index + m[0].indexOf(m[1]);
  return { content, kind: kindOf(text, content, quotes), cue: span(text, cueStart, cueStart + m[1].length), cueLemma: /^seem/.test(m[1]) ? 'seem' : 'appear', mention: null, pattern: 'according-to', sentence };
}

function seemingReport(text: string, sentence: Sentence, quotes: readonly Quote[], drafts: readonly Draft[]): Draft | null {
  const body = text.slice(sentence.start, sentence.end);
  // Cheap test first: the pattern is costly to try at every position of every sentence.
  if (!/seem|appear/.test(body)) return null;
  SEEMING.lastIndex = 0;
  for (let m = SEEMING.exec(body); m; m = SEEMING.exec(body)) {
    const start = sentence.start + m.index + (m[1] ?? '').length;
    const at = sentence.start + m.index + m[0].length;
    if (quotes.some((q) => q.open <= at && at < q.close)) continue;
    const subject = (m[2] ?? '').split(/\s+/)[0] ?? '';
    if (/^(?:who|which|that|what|it|there|this|to)$/i.test(subject)) continue;
    let content = cutClause(text, trimContent(text, start, sentence.end), quotes);
    // "… seemed far away to most voters": the impression ends before a trailing phrase.
    const tail = /^\S+(?:\s+\S+)?\s+(?=(?:to|for|in|at|on|by|from|after|before|since|because|as|when|if|among|during)\s)/.exec(text.slice(at, content.end));
    if (tail) content = trimContent(text, content.start, at + tail[0].length);
    if (wordCount(text, content) < 3) continue;
    if (drafts.some((d) => d.content.start < content.end && content.start < d.content.end)) continue;
    const cueStart = text.slice(start, at).search(/\s(?:seem|seems|seemed|appear|appears|appeared)\s/) + start + 1;
    const cueEnd = text.indexOf(' ', cueStart);
    return { content, kind: kindOf(text, content, quotes), cue: span(text, cueStart, cueEnd), cueLemma: /^seem/.test(text.slice(cueStart, cueEnd)) ? 'seem' : 'appear', mention: null, pattern: 'according-to', sentence };
  }
  return null;
}

const NOT_ADJUNCT = new Set(['including', 'according', 'during', 'notwithstanding', 'regarding', 'concerning', 'excluding', 'following', 'something', 'nothing', 'anything', 'everything', 'being', 'king', 'thing', 'things', 'bring', 'spring', 'evening', 'morning', 'wing']);
const ADJUNCT = /(?:,[”"’]?|[”"’],)\s+(\p{Ll}+ing)\b/gu;

/**
 * Ends a reported clause before a trailing participial adjunct (", citing …", ", denouncing
 * …"): the adjunct says how the speaker spoke, not what was said. The adjunct stays claimed
 * by the statement (no statement of its own) because the cue search already ran.
 */
function cutAdjunct(text: string, content: Span, quotes: readonly Quote[]): Span {
  const body = text.slice(content.start, content.end);
  ADJUNCT.lastIndex = 0;
  for (let m = ADJUNCT.exec(body); m; m = ADJUNCT.exec(body)) {
    // A closing quotation mark before the adjunct stays in the content (",” citing …").
    const closeMark = /^,?[”"’]/.exec(m[0]);
    const at = content.start + m.index + (closeMark ? closeMark[0].length : 0);
    if (NOT_ADJUNCT.has(m[1] ?? '')) continue;
    if (quotes.some((q) => q.open <= at && at < q.close)) continue;
    if (wordCount(text, { start: content.start, end: at }) < 2) continue;
    return closeMark ? { start: content.start, end: at } : trimContent(text, content.start, at);
  }
  return content;
}

/**
 * A verb's object ends before the circumstances that follow it: a comma, a day or time
 * ("endorsed X Wednesday"), the occasion ("in an interview", "during the debate"), the means
 * ("by …") or a subordinate clause ("because …"), or a second verb of the same subject ("and
 * warned …", "calling the levy “a trap” and urging …"). "for"/"of"/"to" stay: they complete the noun.
 * The time and clause words match whole words only: "in the aftermath of" does not end at "after".
 */
const OBJECT_END = /\s*,\s|\s*;|\s[—–]|\s--\s|\s-\s|\s(?:(?:on|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:in|on|last|since)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|later|last)\b|this\s+(?:week|month|year|morning)|in\s+(?:a|an|the|his|her|their|its)\s+(?:\S+\s+){0,3}?(?:interview|statement|speech|letter|op-ed|post|tweet|email|video|ad|appearance|debate|conference|rally|hearing|meeting|address|remarks|memo|filing|book|column|article)\b|in\s+(?:print|public|person|private|writing|response|recent|\d{4})\b|on\s+(?:Twitter|Facebook|Instagram|television|TV|the\s+campaign\s+trail|the\s+radio|the\s+(?:Senate|House)\s+floor)|(?:during|while|when|after|before|because|since|amid|despite)\b|by\s+(?!far\b)\p{Ll}+ing|at\s+(?:a|an|the)\s|as\s+(?:he|she|they|it|we|I|part)\s|who\s|which\s|where\s|but\s|and\s+(?:then\s+)?(?:\p{Ll}+ed|(?!(?:no|some|any|every)thing\s|during\s)\p{Ll}{3,}ing|said|says)\s)/gu;

function cutObject(text: string, content: Span, quotes: readonly Quote[]): Span {
  return cutAt(text, content, quotes, OBJECT_END);
}

/** Ends `content` at the first match of `re` outside quotations, keeping at least one word. */
function cutAt(text: string, content: Span, quotes: readonly Quote[], re: RegExp): Span {
  const body = text.slice(content.start, content.end);
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const at = content.start + m.index;
    if (quotes.some((q) => q.open <= at && at < q.close)) continue;
    // ", including …" and quotations continue the object.
    if (/^\s*,\s*(?:including|such as|[“"‘'])/.test(body.slice(m.index))) continue;
    // "a quack, a fraud and a liar": a comma inside a short list of words; so is one inside a
    // list of names ("praised Ruiz, Pell and Okafor for …", "ferries to Brask, Tessel and Vand").
    if (LOWER_WORD_LIST.test(body.slice(m.index)) || CAPITAL_LIST.test(body.slice(m.index))) continue;
    if (wordCount(text, { start: content.start, end: at }) < 1) continue;
    return trimContent(text, content.start, at);
  }
  return content;
}

/** The right-hand content holds a quotation of two or more words ("calling him “a sore loser”"). */
function quotesWords(text: string, right: RightContent, quotes: readonly Quote[]): boolean {
  const r = 'quote' in right ? quoteSpan(right.quote) : right.span;
  return quotes.some((q) => q.start >= r.start && q.start < r.end && wordCount(text, q) >= 2);
}

/** A subject strong enough to trust a verb form that is usually a noun ("Pell claims"). */
function strongSubject(np: string): boolean {
  const words = np.split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  // A determiner in front makes a complete noun phrase ("the protesters chanted").
  const determined = words.length >= 2 && /^(?:the|a|an|this|that|these|those|his|her|their|its|our|one|another|some|many|several)$/i.test(words[0] ?? '');
  return determined || STARTS_UPPER.test(words[words.length - 1] ?? '') || /^(?:al|el)-/.test(last) || PRONOUNS.has(last) || PERSON_ROLE_NOUNS.has(last) || ORGANIZATION_HEADS.has(last);
}

function trimmedLeftEdge(text: string, floor: number, pos: number): number {
  let e = pos;
  while (e > floor && isSpaceAt(text, e - 1)) e--;
  return e;
}

/**
 * The subject of the main clause before a participle ("Hours later, Pell closed the
 * harbour, telling the Courier …" → Pell): the first comma-separated segment that is not an
 * opening adverbial and has words after its subject.
 */
function mainClauseSubject(text: string, sentence: Sentence, limit: number): TextSpan | null {
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
function subjectAfterOpeningParticiple(text: string, sentence: Sentence, cue: Cue): TextSpan | null {
  if (!OPENING_SUBORDINATOR.test(text.slice(sentence.start, cue.start))) return null;
  const comma = text.indexOf(',', cue.end);
  if (comma < 0 || comma >= sentence.end || /[“”"]/.test(text.slice(cue.end, comma))) return null;
  let from = comma + 1;
  while (from < sentence.end && isSpaceAt(text, from)) from++;
  const next = text.indexOf(',', from);
  return sentenceSubjectAt(text, from, next < 0 || next > sentence.end ? sentence.end : next);
}

/** The subject at the start of a sentence, for participles with no earlier statement. */
function sentenceSubject(text: string, sentence: Sentence): TextSpan | null {
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
function sentenceSubjectAt(text: string, from: number, to: number): TextSpan | null {
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

/**
 * Sentence openers that are never subjects ("And he …", "However, she …", "Then he …",
 * "Shortly after the vote, …"): a single capitalised conjunction, adverb or quantity word.
 */
const OPENER_WORD = /^(?:And|But|Or|Nor|So|Yet|Still|Then|Now|Also|Even|Just|Only|Instead|Meanwhile|However|Indeed|Likewise|Moreover|Thus|Hence|Later|Earlier|Here|Amid|Among|Despite|Outside|Inside|Over|Under|Minutes|Hours|Days|Weeks|Months|Years|Moments|(?!Beverly$|Kimberly$)\p{Lu}\p{Ll}{3,}(?:[^l\s]ly|ally))$/u;

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

type RightContent = { quote: Quote; introduced: boolean } | { span: Span; introduced: boolean };

/**
 * Content to the right of a cue: a recipient is skipped for "tell" verbs, qualifiers
 * ("in a statement", "on Monday") are skipped, then a quotation, a colon, "that", or a
 * clause running to the end of the sentence.
 */
function rightContent(text: string, cue: Cue, end: number, quotes: readonly Quote[], allQuotes: readonly Quote[], titleCase = false): RightContent | null {
  let pos = cue.end;
  const entry = cue.entry;
  const rest = (): string => text.slice(pos, end);
  if (cue.frame === 'tell') {
    const that = /^\s+(?:[^\s,.;:“”"]+\s+){0,8}?that\s/u.exec(rest());
    if (that && !/[“"]/.test(that[0])) return clause(text, pos + that[0].length, end, true);
    // "polls show the race is tied": what follows "show" is the finding, not a recipient.
    const pronounOnly = cue.lemma === 'show' || titleCase;
    const recipient = pronounOnly ? /^\s+(?:me|us|him|her|them|you)(?=[\s,:.])/i.exec(rest()) : RECIPIENTS.exec(rest());
    // "promised a new ferry.": with nothing after it, the would-be recipient is the object.
    if (recipient && WORD_OR_OPENING_QUOTE.test(text.slice(pos + recipient[0].length, end))) pos += recipient[0].length;
  }
  // "said on the Courier’s “Harbour Hour” that …": the qualifier may hold a quoted title.
  const qualifiedThat = /^\s*,?\s+(?:in|on|during|at|via|through|to|before|after|over|from|with|late|early|last|this|earlier|later)\s+(?:[^,.;:“”"]|“[^“”]{1,50}”|"[^"]{1,50}"){1,60}?,?\s+that\s/u.exec(rest());
  if (qualifiedThat) return clause(text, pos + qualifiedThat[0].length, end, true);
  // "said, in a letter, that …" (but "added, ''I think the plan, that …''" opens a quotation).
  const asideThat = /^\s*(?:,\s*(?:(?!'')[^,.;:“”"]){1,50},|[—–]+[^—–.;“”"]{1,60}[—–]+|\s--[^.;“”"]{1,60}--)\s*that\s/u.exec(rest());
  if (asideThat) return clause(text, pos + asideThat[0].length, end, true);
  // "“…,” Pell recalled him saying.": the report is the quotation before, not "him saying".
  if (/^\s+(?:him|her|them|me|us)\s+(?:saying|say|telling|tell)\s*(?:[.;]|$)/.test(rest())) return null;
  // "said, and I quote, “…”": the writer's aside vouches for the quotation that follows.
  const iQuote = /^\s*,\s*(?:and\s+)?I\s+quote\s*(?=[,:])/.exec(rest());
  if (iQuote) pos += iQuote[0].length;
  for (let guard = 0; guard < 3; guard++) {
    const q = CUE_QUALIFIERS.exec(rest());
    if (!q || q[0].length === 0 || /^\s*,/.test(rest()) && !/,\s*$/.test(q[0])) break;
    // "said on Monday" is a qualifier; "said Ostrova" is not (handled by the name check).
    if (PLACE_PREPOSITION_AFTER.test(q[0]) && !/,\s*$|\s(?:that)\s*$/.test(q[0]) && !/^(?:\s*,?\s*(?:on|in)\s+(?:Twitter|Facebook|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December))/u.test(q[0])) break;
    pos += q[0].length;
    if (/\s$/.test(q[0])) pos--;
    // "said in a speech to the council.": a qualifier cut after its article runs on to the
    // clause's end; what follows the article is not the statement. So does one that a comma
    // or a colon separates from the quotation it introduces ("said in a statement: “…”").
    if (/(?:^|\s)(?:in|on|during|at|via|through|to|before|after|over|from)\s+(?:a|an|the|his|her|their|its)\s*$/.test(q[0])) {
      const tail = QUALIFIER_NOUN_TAIL.exec(rest());
      // Only a noun with its prepositional phrases: "in a statement the levy was unfair" reports.
      if (tail && SHORT_PHRASE_TO_END.test(tail[0]) && !/\s(?:that|and|but)\s/.test(tail[0])) pos += tail[0].length;
    }
  }
  // "asks at Brask High School, “…”": a place set off by a comma before the quotation.
  // "say about the old pier, “…”": so is the topic.
  const placeComma = PLACE_COMMA_BEFORE_QUOTE.exec(rest());
  if (placeComma) pos += placeComma[0].length;
  const r = rest();
  const quoteAt = (offset: number): Quote | undefined => quotes.find((q) => q.open === pos + offset);
  const lead = /^\s*[:,]?\s*/.exec(r)?.[0] ?? '';
  const q = quoteAt(lead.length);
  if (q && (lead.length > 0 || r.length === 0)) {
    // said “it wears me out” every time …: a quotation that opens a longer clause (not one
    // closed by its own comma, “We are ready,” before …; a headline's ‘single’ marks aside).
    if (!/[:,]/.test(lead) && q.closed && (/^[‘']$/.test(text.slice(q.open, q.start)) || !/,\s*$/.test(text.slice(q.start, q.end))) && wordCount(text, { start: q.close, end }) >= 2 && !/^[\s,.;:!?—–-]*[“"]/u.test(text.slice(q.close, end)) && !/^\s*[,—–-]/.test(text.slice(q.close, end))) {
      return clause(text, q.open, end, true);
    }
    return { quote: q, introduced: true };
  }
  if (/^\s*:\s*$/.test(r)) {
    // "Pell continued:" at the end of a paragraph: the next paragraph is the content.
    let k = end;
    while (k < text.length && isSpaceAt(text, k)) k++;
    if (k >= text.length || !/\n/.test(text.slice(end, k))) return null;
    const next = allQuotes.find((x) => x.open === k);
    if (next) return { quote: next, introduced: true };
    const lineEnd = text.indexOf('\n', k);
    return clause(text, k, lineEnd < 0 ? text.length : lineEnd, true);
  }
  const colon = /^\s*:\s*/.exec(r);
  if (colon) return clause(text, pos + colon[0].length, end, true);
  // "said that, “of course …” against …": "that" and a comma before a quotation that opens
  // a longer clause (curly, straight or doubled marks: "added that, ''the ferry …'' and …").
  const thatComma = /^\s+that\s*,\s*(?=[“"]|'')/.exec(r);
  if (thatComma) {
    const q = quotes.find((x) => x.open === pos + thatComma[0].length);
    if (q && wordCount(text, { start: q.close, end }) >= 2) return clause(text, pos + thatComma[0].length, end, true);
  }
  const that = /^\s+that\s+/.exec(r);
  if (that) return clause(text, pos + that[0].length - (that[0].length - 1 - (that[0].trimEnd().length - 1)), end, true);
  if (entry && TO_VERBS.has(entry.lemma) && /^\s+(?:not\s+)?to\s+\w/.test(r)) return clause(text, pos, end, true);
  // "asked harbour leaders to resign", "urged the board to act": the recipient and the infinitive.
  if (entry && (entry.lemma === 'ask' || entry.lemma === 'urge' || entry.lemma === 'tell' || entry.lemma === 'encourage') && INFINITIVE_AHEAD.test(text.slice(cue.end, end))) return clause(text, cue.end, end, true);
  // "asked Pell about his ties": the subject of the question.
  if (entry?.lemma === 'ask' && /^\s+about\s/.test(r)) return clause(text, pos + (/^\s+about/.exec(r)?.[0].length ?? 0), end, true);
  // "asked whether …", "wondered if …": the question is the content.
  if (entry && QUESTION_VERBS.has(entry.lemma) && /^\s+(?:whether|if|why|how|what|when|where|who)\s/.test(r)) return clause(text, pos, end, true);
  // "wants a recount", "demanded an apology": the object is what they want.
  if (entry && OBJECT_TO_VERBS.has(entry.lemma) && NOUN_PHRASE_AHEAD.test(r)) return clause(text, pos, end, false);
  // "voters see him as a fighter": a view held of someone.
  // "saw Ruiz, then 44, as the right pilot": an appositive may follow the object.
  if (entry && AS_VERBS.has(entry.lemma) && /^\s+[^,.;:“”"]{1,60}?(?:,[^,.;:“”"]{1,30},)?\s+as\s+\S/.test(r)) return clause(text, pos, end, false);
  if (entry?.needsThat || (entry && TO_VERBS.has(entry.lemma))) return null;
  if (/^\s*,/.test(r)) return null;
  if (cue.frame !== 'object' && /^\s+(?:whether|if|why|how|what|where|who)\s/.test(r)) return clause(text, pos, end, true);
  // "said Tuesday, noting …": a participle after the verb is an adjunct with its own cue.
  const ing = REPORTING_VERBS.get(LEADING_ING_WORD.exec(r)?.[1] ?? '');
  if (ing?.form === 'ing' && ing.frame !== 'object' && !AS_VERBS.has(ing.lemma) && !/^(?:know|hope|fear|feel|want|expect|plan|seem|appear)$/.test(ing.lemma)) return null;
  // "reported in 2014.", "reported two weeks later.": a time, not content.
  if (cue.frame !== 'object' && /^\s+(?:(?:in|on|at|during|since|by|early|late)\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+(?:past|morning|evening|afternoon|weekend))|(?:a\s+few|several|two|three|four|many)\s+(?:days|weeks|months|years|hours)\s+(?:later|earlier|ago)|(?:a|one)\s+(?:day|week|month|year)\s+(?:later|earlier|ago))\b[^,;:“”"]*[.!?]?\s*$/u.test(r)) return null;
  // "called in to a show", "called into the program": a phone call, not a label.
  if (entry?.lemma === 'call' && /^\s+(?:into|in\s+to|back|off)\b/.test(r)) return null;
  // "found himself in trouble", "find a way": finding oneself somewhere is not a finding.
  if (entry?.lemma === 'find' && REFLEXIVE_OR_WAY_OBJECT.test(r)) return null;
  // "said in reference to …", "said about …", "said when …": circumstances, not content.
  if (cue.frame !== 'object' && /^\s+(?:in reference|about|when|while|as(?!\s+much\b)|since|through|via|amid|despite|after|before|during|following|upon)\b/i.test(r) && !/^\s+about\s+(?:\d|half|a\s+(?:third|quarter|dozen)|one|two|three|four|five|six|seven|eight|nine|ten|twice)/i.test(r)) return null;
  // "half said so in the poll", "Pell said as much on Monday": the pro-form is the report.
  const proForm = /^\s+(so|as\s+much)\b(?!\s+(?:that|far|many|long|often|few|little|as)\b)/.exec(r);
  if (proForm?.[1] && cue.frame === 'speech') {
    const at = pos + proForm[0].length - proForm[1].length;
    return { span: { start: at, end: at + proForm[1].length }, introduced: false };
  }
  if (LEADING_WORD_OR_QUOTE.test(r)) {
    // "endorsed Pell.": a verb's object may be a single name.
    if (cue.frame === 'object' && LONE_CAPITALISED_OBJECT.test(r)) {
      const one = trimContent(text, pos, end);
      if (one.end > one.start) return { span: one, introduced: false };
    }
    return clause(text, pos, end, false);
  }
  return null;
}

function clause(text: string, start: number, end: number, introduced: boolean): { span: Span; introduced: boolean } | null {
  const s = trimContent(text, start, end);
  if (wordCount(text, s) < 2) return null;
  return { span: s, introduced };
}

/**
 * Content to the left of a subject-cue pair: the quotation right before it, or the clause
 * from the start of the sentence; a bare "Pell said." takes a quotation-only previous sentence.
 */
/**
 * Cues of intention, belief or impression, not of speech: a report they head ("the movement
 * plans to …", "it wants to …") does not bound the clause a closing attribution reports ("The
 * movement plans to protest “the toll,” the Courier reports": the Courier reports it all). Nor
 * does a finding ("Records show the pier cost “far more,” the Courier reported"), nor a
 * participle's report ("…, screaming insults and calling her “a spy,” she said in an interview").
 */
const UNSPOKEN_LEMMAS = new Set(['want', 'plan', 'hope', 'intend', 'expect', 'seek', 'decide', 'decline', 'refuse', 'agree', 'believe', 'think', 'feel', 'know', 'fear', 'worry', 'seem', 'appear']);

/** A determiner or possessive right before a quotation: "the", "a", "its", "Pell’s". */
const DETERMINER_BEFORE_QUOTE = /(?:^|[^\p{L}’'])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|\p{Lu}[\p{L}-]*(?:’s|'s))\s+$/u;

/** A subject pronoun: "a “fine plan,” he said" quotes; the pronoun is no head noun. */
const SUBJECT_PRONOUN_AHEAD = /^(?:he|she|they|it|we|i|you|one)\b/i;

/**
 * "The “Harbour First” campaign said it would sue": a name in quotation marks between a
 * determiner and the subject's lower-case head noun belongs to the subject; it is not what
 * the subject said. A quotation ending in punctuation ("a “fine plan,” he said") ends a clause.
 */
function modifiesSubject(text: string, quote: Quote, subjectStart: number): boolean {
  if (!quote.closed || !/^\s+$/.test(text.slice(quote.close, subjectStart))) return false;
  const head = text.slice(subjectStart, subjectStart + 12);
  return (
    STARTS_LOWER.test(head) &&
    !SUBJECT_PRONOUN_AHEAD.test(head) &&
    !/[,.!?;:]$/.test(text.slice(quote.start, quote.end)) &&
    DETERMINER_BEFORE_QUOTE.test(text.slice(Math.max(0, quote.open - 40), quote.open))
  );
}

function leftContent(
  text: string,
  sentence: Sentence,
  limit: number,
  quotes: readonly Quote[],
  drafts: readonly Draft[],
  previousSentence: Sentence | undefined,
  allQuotes: readonly Quote[],
  earlier: readonly Draft[],
  entry: CueEntry | null,
  limitIsSubject: boolean,
): { span: Span; quote: boolean } | null {
  // Only statements before the subject bound the left content ("“A,” X said when asked …").
  const floor = Math.max(sentence.start, ...drafts.filter((d) => !inRelativeClause(text, sentence, d) && !UNSPOKEN_LEMMAS.has(d.cueLemma ?? '') && !FINDING_VERBS.has(d.cueLemma ?? '') && d.pattern !== 'participle').map((d) => (d.cue ? d.cue.end : d.content.end)).filter((e) => e <= limit));
  const seg = trimContent(text, floor, limit);
  const before = [...quotes].reverse().find((q) => q.close <= limit && q.open >= floor);
  // "“…!” the harbour nominee, Ivo Pell, tweeted": a description may stand before the name.
  if (before && !(limitIsSubject && modifiesSubject(text, before, limit)) && (/^[\s,:—–’'-]*$/.test(text.slice(before.close, limit)) || (DESCRIPTION_BEFORE_COMMA.test(text.slice(before.close, limit)) && STARTS_CAPITALISED_WORD.test(text.slice(limit, limit + 2))))) {
    if (drafts.some((d) => d.content.start === before.start)) return null;
    // "The plan ‘will fail,’ Pell said": a quotation that ends a clause of the writer's own
    // words reports the whole clause (the quotation is not introduced by a comma or colon).
    const lead = text.slice(floor, before.open);
    if (floor === sentence.start && (ENDS_IN_WORD.test(lead) || (ENDS_IN_WORD_COMMA.test(lead) && /,/.test(lead.replace(/,\s*$/, '')) && STARTS_LOWER.test(text.slice(before.start, before.start + 1)))) && balancedQuotes(lead) && wordCount(text, { start: floor, end: before.open }) >= 2 && !quotes.some((q) => q.open >= floor && q.close <= before.open && /[:,]\s*$/.test(text.slice(floor, q.open)))) {
      const clauseStart = trimContent(text, floor, before.open).start;
      const opener = text.slice(clauseStart, before.open);
      if (!LEFT_CLAUSE_OPENERS.test(opener) && !STARTS_CAPITALISED_ING.test(opener)) return { span: { start: clauseStart, end: before.close }, quote: true };
      // "Since the ruling, the port has run “a culture of neglect,” Pell said": an opening
      // adverbial followed by a main clause that the quotation completes.
      if (/^(?:since|after|before|in|on|at|during|despite|with|for)\b/i.test(opener) && COMMA_SUBJECT_PHRASE_TAIL.test(opener) && STARTS_LOWER.test(text.slice(before.start, before.start + 1))) return { span: { start: clauseStart, end: before.close }, quote: true };
    }
    // "While the pier is shut, the board is likely to be “packed,” Pell said": after a
    // subordinate clause, the main clause the quotation completes is the report.
    const mainAfterOpener = floor === sentence.start && /^(?:while|though|although|when|if|because|even|unless|once|until|whereas)\b/i.test(text.slice(trimContent(text, floor, before.open).start, before.open)) && STARTS_LOWER.test(text.slice(before.start, before.start + 1)) ? COMMA_AND_SUBJECT_PHRASE_END.exec(lead) : null;
    if (mainAfterOpener?.[1]) return { span: { start: before.open - mainAfterOpener[1].length, end: before.close }, quote: true };
    // "Speaking on the Courier’s “Harbour Hour,” Pell said …": a title inside an opening
    // adverbial is not what the speaker said.
    if (floor === sentence.start && ENDS_IN_WORD.test(lead) && !/[“”"]/.test(lead) && wordCount(text, { start: floor, end: before.open }) >= 2) {
      const opener = text.slice(trimContent(text, floor, before.open).start, before.open);
      if ((LEFT_CLAUSE_OPENERS.test(opener) || STARTS_CAPITALISED_ING.test(opener)) && PREPOSITION_PHRASE_END.test(`${opener} `)) return null;
    }
    // "With ten ferries, “there is no single failure,” Pell said": a short prepositional
    // opening before a quotation is part of the report, after "But"/"And"/"Yet" too ("But with
    // the pier shut, “the fleet will wait,” Pell said").
    if (floor === sentence.start && /^(?:(?:But|And|Yet)\s+(?:with|without|despite|given|unlike|like)|With|Without|Despite|Given|Unlike|Like)\s[^“”"]{2,80},\s*$/u.test(text.slice(trimContent(text, floor, before.open).start, before.open))) {
      return { span: { start: trimContent(text, floor, before.open).start, end: before.close }, quote: true };
    }
    return { span: quoteSpan(before), quote: true };
  }
  if (seg.end > seg.start && wordCount(text, seg) >= 4 && floor === sentence.start) {
    // Only a clause that ends in a comma or dash right before the subject reports speech,
    // and only for verbs of saying ("…, he said"), never "Though X, the mayor maintains …".
    // "…, Pell said." / "…, as the Courier reported.": the clause ends right before the source.
    if (!/(?:[,—–:]|,\s+as)\s*$/.test(text.slice(floor, limit))) return null;
    if (!entry || (entry.frame !== 'speech' && entry.lemma !== 'tell') || entry.needsThat) return null;
    const clauseText = text.slice(seg.start, seg.end).replace(/^(?:In fact|Indeed|Still|But|And|However|Meanwhile|Yet|So|Also|Moreover|Of course|Instead|Now|Then)\s*,?\s+/, '');
    // "Shifting tides could flood the pier, Pell said": an "-ing" word that opens a clause
    // with no comma of its own is part of the subject, not a participial opener.
    const gerundSubject = STARTS_CAPITALISED_ING_SPACE.test(clauseText) && !/,/.test(clauseText.replace(/[,\s]+$/, '')) && /\s(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\s/.test(clauseText);
    if (!gerundSubject && (LEFT_CLAUSE_OPENERS.test(clauseText) || STARTS_CAPITALISED_ING.test(clauseText))) {
      // "In all, the fund is sound, Pell said": an opening adverbial followed by a main clause
      // of its own (a subject and a verb after the comma) still reports.
      const main = COMMA_AUXILIARY_CLAUSE_END.exec(clauseText.replace(/[,\s]+$/, ''));
      // "If the plan fails, the city can step in, Pell said": a subordinate clause followed
      // by a main clause of its own reports the whole sentence.
      const tail = COMMA_SUBJECT_PHRASE_END.exec(clauseText.replace(/[,\s]+$/, ''));
      if (/^(?:asked|according|speaking)\b/i.test(clauseText)) return null;
      if (!main && !tail && !COMMA_THEN_CLAUSE.test(clauseText.replace(/[,\s]+$/, ''))) return null;
    }
    return { span: seg, quote: false };
  }
  if (seg.end <= seg.start && previousSentence && previousSentence.paragraph === sentence.paragraph) {
    const only = allQuotes.find((q) => q.open >= previousSentence.start && q.close <= previousSentence.end);
    if (only && trimContent(text, previousSentence.start, only.open).end === previousSentence.start && !earlier.some((d) => d.content.start <= only.start && d.content.end >= only.end)) {
      return { span: quoteSpan(only), quote: true };
    }
  }
  return null;
}

/**
 * "The fees that Ruiz blamed on the board are legal, Pell said": a report whose subject and
 * cue sit in a relative clause ("that Ruiz blamed", "which he is expected to win") is part of
 * a noun phrase of the clause around it, which it does not end.
 */
function inRelativeClause(text: string, sentence: Sentence, d: Draft): boolean {
  if (!d.cue || d.cue.start <= sentence.start) return false;
  const at = d.mention && d.mention.start < d.cue.start ? d.mention.start : d.cue.start;
  return RELATIVE_BEFORE.test(text.slice(Math.max(sentence.start, at - 30), at));
}

const RELATIVE_BEFORE = /[\p{L}\p{N},”"'’]\s+(?:which|that|whom)\s+(?:(?:he|she|they|it|we|I)(?:[’']s|[’']re)?\s+)?$/u;

function lastCommaOutsideQuotes(text: string, from: number, to: number, quotes: readonly Quote[]): number {
  for (let i = text.lastIndexOf(',', to); i >= from; i = text.lastIndexOf(',', i - 1)) {
    if (!quotes.some((q) => q.open <= i && i < q.close)) return i;
    if (i === 0) break;
  }
  return -1;
}

/**
 * The source after "according to": up to the first punctuation, where a capital's period
 * ("notes by Ana B. Ruiz", "U.N. figures") is part of the name, not its end.
 */
const ACCORDING_SOURCE = /^\s+((?:[^,.;:()“”"]|(?<=(?:^|[\s.])\p{Lu})\.)+?)(?=\s*(?:[,;:()“”"]|(?<!(?:^|[\s.])\p{Lu})\.|$))/u;

/** A short quotation (and the words after it) that continues an "according to" source. */
const SOURCE_QUOTED_TAIL = /^\s*(?:“[^“”]{1,60}”|"[^"]{1,60}"|''(?:(?!'').){1,60}'')(?:\s+[^,.;:()“”"]{1,40}?)?(?=\s*(?:[,;:()]|\.(?!\w)|$))/u;

const SUBORDINATE_OPENER = /^\s*(?:While|Although|Though|Whereas)\s/;

function accordingTo(text: string, sentence: Sentence, cue: Cue, quotes: readonly Quote[], drafts: readonly Draft[]): Draft | null {
  const after = ACCORDING_SOURCE.exec(text.slice(cue.end, sentence.end));
  if (!after || after[1] === undefined) return null;
  const sourceStart = cue.end + after[0].length - after[1].length;
  // "according to her “pier first” plan, …", "according to his book ''Harbour Days.''": a short
  // quoted name inside the source belongs to it.
  const quotedTail = SOURCE_QUOTED_TAIL.exec(text.slice(sourceStart + after[1].length, sentence.end));
  const mention = span(text, sourceStart, sourceStart + after[1].length + (quotedTail?.[0].length ?? 0));
  const sourceEnd = mention.end;
  const before = text.slice(sentence.start, cue.start);
  let content: Span;
  if (/^\s*$/.test(before) || /^(?:\s*\S+\s*){0,2},\s*$/.test(before) && !/[“"]/.test(before)) {
    content = trimContent(text, sourceEnd, sentence.end);
  } else if (SUBORDINATE_OPENER.test(before) && /,\s*$/.test(before) && !/,/.test(before.replace(/,\s*$/, '')) && /^\s*,\s+\p{Ll}/u.test(text.slice(sourceEnd, sentence.end))) {
    // "While most were public, according to the Courier, two were secret": after a
    // subordinate clause, the source reports the main clause that follows it.
    content = cutClause(text, trimContent(text, sourceEnd, sentence.end), quotes);
  } else {
    const floor = Math.max(sentence.start, ...drafts.map((d) => d.content.end).filter((e) => e <= cue.start));
    let start = floor;
    const quoted = quotedReportBefore(text, sentence, cue, quotes, drafts, floor);
    if (quoted !== null) start = quoted;
    // "Entering the final week, the mayor leads …, according to …": the opening adverbial is
    // not part of what the source reports.
    const opening = /^\s*([^,;:“”"]{1,60}),\s+/u.exec(text.slice(floor, cue.start));
    if (opening?.[1] && (LEFT_CLAUSE_OPENERS.test(opening[1]) || STARTS_CAPITALISED_ING.test(opening[1]) || wordCount(text, { start: floor, end: floor + opening[1].length }) <= 4)) start = floor + opening[0].length;
    // "…: the mayor leads …, according to …" (not a colon inside a quoted title).
    const colon = text.lastIndexOf(': ', cue.start);
    if (colon >= start && !quotes.some((q) => q.open < colon && colon < q.close)) start = colon + 2;
    // "…, with two-thirds of the money coming from men, according to …" / "…, the level of
    // 2008, according to …": a trailing "with"-phrase or appositive is what the source gives.
    let beforeEnd = cue.start;
    while (beforeEnd > floor && /[\s,]/.test(text[beforeEnd - 1] ?? '')) beforeEnd--;
    const lastComma = lastCommaOutsideQuotes(text, floor, beforeEnd - 1, quotes);
    const tail = lastComma >= 0 ? text.slice(lastComma + 1, cue.start) : '';
    if (lastComma >= start && /,\s*$/.test(before) && /^\s*(?:with|the|a|an)\s/i.test(tail) && wordCount(text, { start: lastComma + 1, end: cue.start }) >= 3 && !/\s(?:is|are|was|were|has|have|had|will|would)\s/.test(tail)) start = lastComma + 1;
    content = trimContent(text, start, cue.start);
    // "82 percent of whom view him unfavorably according to the poll, have …": a parenthetical
    // source; otherwise an attribution inside the sentence covers the rest of it too.
    const parenthetical = !/,\s*$/.test(before) && /^\s*,/.test(text.slice(sourceEnd, sentence.end)) && lastComma >= 0;
    if (parenthetical) content = trimContent(text, lastComma + 1, cue.start);
    else if (!/,\s*$/.test(before) && cue.end < sentence.end - 1 && !/^\s*[^,]*[.!?]?\s*$/.test(text.slice(sourceEnd, sentence.end))) content = trimContent(text, start, sentence.end);
  }
  // "Pell wrote to the board, threatening “a lawsuit,” according to the letter": the source
  // reports the whole sentence whose quotation another cue introduces.
  if (wordCount(text, content) < 2) content = reportOfIntroducedQuote(text, sentence, cue.start, mention, quotes, drafts) ?? content;
  if (wordCount(text, content) < 2) return null;
  return {
    content,
    kind: kindOf(text, content, quotes),
    cue: span(text, cue.start, cue.end),
    cueLemma: 'according to',
    mention,
    pattern: 'according-to',
    sentence,
  };
}

/**
 * "Asked about the toll, Pell said: “It will go,” the Courier reported": a source named after
 * a quotation that another speaker's cue introduces (with a colon or comma) reports the whole
 * sentence, the inner speaker, cue and quotation included. Returns that span.
 */
function reportOfIntroducedQuote(text: string, sentence: Sentence, limit: number, mention: TextSpan, quotes: readonly Quote[], drafts: readonly Draft[]): Span | null {
  const inner = drafts.find((d) => d.sentence === sentence && d.kind === 'DIRECT' && d.cue !== null && d.mention !== null && d.cue.end <= d.content.start && d.content.end <= limit && /^[\s,:]*(?:[“"]|'')$/.test(text.slice(d.cue.end, d.content.start)) && quotes.some((q) => q.start === d.content.start && q.end === d.content.end) && /^[\s,.!?”"’']*$/.test(text.slice(d.content.end, limit)));
  // The inner speaker opens the sentence or its main clause ("When asked …, Pell said: …"), not
  // a clause of the writer's ("When a fan shouted, “…,” Pell said").
  if (!inner?.mention || inner.mention.start < sentence.start || !/(?:^|,)\s*$/.test(text.slice(sentence.start, inner.mention.start))) return null;
  const head = (t: string) => (t.split(/\s+/).pop() ?? '').toLowerCase();
  if (PRONOUNS.has(mention.text.toLowerCase()) || head(mention.text) === head(inner.mention.text)) return null;
  const end = limit - (/[\s,]*$/.exec(text.slice(inner.content.end, limit))?.[0].length ?? 0);
  const whole = trimContent(text, sentence.start, end);
  return wordCount(text, whole) >= wordCount(text, inner.content) + 2 ? whole : null;
}

/** Quotations up to this many words may still be embedded in the writer's clause. */
const LONG_EMBEDDED_WORDS = 20;

/**
 * "Pell said the levy was “a scandal,” the Courier reported": a source named after a nested
 * report reports all of it, the inner speaker and verb included (and a short opening
 * adverbial: "In one email, Pell wrote …, the Courier reported"). Returns the new start.
 */
function nestedReportStart(text: string, sentence: Sentence, content: Span, mention: TextSpan, drafts: readonly Draft[]): number | null {
  if (!/^[\s,]*$/.test(text.slice(content.end, mention.start).replace(/[”"’']/g, ''))) return null;
  const inner = drafts.find((d) => d.sentence === sentence && d.cue !== null && d.mention !== null && d.content.end >= content.end && d.content.end <= content.end + 2 && d.mention.start < content.start && d.cue.start < content.start);
  if (!inner?.mention) return null;
  // "Pell declared …: “…,” he said": the same speaker again quotes only the quotation.
  const head = (t: string) => (t.split(/\s+/).pop() ?? '').toLowerCase();
  if (PRONOUNS.has(mention.text.toLowerCase()) || head(mention.text) === head(inner.mention.text)) return null;
  let start = inner.mention.start;
  const lead = text.slice(sentence.start, start);
  if (/,\s*$/.test(lead) && !/[“”"]|''/.test(lead) && wordCount(text, { start: sentence.start, end: start }) <= 8) start = trimContent(text, sentence.start, start).start;
  if (drafts.some((d) => d !== inner && d.sentence === sentence && d.content.start >= start && d.content.end <= content.start)) return null;
  return start;
}

/** "Polling shows that “…,” said Ana Ruiz": the report before the quotation starts at its subject. */
function invertedReportStart(text: string, sentence: Sentence, content: Span, drafts: readonly Draft[]): number | null {
  const inner = drafts.find((d) => d.sentence === sentence && d.cue !== null && d.mention !== null && d.content.end >= content.end && d.content.end <= content.end + 2 && d.mention.start < content.start && d.cue.start < content.start);
  if (!inner?.mention) return null;
  let start = inner.mention.start;
  const lead = text.slice(sentence.start, start);
  if (/,\s*$/.test(lead) && !/[“”"]|''/.test(lead) && wordCount(text, { start: sentence.start, end: start }) <= 8) start = trimContent(text, sentence.start, start).start;
  return start;
}

/**
 * "“The levy is fair,” Pell said, according to the Courier": what the source reports is the
 * whole quoted report before it, the quotation included. Returns where that report starts.
 */
function quotedReportBefore(text: string, sentence: Sentence, cue: Cue, quotes: readonly Quote[], drafts: readonly Draft[], floor: number): number | null {
  const report = drafts.find((d) => d.kind === 'DIRECT' && d.content.end === floor && d.cue !== null && d.cue.start >= floor && d.cue.end <= cue.start && d.content.start >= sentence.start);
  if (!report) return null;
  const q = quotes.find((x) => x.start === report.content.start && x.open >= sentence.start);
  if (!q || !/,\s*$/.test(text.slice(report.cue?.end ?? cue.start, cue.start)) || /[“”"]/.test(text.slice(q.close, cue.start))) return null;
  return q.open;
}

/**
 * Quotations no cue claimed. A sentence that is only a quotation continues the previous
 * speaker when that speaker's statement is in the same or the previous paragraph (this also
 * covers multi-paragraph quotes); long quotations elsewhere become unattributed statements.
 */
function addLeftoverQuotes(text: string, sentences: readonly Sentence[], quotes: readonly Quote[], paragraphs: readonly Paragraph[], drafts: Draft[]): void {
  drafts.sort((a, b) => a.content.start - b.content.start);
  for (const q of quotes) {
    if (drafts.some((d) => d.content.start < q.end && q.start < d.content.end)) continue;
    const sentence = sentences.find((s) => s.start <= q.open && q.open < s.end);
    if (!sentence) continue;
    if (joinCoordinatedQuote(text, q, quotes, drafts)) continue;
    const resumed = resumedAfterAttribution(text, q, quotes, drafts);
    if (resumed) {
      const draft: Draft = { content: quoteSpan(q), kind: 'DIRECT', cue: resumed.cue, cueLemma: resumed.cueLemma, mention: resumed.mention, pattern: 'adjacent-quote', sentence };
      const at = drafts.findIndex((d) => d.content.start > q.start);
      drafts.splice(at < 0 ? drafts.length : at, 0, draft);
      continue;
    }
    const words = wordCount(text, q);
    // “…” ― Name: an attribution line after the quotation (epigraphs, reader quotes).
    const byline = ATTRIBUTION_DASH.exec(text.slice(q.close, Math.min(text.length, q.close + 80)));
    if (byline?.[1] !== undefined && byline[2] !== undefined) {
      const dashAt = q.close + byline[0].indexOf(byline[1]);
      const nameAt = q.close + byline[0].indexOf(byline[2], byline[0].indexOf(byline[1]) + byline[1].length);
      const draft: Draft = {
        content: quoteSpan(q),
        kind: 'DIRECT',
        cue: span(text, dashAt, dashAt + byline[1].length),
        cueLemma: 'attribution dash',
        // "- Ana Ruiz." on a line of its own: the full stop ends the line, not the name.
        mention: span(text, nameAt, nameAt + byline[2].length - (LOWER_WORD_DOT_END.test(byline[2]) ? 1 : 0)),
        pattern: 'adjacent-quote',
        sentence,
      };
      const at = drafts.findIndex((d) => d.content.start > q.start);
      drafts.splice(at < 0 ? drafts.length : at, 0, draft);
      continue;
    }
    // "Here is the mayor in 2031: “…”", "From the report: “…”": with no reporting verb, a colon
    // still introduces the quotation; the speaker is the phrase before the colon or the subject.
    const colonAt = /:\s*$/.test(text.slice(Math.max(0, q.open - 4), q.open)) ? text.lastIndexOf(':', q.open) : -1;
    // A digest's "“Headline,” by the Courier's Ana Ruiz: “…”" excerpts an article (excerpts.ts).
    if (colonAt >= 0 && bylinedExcerptAt(text, q.open)) continue;
    if (colonAt >= 0 && words >= 2) {
      const intro = sentences.filter((x) => x.start <= colonAt).pop();
      const introMention = intro && wordCount(text, { start: intro.start, end: colonAt }) <= 20 ? colonSpeaker(text, intro.start, colonAt) : null;
      if (introMention) {
        const draft: Draft = { content: quoteSpan(q), kind: 'DIRECT', cue: span(text, colonAt, colonAt + 1), cueLemma: 'colon', mention: introMention, pattern: 'colon-intro', sentence };
        const at = drafts.findIndex((d) => d.content.start > q.start);
        drafts.splice(at < 0 ? drafts.length : at, 0, draft);
        continue;
      }
    }
    if (colonAt >= sentence.start) {
      const introduced = colonQuotation(text, sentence, q, colonAt);
      if (introduced) {
        const at = drafts.findIndex((d) => d.content.start > q.start);
        drafts.splice(at < 0 ? drafts.length : at, 0, introduced);
        continue;
      }
    }
    const outside = text.slice(sentence.start, q.open) + text.slice(q.close, sentence.end);
    const quoteOnly = !LETTER_OR_DIGIT.test(outside);
    if (!quoteOnly && words < 6) {
      const embedded = embeddedStatement(text, sentence, q, drafts) ?? shownQuotation(text, sentence, q, drafts) ?? namedQuotation(text, sentence, q, drafts) ?? exclaimedBefore(text, sentence, q, drafts) ?? shoutedQuotation(text, sentence, q, drafts) ?? viewpointQuotation(text, sentence, q, drafts) ?? ownAdmissionQuotation(text, sentence, q, drafts);
      if (embedded) {
        const at = drafts.findIndex((d) => d.content.start > embedded.content.start);
        drafts.splice(at < 0 ? drafts.length : at, 0, embedded);
      }
      continue;
    }
    // "Pell argued the ferry “will never pay for itself, not in a hundred years”": a longer
    // quotation completing a clause of the writer's own is still reported from its verb.
    if (!quoteOnly && q.closed && words < LONG_EMBEDDED_WORDS && q.open > sentence.start) {
      const embedded = embeddedStatement(text, sentence, q, drafts);
      if (embedded) {
        const at = drafts.findIndex((d) => d.content.start > embedded.content.start);
        drafts.splice(at < 0 ? drafts.length : at, 0, embedded);
        continue;
      }
    }
    // A quotation that runs on into the next paragraph belongs to whoever that continuation is
    // attributed to ("“A …\n“B,” she said."); otherwise to the last speaker before it.
    const ahead = q.closed ? undefined : attributedContinuation(q, quotes, drafts);
    const previous = ahead ?? outermostBefore(drafts, q.open);
    const near = previous && (ahead !== undefined || previous.sentence.paragraph === sentence.paragraph || previous.sentence.paragraph === sentence.paragraph - 1);
    // Outside quotation-only sentences, a nearby speaker is still the best guess for a long quote.
    const continues = near && (quoteOnly || words >= 6);
    const prevParagraph = paragraphs[sentence.paragraph - 1];
    const runsOn = quotes.some((o) => !o.closed && o.paragraph === sentence.paragraph - 1) && prevParagraph !== undefined;
    // A long quotation inside a sentence with its own subject ("He anticipated … “…”") most
    // likely quotes that subject.
    const tail = q.closed ? trailingSpeaker(text, sentence, q) ?? (quoteOnly ? null : invertedLead(text, sentence, q)) : null;
    if (tail) {
      const at = drafts.findIndex((d) => d.content.start > q.start);
      drafts.splice(at < 0 ? drafts.length : at, 0, tail);
      continue;
    }
    const local = !quoteOnly && q.open > sentence.start ? mainClauseSubject(text, sentence, q.open) : null;
    if (local && (PRONOUNS.has(local.text.toLowerCase()) || STARTS_UPPER.test(local.text)) && !/^(?:The|A|An|It|This|That|There)$/.test(local.text)) {
      const draft: Draft = { content: quoteSpan(q), kind: 'DIRECT', cue: null, cueLemma: null, mention: local, pattern: 'unattributed', sentence };
      const at = drafts.findIndex((d) => d.content.start > q.start);
      drafts.splice(at < 0 ? drafts.length : at, 0, draft);
      continue;
    }
    const draft: Draft = {
      content: quoteSpan(q),
      kind: 'DIRECT',
      cue: null,
      cueLemma: null,
      mention: continues || (runsOn && previous) ? (previous?.mention ?? null) : null,
      pattern: continues || (runsOn && previous) ? 'follow-on' : 'unattributed',
      sentence,
      ...(previous && (continues || runsOn) ? { inheritsFrom: previous } : {}),
    };
    if (words < 2 && !draft.inheritsFrom) continue;
    const at = drafts.findIndex((d) => d.content.start > q.start);
    drafts.splice(at < 0 ? drafts.length : at, 0, draft);
  }
}

/**
 * "“…,” she went on.", "“…?” Pell pressed.", "“…,” Ruiz cut in, “…”": a quotation broken off
 * with a comma or question mark, then a name or pronoun and a verb of going on or breaking in,
 * is said by that subject though the verb is no reporting verb.
 */
function trailingSpeaker(text: string, sentence: Sentence, q: Quote): Draft | null {
  if (!/[,?!]\s*$/.test(text.slice(q.start, q.end))) return null;
  // "“…?” Ruiz pressed." may be split into two sentences after the question mark.
  const lineEnd = text.indexOf('\n', q.close);
  const limit = Math.max(sentence.end, Math.min(lineEnd < 0 ? text.length : lineEnd, q.close + 80));
  const m = /^\s+((?:he|she|they|I|we)|\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3})\s+(went\s+on|goes\s+on|cut\s+in|cuts\s+in|broke\s+in|pressed(?:\s+on)?|presses|sang|sings|started|began|persisted|ventured|offered)\s*(?=[.,]|$)/u.exec(text.slice(q.close, limit));
  if (!m?.[1] || !m[2] || OPENER_WORD.test(m[1])) return null;
  const nameAt = q.close + m[0].indexOf(m[1]);
  const verbAt = nameAt + m[1].length + m[0].slice(m[0].indexOf(m[1]) + m[1].length).indexOf(m[2]);
  return { content: quoteSpan(q), kind: 'DIRECT', cue: span(text, verbAt, verbAt + m[2].length), cueLemma: m[2].split(/\s+/)[0] ?? null, mention: span(text, nameAt, nameAt + m[1].length), pattern: 'adjacent-quote', sentence };
}

/**
 * "Said Ana Ruiz, who grew up by the quay, “…”", "Added Pell: “…”": a sentence opening with
 * the verb turned before its subject introduces the quotation after the comma or colon.
 */
function invertedLead(text: string, sentence: Sentence, q: Quote): Draft | null {
  const m = /^(Said|Says|Added|Adds|Asked|Asks|Explained|Noted|Recalled|Wrote|Writes|Continued|Quipped|Replied|Declared|Warned)\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})(?:\s*,\s*(?:a|an|the|who|whose|\d+)\b[^“”"]{0,160})?\s*[,:]\s*$/u.exec(text.slice(sentence.start, q.open));
  if (!m?.[1] || !m[2]) return null;
  const nameAt = sentence.start + m[1].length + m[0].slice(m[1].length).indexOf(m[2]);
  return { content: quoteSpan(q), kind: 'DIRECT', cue: span(text, sentence.start, sentence.start + m[1].length), cueLemma: REPORTING_VERBS.get(m[1].toLowerCase())?.lemma ?? m[1].toLowerCase(), mention: span(text, nameAt, nameAt + m[2].length), pattern: 'adjacent-quote', sentence };
}

/** "signs saying", "a cap reading", "chants of", "shouts of": what a crowd carried or chanted. */
const SHOWN_BEFORE = /\b(?:(?:signs?|banners?|placards?|posters?|hats?|caps?|shirts?|T-shirts?)\s+(?:saying|reading|that\s+(?:read|said)|proclaiming|declaring|of)|(?:chants?|shouts?|cries|calls)\s+of)[,:]?\s*$/u;

/**
 * "Marchers carried placards reading “Save the pier!”", "a chant of “Ruiz out!”": words shown
 * on signs or chanted by a crowd are quoted from the people carrying or chanting them, the
 * subject of the clause.
 */
function shownQuotation(text: string, sentence: Sentence, q: Quote, drafts: readonly Draft[]): Draft | null {
  const before = text.slice(Math.max(sentence.start, q.open - 60), q.open);
  const m = SHOWN_BEFORE.exec(before);
  if (!m) return null;
  const cueAt = q.open - before.length + m.index;
  if (drafts.some((d) => d.content.start < q.end && q.start < d.content.end)) return null;
  // The verb before the sign or chant ("carried placards", "joined in a loud chant"): its subject.
  const verb = /([\p{L}’'-]+)\s+(?:in\s+|with\s+)?(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/u.exec(text.slice(Math.max(sentence.start, cueAt - 60), cueAt));
  const verbAt = verb ? cueAt - Math.min(60, cueAt - sentence.start) + verb.index : cueAt;
  const subject = (verb && !/ing$/.test(verb[1] ?? '') ? subjectBefore(text, sentence, verbAt)?.mention : null) ?? mainClauseSubject(text, sentence, cueAt) ?? sentenceSubject(text, sentence);
  // "But marchers …", "A crowd of dockers …": an opener or an article alone names nobody.
  const phrase = subject && /^(?:A|An|The)$/.test(subject.text) ? /^(?:A|An|The)(?:\s+[\p{L}’'-]+){1,6}?(?=\s+(?:had|has|have|was|were|is|are|\p{Ll}+ed)\b)/u.exec(text.slice(subject.start, cueAt)) : null;
  const mention = phrase && subject ? span(text, subject.start, subject.start + phrase[0].length) : subject && !/^(?:But|And|A|An|The|It|This|That|There|Repeatedly|So|Then|Yet)$/.test(subject.text) ? subject : null;
  return { content: quoteSpan(q), kind: 'DIRECT', cue: span(text, cueAt, cueAt + m[0].trimEnd().length), cueLemma: 'shown', mention, pattern: 'embedded-quote', sentence };
}

/** "an ad titled", "ran on the slogan", "her campaign slogan is": a title or slogan follows. */
const NAMED_BEFORE = /(?:^|[^\p{L}-])(?:titled|entitled|named|slogan(?:\s+(?:is|was))?)[,:]?\s*$/u;

/**
 * "The Ruiz campaign launched an ad titled “Sinking,”", "Pell ran on the slogan “Fix the
 * Pier”": a slogan or the title its makers gave a spot is quoted from them — the slogan's
 * owner ("Ruiz’s slogan is “…”") or the clause's subject.
 */
function namedQuotation(text: string, sentence: Sentence, q: Quote, drafts: readonly Draft[]): Draft | null {
  const before = text.slice(Math.max(sentence.start, q.open - 40), q.open);
  const m = NAMED_BEFORE.exec(before);
  if (!m || drafts.some((d) => d.content.start < q.end && q.start < d.content.end)) return null;
  const cueAt = q.open - before.length + m.index + m[0].search(/\p{L}/u);
  const owner = possessorOf(text, sentence, cueAt);
  const subject = owner ?? mainClauseSubject(text, sentence, cueAt) ?? sentenceSubject(text, sentence);
  const mention = subject && !/^(?:But|And|A|An|The|It|This|That|There|So|Then|Yet)$/.test(subject.text) ? subject : null;
  return { content: quoteSpan(q), kind: 'DIRECT', cue: span(text, cueAt, cueAt + (/\p{L}[\p{L}\s]*\p{L}/u.exec(m[0])?.[0].length ?? 0)), cueLemma: 'named', mention, pattern: 'embedded-quote', sentence };
}

/**
 * "“What a day!” beamed Ivo Pell, …", "“Sunk!” blared the front page of the Brask Courier":
 * an exclamation opening its sentence, then a past-tense verb and its subject, is said by that
 * subject even when the verb ("beamed", "blared") is not a reporting verb.
 */
function exclaimedBefore(text: string, sentence: Sentence, q: Quote, drafts: readonly Draft[]): Draft | null {
  if (LETTER_OR_DIGIT.test(text.slice(sentence.start, q.open))) return null;
  // "“Call the vote,” came shouts from the gallery": the shouters after "from".
  const came = /^\s+(came)\s+(?:(?:loud|angry)\s+)?(?:shouts|cries|chants|calls|the\s+(?:reply|response|cry|shout))\s+from\s+((?:the\s+)?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,4}?)(?=\s*(?:[,.;]|$))/u.exec(text.slice(q.close, sentence.end));
  if (came?.[1] && came[2] && !drafts.some((d) => d.content.start < q.end && q.start < d.content.end)) {
    const nameAt = q.close + came[0].lastIndexOf(came[2]);
    return { content: quoteSpan(q), kind: 'DIRECT', cue: span(text, q.close + came[0].indexOf('came'), q.close + came[0].indexOf('came') + 4), cueLemma: 'come', mention: span(text, nameAt, nameAt + came[2].length), pattern: 'adjacent-quote', sentence };
  }
  if (!/[!?]\W*$/u.test(text.slice(q.start, q.close))) return null;
  const m = /^\s+(\p{Ll}{3,}ed)\s+((?:the\s+[\p{L}’'.-]+|\p{Lu}[\p{L}’'.-]*)(?:\s+[\p{L}’'.-]+){0,6}?)(?=\s*(?:[,.;]|$|\s(?:who|as|after|before|when|while)\s))/u.exec(text.slice(q.close, sentence.end));
  if (!m?.[1] || !m[2] || drafts.some((d) => d.content.start < q.end && q.start < d.content.end)) return null;
  const verbAt = q.close + m[0].indexOf(m[1]);
  const nameAt = verbAt + m[0].slice(m[0].indexOf(m[1])).indexOf(m[2]);
  return { content: quoteSpan(q), kind: 'DIRECT', cue: span(text, verbAt, verbAt + m[1].length), cueLemma: m[1], mention: span(text, nameAt, nameAt + m[2].length - (LOWER_WORD_DOT_END.test(m[2]) ? 1 : 0)), pattern: 'adjacent-quote', sentence };
}

/**
 * "… could only shout “Sunk!” at the screen", "point at the pier and cry “Shame!”": the bare
 * form of a shouting verb right before an exclamation, said by that verb's subject.
 */
function shoutedQuotation(text: string, sentence: Sentence, q: Quote, drafts: readonly Draft[]): Draft | null {
  const before = text.slice(Math.max(sentence.start, q.open - 30), q.open);
  const m = /(?:^|[^\p{L}])(shout|cry|yell|scream|holler)\s*[,:]?\s*$/u.exec(before);
  if (!m?.[1] || !/[!?]\W*$/u.test(text.slice(q.start, q.close)) || drafts.some((d) => d.content.start < q.end && q.start < d.content.end)) return null;
  const verbAt = q.open - before.length + m.index + m[0].indexOf(m[1]);
  // "This is why Ruiz cannot just … cry “…”": the subject follows "why".
  const why = /^(?:This|That|It)\s+is\s+(?:why|how)\s+/.exec(text.slice(sentence.start, verbAt));
  const mention = (why ? sentenceSubjectAt(text, sentence.start + why[0].length, verbAt) : null) ?? coordinatedSubject(text, sentence, verbAt, drafts) ?? subjectBefore(text, sentence, verbAt)?.mention ?? mainClauseSubject(text, sentence, verbAt);
  return { content: quoteSpan(q), kind: 'DIRECT', cue: span(text, verbAt, verbAt + m[1].length), cueLemma: m[1], mention, pattern: 'embedded-quote', sentence };
}

const NEXT_WORD = /^\s+(\p{Ll}+)\b(?!\s+to\b)/u;

/**
 * The verb at `verb` is followed by a particle that makes it report nothing ("showed up"),
 * not by "up to" ("polls show up to a third undecided").
 */
function nonReportingParticle(text: string, verbEnd: number, lemma: string | undefined): boolean {
  const particles = lemma ? NON_REPORTING_PARTICLES.get(lemma) : undefined;
  if (!particles) return false;
  const next = NEXT_WORD.exec(text.slice(verbEnd, verbEnd + 16));
  return next?.[1] !== undefined && particles.has(next[1]);
}

/**
 * The last statement before `pos` that is not nested in another one: after "Pell said that
 * critics were wrong. “…”", the quotation continues Pell, not the critics.
 */
function outermostBefore(drafts: readonly Draft[], pos: number): Draft | undefined {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (!d || d.content.end > pos) continue;
    // A reporting outlet ("…, the Courier reported") or a relative pronoun does not go on talking.
    const outer = drafts.find((e) => e !== d && e.cue !== null && e.mention !== null && e.pattern !== 'according-to' && e.cueLemma !== 'report' && !/^(?:who|which|that)$/i.test(e.mention.text) && e.content.start < d.content.start && e.content.end >= d.content.end && e.content.end <= pos);
    return outer ?? d;
  }
  return undefined;
}

/**
 * A short quotation inside a clause of the writer's own words (`Pell described the
 * auditor as “biased,”`): the clause from its verb to the quotation, said by the verb's subject.
 */
function embeddedStatement(text: string, sentence: Sentence, q: Quote, drafts: readonly Draft[]): Draft | null {
  // The verb may stand up to 18 words before the quotation, within its clause ("pictured the
  // old harbour office on the north side of the quay as “a ruin”"); a reporting verb is
  // preferred to a nearer -ed/-ing word ("claiming the ferry he repaired was “sound”").
  const verbs = embeddedQuoteVerbs(text, sentence.start, q, REPORTING_VERBS, 18);
  let found = verbs.reporting ?? baseAfterAuxiliary(text, sentence.start, q, verbs.verbLike);
  // "the rousing “harbour first” speech": an -ed/-ing word after a determiner is an adjective
  // or a noun, not the quotation's verb; so is a reporting verb's -ed form ("a detailed
  // “harbour plan”").
  if (found && (!REPORTING_VERBS.has(text.slice(found.verb.start, found.verb.end).toLowerCase()) || /ed$/.test(text.slice(found.verb.start, found.verb.end))) && DETERMINER_BEFORE.test(text.slice(Math.max(sentence.start, found.verb.start - 8), found.verb.start))) found = null;
  if (found && nounThenIng(text, sentence, found.verb)) found = null;
  if (found && NON_SPEECH_VERB.test(text.slice(found.verb.start, found.verb.end).toLowerCase()) && !REPORTING_VERBS.has(text.slice(found.verb.start, found.verb.end).toLowerCase())) found = null;
  // "showing off a “Pier First” cap": a particle makes the verb report nothing.
  if (found && nonReportingParticle(text, found.verb.end, REPORTING_VERBS.get(text.slice(found.verb.start, found.verb.end).toLowerCase())?.lemma)) found = null;
  // "a harbour favourite who routed the “old guard” candidate": a relative clause's own
  // action verb (not a reporting verb) describes its noun; it reports nothing.
  if (found && ED_WORD.test(text.slice(found.verb.start, found.verb.end)) && !REPORTING_VERBS.has(text.slice(found.verb.start, found.verb.end)) && WHO_WHICH_END.test(text.slice(Math.max(sentence.start, found.verb.start - 8), found.verb.start))) found = null;
  // "suggested in a radio interview that Pell was “…”": the report starts at "that".
  const that = found ? /^(?:in|on|at|during|to|before|after|with|via|over|through)\b[^“”"]{0,80}?\bthat\s/i.exec(text.slice(found.contentStart, q.open)) : null;
  if (found && that) found = { ...found, contentStart: found.contentStart + that[0].lastIndexOf('that') };
  if (!found) {
    continueNamingObject(text, sentence, q, drafts);
    return null;
  }
  if (writersLabel(text, found, q)) return null;
  // "the so called “reform”", "a detailed “harbour plan”": "so called" names, and an -ed/-ing
  // word between an article and the quotation is an adjective, not the quotation's verb.
  const leadIn = text.slice(Math.max(sentence.start, found.verb.start - 6), found.verb.start);
  if (SO_END.test(leadIn) || (ARTICLE_END.test(leadIn) && found.contentStart === q.open && !REPORTING_VERBS.has(text.slice(found.verb.start, found.verb.end).toLowerCase()))) return null;
  let end = q.close;
  const nounPhrase = modifiesNoun(text, q);
  if (nounPhrase) {
    const stop = /[,;:.!?()—–]|\s-\s|--/.exec(text.slice(q.close, sentence.end));
    end = trimContent(text, q.close, stop ? q.close + stop.index : sentence.end).end;
  } else end = runOnEnd(text, sentence, q);
  const word = text.slice(found.verb.start, found.verb.end).toLowerCase();
  const reported = REPORTING_VERBS.has(word) ? null : reportedThatClause(text, sentence, found.verb.start);
  const overlapping = (c: Span): Draft[] => drafts.filter((d) => d.content.start < c.end && c.start < d.content.end);
  // "styled herself a “quiet harbour” mayor and courted ferrymen who felt ignored …": when
  // the words after the quoted noun hold a report of their own, the noun ends before the
  // conjunction or relative pronoun that starts them.
  if (nounPhrase && overlapping({ start: found.contentStart, end }).length) {
    const conjunction = /\s(?:and|but|who|which|while|because)\s/.exec(text.slice(q.close, end));
    if (conjunction) {
      const shorter = trimContent(text, q.close, q.close + conjunction.index).end;
      if (!overlapping({ start: found.contentStart, end: shorter }).length) end = shorter;
    }
  }
  let content = { start: found.contentStart, end };
  const reporter = reported && overlapping({ start: reported.start, end }).length === 0 ? reported.cue : null;
  if (reported && reporter) content = { start: reported.start, end };
  const clashes = dropNestedTailReports(text, drafts, overlapping(content), q, end);
  if (clashes.length === 1 && clashes[0]) continueCutObject(clashes[0], found.verb, q, end);
  if (clashes.length) return null;
  // "…, calling" / "…, then calling" / "…, at one point calling the auditor a “crank”": the
  // participle hangs from the main clause (but "… – Ryan saying": the name is the subject).
  const participle = word.endsWith('ing') && CLAUSE_PUNCTUATION_OR_ADVERB_END.test(text.slice(Math.max(sentence.start, found.verb.start - 24), found.verb.start));
  const reporterSubject = reporter ? (possessorOf(text, sentence, reporter.start) ?? subjectBefore(text, sentence, reporter.start)?.mention ?? null) : null;
  const mention =
    passiveAgent(text, found.verb, q, sentence) ??
    pastConnector(
      text,
      reporterSubject ??
        pronounOwnerSubject(text, sentence, characterisedOwner(text, sentence, found, q, possessorOf(text, sentence, found.verb.start))) ??
        coordinatedSubject(text, sentence, found.verb.start, drafts) ??
        (participle ? null : subjectBefore(text, sentence, found.verb.start)?.mention) ??
        openingParticipleSubject(text, sentence, found.verb, q) ??
        (participle ? reporterBeforeParticiple(sentence, found.verb, drafts) : null) ??
        mainClauseSubject(text, sentence, found.verb.start) ??
        sentenceSubject(text, sentence),
    );
  return { content, kind: 'DIRECT', cue: span(text, found.verb.start, found.verb.end), cueLemma: REPORTING_VERBS.get(word)?.lemma ?? word, mention, pattern: 'embedded-quote', sentence };
}

/**
 * "Marchers carried banners proclaiming: “Save the pier!”", "Ruiz could not bring herself to
 * say two words: “Ivo Pell.”": a colon inside a sentence of the writer's own introduces the
 * quotation even when no speaker stands right before it; the sentence's subject is the speaker.
 */
function colonQuotation(text: string, sentence: Sentence, q: Quote, colonAt: number): Draft | null {
  if (!q.closed || wordCount(text, { start: sentence.start, end: colonAt }) < 3) return null;
  const mention = mainClauseSubject(text, sentence, colonAt) ?? sentenceSubject(text, sentence);
  return { content: quoteSpan(q), kind: 'DIRECT', cue: span(text, colonAt, colonAt + 1), cueLemma: 'colon', mention, pattern: 'colon-intro', sentence };
}

/**
 * "the levy, often labelled a “tax on the poor” by fishermen": after a past participle, the
 * "by" phrase following the quotation names who said it.
 */
function passiveAgent(text: string, verb: Span, q: Quote, sentence: Sentence): TextSpan | null {
  if (!/(?:ed|known|seen|called)$/i.test(text.slice(verb.start, verb.end))) return null;
  const m = /^\s*,?\s+by\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.-]*){0,4}|(?:the|some|many|his|her|their)\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)(?=[\s,.;:!?]|$)/u.exec(text.slice(q.close, sentence.end));
  if (!m?.[1]) return null;
  const at = q.close + m[0].length - m[1].length;
  return span(text, at, at + m[1].length);
}

/**
 * "Pell waved off Ruiz's remarks as “harbour gossip”": a possessed cue noun followed by "as"
 * is the object of a characterising verb; the clause's subject, not the owner, said it.
 */
function characterisedOwner(text: string, sentence: Sentence, found: { verb: Span; contentStart: number }, q: Quote, owner: TextSpan | null): TextSpan | null {
  if (!owner || !/^\s+as\s+$|^\s+as\s+(?:a|an|the)\s+$/.test(text.slice(found.verb.end, q.open))) return owner;
  const lead = text.slice(sentence.start, owner.start);
  if (!/\p{Ll}{2,}\s+$/u.test(lead) || /(?:^|\s)(?:of|for|to|in|on|at|by|with|from|about|and|or)\s+$/i.test(lead)) return owner;
  const subject = mainClauseSubject(text, sentence, owner.start);
  return subject && subject.end < owner.start && !/^(?:The|A|An|It|This|That|There)$/.test(subject.text) ? subject : owner;
}

/**
 * "trawler crews facing a new “harbour tax”": an -ing word (not a reporting verb) right
 * after a noun describes that noun; it does not report the quotation.
 */
function nounThenIng(text: string, sentence: Sentence, verb: Span): boolean {
  const word = text.slice(verb.start, verb.end);
  if (!/^\p{Ll}+ing$/u.test(word) || REPORTING_VERBS.has(word)) return false;
  const prev = /(\p{Ll}[\p{L}’'-]*)\s+$/u.exec(text.slice(Math.max(sentence.start, verb.start - 30), verb.start))?.[1];
  if (!prev || AUXILIARIES.has(prev) || PARTICIPLE_OPENERS.has(prev) || BE_FORMS.has(prev) || DETERMINER_OR_PREPOSITION.has(prev) || NOT_SUBJECT_END.has(prev) || /ly$/.test(prev)) return false;
  return /(?:[^s]s|ers|ees|ants|ents|ists|ple|ms)$/.test(prev);
}

/**
 * "Pell again pressed his plan for a “fair levy”": a possessive pronoun owning the cue noun
 * stands for the clause's subject, which is the speaker.
 */
function pronounOwnerSubject(text: string, sentence: Sentence, owner: TextSpan | null): TextSpan | null {
  if (!owner || !/^(?:his|her|their|its)$/i.test(owner.text)) return owner;
  return subjectOfClauseAt(text, sentence, owner.start) ?? owner;
}

/** The subject of the clause a position lies in: a name or pronoun right before its verb group. */
function subjectOfClauseAt(text: string, sentence: Sentence, pos: number): TextSpan | null {
  const lead = text.slice(sentence.start, pos);
  const m = /(?:^|[,;:]\s+|\b(?:and|but|that)\s+)((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*|he|she|they|it|He|She|They|It)\s+(?:(?:has|have|had|also|again|then|once|still|\p{Ll}+ly)\s+)*(\p{Ll}+(?:ed|s))\s+(?:[\p{Ll}-]+\s+){0,3}$/u.exec(lead);
  if (!m?.[1] || /^(?:The|A|An|This|That|There)$/.test(m[1])) return null;
  const at = sentence.start + m.index + m[0].indexOf(m[1]);
  return span(text, at, at + m[1].length);
}

/**
 * "Pell served as the board's “fixer”", "crews were working on a “rescue plan”": verbs of
 * doing, moving, lasting or owning never introduce what someone said.
 */
const NON_SPEECH_VERB = /^(?:serv|help|depend|reach|launch|wear|join|work|runn|remain|creat|result|combin|click|activat|diagnos|spearhead|travel|driv|walk|liv|buy|sell|pay|spend|spent|build|eat|sitt|grow|fund|manag|operat|hir|fir|mov|stay|arriv|leav|visit|attend|host|fail|earn|discard|wav|crush)(?:e|es|ed|ing|s|ning|ned)?$|^(?:stud(?:y|ies|ied|ying)|regarding|concerning)$/;

const DETERMINER_BEFORE = /(?:^|[^\p{L}’'])(?:a|an|the|his|her|their|its|our|my|your)\s+$/iu;

/**
 * "Granting that the levy “hurt some boats,” though, Ruiz defended it": a participle opening
 * the sentence hangs from the main clause after its phrase, whose subject said the quotation.
 */
function openingParticipleSubject(text: string, sentence: Sentence, verb: Span, q: Quote): TextSpan | null {
  if (!/ing$/i.test(text.slice(verb.start, verb.end)) || !/^\s*(?:(?:And|But)\s+)?(?:(?:[Ii]n|[Aa]fter|[Ww]hile|[Bb]y|[Ww]hen|[Bb]efore|[Oo]n|[Ss]ince)\s+)?$/.test(text.slice(sentence.start, verb.start))) return null;
  const comma = /^[^,;:—–“”"]*?,\s*(?:(?:though|however|too|then|still)\s*,\s*)?/.exec(text.slice(q.close, sentence.end));
  if (!comma) return null;
  const subject = sentenceSubjectAt(text, q.close + comma[0].length, sentence.end);
  return subject && !/^(?:The|A|An|It|This|That|There)$/.test(subject.text) ? subject : null;
}

/**
 * "“Not today,” Pell said, instead urging a “fair levy”": a participle after a reporting
 * clause of its sentence shares that clause's speaker.
 */
function reporterBeforeParticiple(sentence: Sentence, verb: Span, drafts: readonly Draft[]): TextSpan | null {
  const d = [...drafts].reverse().find((x) => x.sentence.start === sentence.start && x.cue !== null && x.cue.end <= verb.start && x.mention !== null && x.pattern !== 'according-to');
  return d?.mention ?? null;
}

/**
 * `boasted that the council had scrapped the “harbour levy”`: when the verb nearest a short
 * quotation is not a reporting verb, a reporting verb or noun a few words before a "that"
 * earlier in the sentence introduces the whole clause. Returns where "that" starts.
 */
function reportedThatClause(text: string, sentence: Sentence, verbStart: number): { start: number; cue: TextSpan } | null {
  const lead = text.slice(sentence.start, verbStart);
  let that = -1;
  for (const m of lead.matchAll(/\bthat\s/g)) that = m.index ?? -1;
  if (that < 0 || /[;:“”"]|\s[—–]\s|\s--\s/.test(lead.slice(that))) return null;
  const cue = [...lead.slice(0, that).matchAll(/[\p{L}’'-]+/gu)].slice(-5).reverse().find((m) => REPORTING_VERBS.has(m[0].toLowerCase()) || NOMINAL_CUES.has(m[0].toLowerCase()));
  if (!cue || cue.index === undefined) return null;
  const at = sentence.start + cue.index;
  return { start: sentence.start + that, cue: span(text, at, at + cue[0].length) };
}

/**
 * A subject reader stopping on a sentence connector ("But he …", "And, she …") means the
 * pronoun after it; a connector alone names no one.
 */
function pastConnector(text: string, mention: TextSpan | null): TextSpan | null {
  if (!mention || !/^(?:And|But|Yet|So|Instead|Also|Still|However|Meanwhile|Then|Now|Even|There|What|Amid)$/.test(mention.text)) return mention;
  const m = /^\s*,?\s*(he|she|they|we|it|I)\b/.exec(text.slice(mention.end, mention.end + 12));
  if (!m?.[1]) return null;
  const at = mention.end + m[0].length - m[1].length;
  return span(text, at, at + m[1].length);
}

/**
 * "Pell vowed to “take the fight” in every harbour town": a quotation that does not close on
 * its own punctuation and is followed by a prepositional phrase of its clause leaves the report
 * running on to the clause's end.
 */
function runOnEnd(text: string, sentence: Sentence, q: Quote): number {
  if (!runsOnAfterQuote(text, q)) return q.close;
  const stop = /[,;:.!?()—–]|\s-\s|--|\s(?:but|while|which|who|whom|whose|as|when|because|although|though|after|before|if|unless|and\s+(?:he|she|they|it|we|i))\s/i.exec(text.slice(q.close, sentence.end));
  return trimContent(text, q.close, stop ? q.close + stop.index : sentence.end).end;
}

/** The quotation has no closing punctuation of its own and a prepositional phrase follows it. */
function runsOnAfterQuote(text: string, q: Quote): boolean {
  return !/[,.;:!?]\s*$|[!?]/.test(text.slice(q.start, q.end)) && /^\s+(?:in|of|on|for|from|with|at|during|over|into|about|against|since|until|through|between|among|toward|towards|than|without|under|across|despite)\s/.test(text.slice(q.close, q.close + 12));
}

/**
 * "Pell called the pier plan on Sunday “reckless.”": the verb's object was cut before a
 * circumstance, leaving the quotation the verb governs outside it; the statement runs on over
 * the quotation and, now quoting, is DIRECT.
 */
/**
 * "Lind has warned against “a panic” in the way the board responds to floods": an indirect
 * report found inside the words that finish the quotation's clause is part of that clause;
 * it is dropped so the outer report stands. Returns the clashes that remain.
 */
function dropNestedTailReports(text: string, drafts: readonly Draft[], clashes: Draft[], q: Quote, end: number): Draft[] {
  // "… as a “fighter” and made an appeal to those who felt …": a second predicate is not a tail.
  const nested = clashes.filter((d) => d.kind === 'INDIRECT' && d.content.start >= q.close && d.content.end <= end && d.cue !== null && d.cue.start >= q.close && !/\s(?:and|but)\s/.test(text.slice(q.close, d.cue.start)));
  if (nested.length !== clashes.length) return clashes;
  for (const d of nested) (drafts as Draft[]).splice(drafts.indexOf(d), 1);
  return [];
}

function continueCutObject(d: Draft, verb: Span, q: Quote, end: number): void {
  if (d.kind !== 'INDIRECT' || d.cue?.start !== verb.start || d.content.start < verb.end || d.content.end > q.open) return;
  d.content = { start: d.content.start, end };
  d.kind = 'DIRECT';
}

const NAMING_LEMMAS = new Set(['call', 'name', 'dub', 'label', 'brand', 'term', 'describe', 'portray', 'characterize', 'characterise', 'cast', 'deem', 'declare', 'pronounce']);

/**
 * "Pell called Ruiz, his rival of ten years, “a menace.”" / "… called him, among other things,
 * “a fraud.”": the naming verb's object was cut at an apposition or aside; the quotation after
 * it completes the report.
 */
function continueNamingObject(text: string, sentence: Sentence, q: Quote, drafts: readonly Draft[]): void {
  const d = [...drafts].reverse().find((x) => x.sentence === sentence && x.content.end <= q.open);
  if (!d || d.kind !== 'INDIRECT' || !d.cueLemma) return;
  const gap = text.slice(d.content.end, q.open);
  // "argued the pier, which the board owns, “cannot stand”": a relative clause set off by
  // commas interrupts any report's clause, which runs on through the quotation.
  const relative = /^,\s+(?:which|who|whose)\s[^.;:!?“”"()]*,\s*$/.test(gap) && wordCount(text, { start: d.content.end, end: q.open }) <= 12;
  if (!relative && !namedAs(text, d, gap) && (!NAMING_LEMMAS.has(d.cueLemma) || !/^,(?:[^.;:!?“”"()]|(?<=\s\p{Lu})\.)*,\s*$/u.test(gap) || wordCount(text, { start: d.content.end, end: q.open }) > 6)) return;
  d.content = { start: d.content.start, end: runOnEnd(text, sentence, q) };
  d.kind = 'DIRECT';
}

const AS_LEMMAS = new Set([...NAMING_LEMMAS, 'refer to', 'mock', 'dismiss', 'depict', 'paint', 'rank', 'list', 'see', 'view', 'regard']);

/**
 * "Pell portrayed the dockers, in particular, as “thieves”": a verb that names its object "as"
 * something; the object was cut at an aside, and "as" and the quotation complete the report.
 */
function namedAs(text: string, d: Draft, gap: string): boolean {
  return AS_LEMMAS.has(d.cueLemma ?? '') && /^,[^.;:!?“”"()]*,\s*as\s+$/.test(gap) && wordCount(text, { start: d.content.end, end: d.content.end + gap.length }) <= 8;
}

/**
 * "Pell’s promise to “fix the pier”", "his calls for a “fair levy”": a cue word after a
 * possessive is a noun, and the possessor is its speaker.
 */
function possessorOf(text: string, sentence: Sentence, cueStart: number): TextSpan | null {
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
function coordinatedSubject(text: string, sentence: Sentence, verbStart: number, drafts: readonly Draft[]): TextSpan | null {
  if (!/\s(?:and|but)\s+(?:\p{Ll}+ly\s+|then\s+|also\s+)?$/u.test(text.slice(Math.max(sentence.start, verbStart - 20), verbStart))) return null;
  const earlier = [...drafts].reverse().find((d) => d.sentence.start === sentence.start && d.content.end <= verbStart && d.mention);
  return earlier?.mention ?? null;
}

/** The speaker a colon introduces: a name or source phrase right before it, else the subject. */
function colonSpeaker(text: string, start: number, colon: number): TextSpan | null {
  const np = nounPhraseBefore(text, start, colon);
  // "Ruiz took the line of most skippers on the quay: “…”": a noun phrase inside a
  // prepositional phrase is not the speaker; the sentence's subject is.
  const inPhrase = np !== null && /\b(?:in|on|at|among|to|from|with|for|about|into|over)\s+(?:(?:the|a|an|his|her|their|its|some|many)\s+)?$/i.test(text.slice(Math.max(start, np.start - 20), np.start));
  if (np && !inPhrase) {
    const last = np.text.split(/\s+/).pop() ?? '';
    const isTime = TIME_WORDS.test(last) || /^\d/.test(last);
    if (!isTime && (STARTS_UPPER.test(last) || PERSON_ROLE_NOUNS.has(last.toLowerCase()) || ORGANIZATION_HEADS.has(last.toLowerCase()))) return np;
  }
  const subject = sentenceSubjectAt(text, start, colon);
  // "Listen, it gets worse:", "Each election cycle, …:": an opening word is not a speaker.
  if (!subject || /^(?:The|A|An|This|That|It|Here|There|Wait|Yes|No|Well|Each|Every|Any|Name)$/.test(subject.text) || OPENER_WORD.test(subject.text) || TIME_WORDS.test(subject.text) || LEFT_CLAUSE_OPENERS.test(subject.text)) return null;
  return subject;
}

/** The first statement with a cue along a chain of run-on quotations starting after `q`. */
function attributedContinuation(q: Quote, quotes: readonly Quote[], drafts: readonly Draft[]): Draft | undefined {
  let current = q;
  for (let guard = 0; guard < 10 && !current.closed; guard++) {
    const next = quotes.find((o) => o.paragraph === current.paragraph + 1);
    if (!next) return undefined;
    const owner = drafts.find((d) => d.cue && d.content.start === next.start);
    if (owner) return owner;
    current = next;
  }
  return undefined;
}

const NOMINAL_RE = new RegExp(String.raw`\b(${[...NOMINAL_CUES.keys()].join('|')})\s+(of|about|over|on|against|for|to|that)\s+`, 'g');
// The possessor before a nominal cue, allowing two adjectives: "Pell’s (recent) (baseless) claim".
const POSSESSOR_RE = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?:’s|'s|’)|his|her|their|its)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;

/**
 * "Pell’s attacks on the toll", "questions about his accounts": nominal reports. The content is
 * the phrase after the preposition up to the end of its clause; the possessor, if written, is
 * the speaker. Only places no other statement covers are considered, save a "that"-clause that
 * quotes (`mocked Pell’s claim that the council “sold the harbour”`): a report of its own.
 */
const RELATIVE_THAT_VERB = /^(?:could|would|will|may|might|can|should|must|is|was|are|were|has|have|had|\p{Ll}+ed)\b/u;

function addNominalReports(text: string, sentences: readonly Sentence[], quotesByParagraph: readonly (readonly Quote[])[], drafts: Draft[]): void {
  const added: Draft[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    NOMINAL_RE.lastIndex = 0;
    for (let m = NOMINAL_RE.exec(body); m; m = NOMINAL_RE.exec(body)) {
      const noun = m[1] ?? '';
      const prep = m[2] ?? '';
      if (!NOMINAL_CUES.get(noun)?.includes(prep)) continue;
      const nounAt = sentence.start + m.index;
      const contentStart = nounAt + m[0].length;
      // "a report that could sink the levy": a relative "that" is followed by its verb.
      if (prep === 'that' && RELATIVE_THAT_VERB.test(text.slice(contentStart, contentStart + 20))) continue;
      const quotes = quotesByParagraph[sentence.paragraph] ?? [];
      if (quotes.some((q) => q.open <= nounAt && nounAt < q.close)) continue;
      if (added.some((d) => d.content.end > nounAt && d.sentence === sentence)) continue;
      const covered = drafts.some((d) => d.content.start <= contentStart && contentStart < d.content.end);
      if (covered && prep !== 'that') continue;
      // The phrase ends at punctuation, a conjunction or the sentence's verb ("… has grown").
      const stop = /[,;:()]|\s[—–]\s|\s(?:and|but|while|because|as|which|who|that|is|was|are|were|has|have|had|will|would|could|can|did|does|do|may|might|must|should|drew|grew|came|went|made|got)\s|[.!?]\s*$/u.exec(text.slice(contentStart, sentence.end));
      // "his claim that the toll is illegal": a "that"-clause runs like any reported clause.
      // "the decision to close the pier angered …": an infinitive ends at the sentence's verb.
      const pastVerb = prep === 'to' ? /\s\p{Ll}{3,}ed\s/u.exec(text.slice(contentStart, sentence.end)) : null;
      const stopAt = Math.min(stop ? stop.index : Infinity, pastVerb ? pastVerb.index : Infinity);
      const content = prep === 'that' ? cutClause(text, trimContent(text, contentStart, sentence.end), quotes) : trimContent(text, contentStart, Number.isFinite(stopAt) ? contentStart + stopAt : sentence.end);
      // A "that"-clause runs to its sentence's end, so it may be longer than a noun phrase.
      const words = wordCount(text, content);
      if (words < 1 || words > (prep === 'that' ? 40 : 25)) continue;
      // "was stung by Ruiz’s claim that his acts were “sloppy”": a "that"-clause inside
      // another statement is a report of its own when it quotes before any clause punctuation
      // (a quotation after a comma, ", as “pure theatre”", is the outer speaker's).
      if (covered && (!quotes.some((q) => q.open >= content.start && q.open < content.end && !/[,;:—–]/.test(text.slice(content.start, q.open))) || drafts.some((d) => d.content.start === content.start))) continue;
      const windowStart = Math.max(sentence.start, nounAt - 80);
      const possessor = POSSESSOR_RE.exec(text.slice(windowStart, nounAt));
      const owner = possessor?.[1];
      const ownerAt = owner && possessor ? windowStart + possessor.index + possessor[0].indexOf(owner) : -1;
      const mention = owner ? span(text, ownerAt, ownerAt + owner.length - (/(?:’s|'s)$/.test(owner) ? 2 : /’$/.test(owner) ? 1 : 0)) : null;
      added.push({
        content,
        kind: kindOf(text, content, quotes),
        cue: span(text, nounAt, contentStart - 1),
        cueLemma: `${noun} ${prep}`,
        mention,
        pattern: 'clause',
        sentence,
      });
    }
  }
  for (const d of added) {
    const at = drafts.findIndex((x) => x.content.start > d.content.start);
    drafts.splice(at < 0 ? drafts.length : at, 0, d);
  }
}

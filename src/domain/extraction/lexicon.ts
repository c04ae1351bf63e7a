/**
 * Word lists for attribution: reporting verbs with their inflections, phrasal cues, and the
 * small closed classes (pronouns, auxiliaries, determiners, titles) the extractor needs to
 * find the subject of a cue. Everything is plain data so it can be reviewed and extended
 * without touching the matching code.
 */

/** How a reporting verb takes its content. */
export type CueFrame =
  /** "said (that) ...", "said: ...", and also "..., he said." */
  | 'speech'
  /** "told Y (that) ...": a recipient comes between the verb and the content. */
  | 'tell'
  /** "criticized the decision ...": content is the object, never a trailing clause. */
  | 'object';

export interface CueEntry {
  lemma: string;
  frame: CueFrame;
  /**
   * The form is also a common noun or adjective ("claims", "reported", "call"), so it only
   * counts as a cue when the word before it could end a subject.
   */
  ambiguous: boolean;
  form: 'base' | 's' | 'ed' | 'ing';
  /**
   * The verb has many non-reporting senses ("maintain relations", "continued to rise"), so
   * content to its right counts only after "that", a colon or a quotation.
   */
  needsThat: boolean;
}

// Each lemma is listed with its frame; irregular forms are given as "lemma:past:participle".
// Lemmas whose forms double as nouns are marked with a trailing "*"; lemmas marked "^" only
// report when a "that"-clause, colon or quotation follows.
const SPEECH_VERBS = `
say:said:said tell:told:told add note* explain argue claim* insist warn acknowledge admit:admitted
confirm deny:denied announce state* declare assert maintain contend suggest report* write:wrote:written
tweet* post* predict promise* pledge* vow* concede recall* reply:replied respond answer* ask remark*
observe reiterate stress* emphasize emphasise complain allege believe think:thought hope* fear* worry:worried
expect estimate* conclude reveal disclose indicate signal* testify:testified caution* urge demand* propose
recommend agree disagree dispute* counter* retort* quip:quipped joke* boast* brag:bragged charge* concur:concurred
question* doubt* mention* comment* speculate wonder muse clarify:clarified elaborate continue lament regret:regretted
reckon guess* feel:felt know:knew:known learn realize realise recount assure inform notify:notified
remind threaten acknowledge contend theorize theorise hint* imply:implied intimate opine surmise affirm
proclaim exclaim shout* yell* scream* cry:cried whisper* mutter* grumble sigh* laugh* scoff* snap:snapped
fire:fired rail* seethe fume* gush* rave* protest* object* plead* beg:begged implore counsel* advise
forecast:forecast:forecast project* calculate figure* find:found:found show:showed:shown determine
testify:testified swear:swore:sworn attest certify:certified verify:verified guarantee* predict insist
concede recollect reaffirm reassure repeat* restate retort summarize summarise describe characterize
characterise preach* lecture* read:read:read recite write:wrote:written text* email* message* blog*
editorialize editorialise concede announce conjecture* presume assume suppose suspect* understand:understood
bark* chant* holler* bellow* growl* roar* thunder* gripe* moan* groan* cheer* sneer* jeer* taunt* tease* interject
interrupt echo* confess confide quote* rule* gloat demur:demurred retaliate decline refuse:refused want* plan:planned* intend seem appear offer* gasp* marvel:marveled rant* vent* huff* retort quip:quipped pronounce exhort
`;

const TELL_VERBS = `
tell:told:told inform notify:notified assure reassure remind warn advise caution* brief* promise* convince
persuade urge ask instruct  show:showed:shown encourage
`;

const OBJECT_VERBS = `
criticize criticise condemn denounce slam:slammed blast* praise* defend highlight* underline* underscore*
call* label:labeled label:labelled dub:dubbed term* brand* decry:decried reject dismiss mock* ridicule*
blame* accuse fault* applaud hail* welcome* endorse  support* oppose tout* champion* laud* commend
 congratulate question* challenge* attack* lambaste berate chide rebuke* scold castigate assail
disparage lampoon deride describe characterize characterise portray cite reference* mention* discuss
  acknowledge express* voice* reiterate lament deplore bemoan recommend propose demand*
request* seek:sought:sought announce unveil   order* threaten promise* vow* pledge*
predict forecast:forecast:forecast estimate* reveal disclose recount detail* outline* explain
back* favor* favour* prefer:preferred oppose liken compare thank nominate recognize recognise
trash* target* embrace ignore debunk
see:saw:seen view* regard* consider decide
`;

const IRREGULAR_S: Record<string, string> = { say: 'says' };

const BASE_FORM_LEMMAS = new Set(
  `say tell think believe know want argue claim insist agree worry fear hope expect feel contend predict
  suspect doubt wonder recall acknowledge admit warn complain question ask urge demand see call
  support oppose favor favour prefer back endorse view regard consider show find suggest indicate reveal
  blast slam attack praise criticize criticise reject vow pledge promise deny defend declare announce
  accuse blame hail mock note describe`.split(/\s+/),
);

const NEEDS_THAT = new Set(
  `rule figure
  continue repeat read calculate reckon guess expect hold mention decline refuse
  want plan intend seem appear offer see view regard consider decide`.split(/\s+/),
);

function parseLemmaList(list: string): { lemma: string; past?: string; participle?: string; ambiguous: boolean }[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((item) => {
      const ambiguous = item.endsWith('*');
      const [lemma = '', past, participle] = item.replace(/\*$/, '').split(':');
      return { lemma, past, participle, ambiguous };
    });
}

const VOWELS = /[aeiou]/;

/** Regular English inflections, close enough for verbs in this lexicon. */
function inflect(lemma: string, past?: string, participle?: string): { form: string; tag: CueEntry['form'] }[] {
  const last = lemma.slice(-1);
  const s = IRREGULAR_S[lemma] ?? (/(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`);
  let ed: string;
  let ing: string;
  if (last === 'e') {
    ed = `${lemma}d`;
    ing = lemma.endsWith('ee') ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`;
  } else if (/[^aeiou]y$/.test(lemma)) {
    ed = `${lemma.slice(0, -1)}ied`;
    ing = `${lemma}ing`;
  } else {
    // A listed past ending in a doubled consonant ("admitted") tells us to double for -ing too.
    const doubled = past && past.endsWith(`${last}${last}ed`) && VOWELS.test(lemma.slice(-2, -1));
    ed = `${lemma}ed`;
    ing = doubled ? `${lemma}${last}ing` : `${lemma}ing`;
  }
  const forms: { form: string; tag: CueEntry['form'] }[] = [
    { form: lemma, tag: 'base' },
    { form: s, tag: 's' },
    { form: past ?? ed, tag: 'ed' },
    { form: ing, tag: 'ing' },
  ];
  if (participle && participle !== (past ?? ed)) forms.push({ form: participle, tag: 'ed' });
  return forms;
}

/**
 * Base forms left out of the lexicon (they are nouns too often on their own) that still are
 * verbs right after a modal, "to" or "did": "Pell would denounce “…”", "went on to promote “…”".
 */
const BASE_AFTER_AUXILIARY = new Map<string, CueEntry>();

/** Verb forms that are prepositions in news text: "a probe regarding the “lost” files". */
const PREPOSITION_FORMS = new Set(['regarding']);

function buildVerbLexicon(): Map<string, CueEntry> {
  const lexicon = new Map<string, CueEntry>();
  const lists: [string, CueFrame][] = [
    [TELL_VERBS, 'tell'],
    [SPEECH_VERBS, 'speech'],
    [OBJECT_VERBS, 'object'],
  ];
  for (const [list, frame] of lists) {
    for (const { lemma, past, participle, ambiguous } of parseLemmaList(list)) {
      for (const { form, tag } of inflect(lemma, past, participle)) {
        // First list wins: a verb that can take a recipient is matched as 'tell'.
        if (lexicon.has(form) || PREPOSITION_FORMS.has(form)) continue;
        // Base forms and -s forms of noun-like lemmas are nouns far more often than verbs.
        const isAmbiguous = ambiguous && (tag === 'base' || tag === 's' || tag === 'ed');
        // Bare base forms report only for verbs people use with plural subjects ("voters say").
        if (tag === 'base' && !BASE_FORM_LEMMAS.has(lemma)) {
          if (!BASE_AFTER_AUXILIARY.has(form)) BASE_AFTER_AUXILIARY.set(form, { lemma, frame, ambiguous: true, form: 'base', needsThat: NEEDS_THAT.has(lemma) });
          continue;
        }
        lexicon.set(form, { lemma, frame, ambiguous: isAmbiguous || tag === 'base', form: tag, needsThat: NEEDS_THAT.has(lemma) });
      }
    }
  }
  return lexicon;
}

/** Every inflected reporting-verb form, lower-case, mapped to its entry. */
export const REPORTING_VERBS: ReadonlyMap<string, CueEntry> = buildVerbLexicon();

/** Reporting-verb base forms that count only after a modal, "to" or "did" (filled with the lexicon). */
export const BASE_FORMS_AFTER_AUXILIARY: ReadonlyMap<string, CueEntry> = BASE_AFTER_AUXILIARY;

/**
 * Bare forms of every speech verb ("quip", "add"), for a verb after a modal that introduces a
 * quotation ("could only quip: “…”"); the lexicon keeps only a few bare forms.
 */
export const SPEECH_BASE_FORMS: ReadonlyMap<string, CueEntry> = new Map(
  parseLemmaList(SPEECH_VERBS).map(({ lemma }) => [lemma, { lemma, frame: 'speech' as const, ambiguous: false, form: 'base' as const, needsThat: true }]),
);

/**
 * Multi-word cues that are not "subject + verb": the source follows the phrase
 * ("according to X") or the phrase qualifies another cue ("X said in a statement").
 */
export const SOURCE_FIRST_PHRASES: readonly string[] = ['according to', 'as reported by', 'as quoted by', 'in the words of'];

/**
 * Particles that turn a reporting verb into a verb that reports nothing: "showed up at the
 * pier", "showing off a “Pier First” cap", "fired up the crowd", "was shouted down by the
 * dockers". ("Wrote off the deal as “reckless”" still reports a judgement.)
 */
export const NON_REPORTING_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['show', new Set(['up', 'off'])],
  ['fire', new Set(['up'])],
  ['shout', new Set(['down'])],
]);

/** Particles that turn a verb into a reporting cue ("pointed out", "went on to say"). */
function verbForms(forms: string[], particle: string, lemma: string): { words: string[]; lemma: string; frame: CueFrame }[] {
  return forms.map((form) => ({ words: [form, particle], lemma, frame: 'object' as const }));
}

export const PHRASAL_CUES: readonly { words: string[]; lemma: string; frame: CueFrame }[] = [
  { words: ['pointed', 'out'], lemma: 'point out', frame: 'speech' },
  { words: ['points', 'out'], lemma: 'point out', frame: 'speech' },
  { words: ['pointing', 'out'], lemma: 'point out', frame: 'speech' },
  { words: ['point', 'out'], lemma: 'point out', frame: 'speech' },
  { words: ['made', 'clear'], lemma: 'make clear', frame: 'speech' },
  { words: ['made', 'it', 'clear'], lemma: 'make clear', frame: 'speech' },
  { words: ['makes', 'clear'], lemma: 'make clear', frame: 'speech' },
  { words: ['making', 'clear'], lemma: 'make clear', frame: 'speech' },
  { words: ['went', 'on', 'to', 'say'], lemma: 'go on to say', frame: 'speech' },
  { words: ['goes', 'on', 'to', 'say'], lemma: 'go on to say', frame: 'speech' },
  { words: ['spoke', 'of'], lemma: 'speak of', frame: 'object' },
  { words: ['spoke', 'about'], lemma: 'speak about', frame: 'object' },
  { words: ['talked', 'about'], lemma: 'talk about', frame: 'object' },
  { words: ['pointed', 'to'], lemma: 'point to', frame: 'object' },
  { words: ['points', 'to'], lemma: 'point to', frame: 'object' },
  { words: ['called', 'for'], lemma: 'call for', frame: 'object' },
  { words: ['calls', 'for'], lemma: 'call for', frame: 'object' },
  { words: ['calling', 'for'], lemma: 'call for', frame: 'object' },
  { words: ['called', 'on'], lemma: 'call on', frame: 'object' },
  { words: ['calls', 'on'], lemma: 'call on', frame: 'object' },
  { words: ['brushed', 'off'], lemma: 'brush off', frame: 'object' },
  { words: ['shrugged', 'off'], lemma: 'shrug off', frame: 'object' },
  { words: ['took', 'issue', 'with'], lemma: 'take issue with', frame: 'object' },
  { words: ['weighed', 'in'], lemma: 'weigh in', frame: 'speech' },
  { words: ['chimed', 'in'], lemma: 'chime in', frame: 'speech' },
  { words: ['shot', 'back'], lemma: 'shoot back', frame: 'speech' },
  { words: ['fired', 'back'], lemma: 'fire back', frame: 'speech' },
  { words: ['hit', 'back'], lemma: 'hit back', frame: 'speech' },
  { words: ['spelled', 'out'], lemma: 'spell out', frame: 'object' },
  { words: ['laid', 'out'], lemma: 'lay out', frame: 'object' },
  { words: ['set', 'out'], lemma: 'set out', frame: 'object' },
  { words: ['is', 'quoted', 'as', 'saying'], lemma: 'say', frame: 'speech' },
  { words: ['was', 'quoted', 'as', 'saying'], lemma: 'say', frame: 'speech' },
  { words: ['has', 'learned'], lemma: 'learn', frame: 'speech' },
  { words: ['put', 'it'], lemma: 'put it', frame: 'speech' },
  ...verbForms(['refer', 'referred', 'refers', 'referring'], 'to', 'refer to'),
  ...verbForms(['talk', 'talked', 'talks', 'talking'], 'about', 'talk about'),
  ...verbForms(['speak', 'spoke', 'speaks', 'speaking'], 'out', 'speak out'),
  ...verbForms(['respond', 'responded', 'responds', 'responding'], 'to', 'respond to'),
  ...verbForms(['focus', 'focused', 'focuses', 'focusing'], 'on', 'focus on'),
  ...verbForms(['rail', 'railed', 'rails', 'railing'], 'against', 'rail against'),
  ...verbForms(['complain', 'complained', 'complains', 'complaining'], 'about', 'complain about'),
  ...verbForms(['warn', 'warned', 'warns', 'warning'], 'about', 'warn about'),
  ...verbForms(['push', 'pushed', 'pushes', 'pushing'], 'for', 'push for'),
  ...verbForms(['ask', 'asked', 'asks', 'asking'], 'for', 'ask for'),
  ...verbForms(['swipe', 'swiped', 'swipes', 'swiping'], 'at', 'swipe at'),
  ...verbForms(['lash', 'lashed', 'lashes', 'lashing'], 'out at', 'lash out at').map((c) => ({ ...c, words: [c.words[0] ?? '', 'out', 'at'] })),
  ...verbForms(['take', 'took', 'takes', 'taking'], 'aim at', 'take aim at').map((c) => ({ ...c, words: [c.words[0] ?? '', 'aim', 'at'] })),
  ...verbForms(['hit', 'hits', 'hitting'], 'out at', 'hit out at').map((c) => ({ ...c, words: [c.words[0] ?? '', 'out', 'at'] })),
  ...verbForms(['vote', 'voted', 'votes', 'voting'], 'for', 'vote for'),
  ...verbForms(['vote', 'voted', 'votes', 'voting'], 'against', 'vote against'),
  ...verbForms(['advocate', 'advocated', 'advocates', 'advocating'], 'for', 'advocate for'),
  { words: ['puts', 'it'], lemma: 'put it', frame: 'speech' },
  { words: ['has', 'learnt'], lemma: 'learn', frame: 'speech' },
  // "made the point that …", "makes the case that …": a claim put forward.
  ...['make', 'made', 'makes', 'making'].flatMap((form) => ['point', 'case', 'argument'].map((noun) => ({ words: [form, 'the', noun], lemma: `make the ${noun}`, frame: 'speech' as const }))),
];

/** Phrases that sit between a verb and its content without changing who speaks. */
export const CUE_QUALIFIERS = /^,?\s*(?:(?:in|on|during|at|via|through|to|before|after|over|from)\s+(?:a|an|the|his|her|their|its|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Twitter|Facebook|X|[A-Z][\w’'-]*)(?:\s+[\w’'.-]+){0,5}?|on\s+\w+day|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![’'])(?:\s+(?:night|morning|afternoon|evening))?|(?:last|this)\s+(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter|time|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|earlier|later|recently|previously|yesterday|today|again|also|publicly|privately|repeatedly|once|then|now|too)\s*,?\s*/;

export const PRONOUNS: ReadonlyMap<string, 'PERSON' | 'ORGANIZATION' | 'UNKNOWN'> = new Map([
  ['he', 'PERSON'],
  ['she', 'PERSON'],
  ['i', 'PERSON'],
  ['we', 'UNKNOWN'],
  ['they', 'UNKNOWN'],
  ['it', 'ORGANIZATION'],
  ['you', 'UNKNOWN'],
  ['who', 'UNKNOWN'],
  ['which', 'UNKNOWN'],
]);

/** Words that may sit between a subject and its verb without ending the subject. */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  `has have had was is are were will would could should may might must can did does do also always previously
  reportedly repeatedly later then once recently already since still further again never not n't long
  publicly privately earlier first last frequently often quickly flatly bluntly firmly openly simply
  just even only now separately similarly likewise additionally subsequently initially ultimately
  sharply strongly clearly explicitly specifically directly formally officially angrily bitterly
  has n’t hasn’t hadn’t didn’t doesn’t wasn’t isn’t won’t wouldn’t hasn't hadn't didn't doesn't
  been being however though too meanwhile instead nonetheless nevertheless therefore thus yet soon`.split(/\s+/),
);

/** Lower-case words that cannot be the last word of a subject noun phrase. */
export const NOT_SUBJECT_END: ReadonlySet<string> = new Set(
  `the a an his her their its our my your this these those that of for to in on at by with from into
  onto over under about after before as than and or but nor if when while because although though
  where whether so no any some such every each more most less not very which whose what how why
  also be been being is are was were has have had do does did will would can could should may might
  must there here it's is`.split(/\s+/),
);

/** Lower-case words that end a subject noun phrase when reading leftwards. */
export const SUBJECT_STOP: ReadonlySet<string> = new Set(
  `that which who whom whose what when where while because although though if unless since as after
  before until than so but and or nor yet for to in on at by with from into onto over under about
  against between during without within through across among toward towards upon via per is are was
  were be been has have had do does did will would can could should may might must said says told
  asked says then also however meanwhile`.split(/\s+/),
);

/** Person-like head nouns: a definite NP ending in one of these refers back to a known person. */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set(
  `member official spokesman spokeswoman spokesperson minister president senator lawmaker legislator
  representative congressman congresswoman governor mayor leader chairman chairwoman chair judge
  justice commander general officer ambassador envoy diplomat secretary director chief head adviser
  advisor aide candidate nominee attorney lawyer prosecutor analyst expert professor economist
  researcher source sources activist politician deputy mp mps premier chancellor king queen prince
  sheikh cleric pastor bishop pope author writer journalist reporter editor columnist host anchor
  founder executive ceo owner strategist pollster consultant manager coach player witness resident
  worker officials lawmakers leaders analysts experts residents critics supporters voters observers
  speaker monarch dictator president-elect vice-president billionaire businessman businesswoman
  woman man mother father sister brother wife husband son daughter veteran student teacher doctor
  nurse person scientist historian commentator blogger pundit operative organizer organiser campaigner
  delegate candidate-elect investigator detective sheriff colonel captain lieutenant sergeant admiral`.split(/\s+/),
);

/** Titles written in capitals after an organisation's name ("Tessel Ferry Company CEO"). */
const CAPITALISED_TITLES: ReadonlySet<string> = new Set(['CEO', 'CFO', 'COO', 'CTO', 'CIO', 'MP', 'MEP']);

/** One person's role as written after a name: "chairwoman", "columnist", "CEO" (not "leaders"). */
export function isPersonRole(word: string): boolean {
  return (PERSON_ROLE_NOUNS.has(word) && !word.endsWith('s')) || CAPITALISED_TITLES.has(word);
}

/** Occupations that head a role in a description of someone ("a senior fellow at", "the treasurer of"). */
const OCCUPATIONS: ReadonlySet<string> = new Set(
  `fellow demographer sociologist psychologist physician surgeon engineer architect partner associate
  trustee treasurer clerk comptroller auditor commissioner superintendent principal dean provost
  rector lecturer scholar coordinator volunteer fundraiser lobbyist counsel solicitor barrister marshal
  trooper agent inspector major soldier pilot correspondent producer publisher contributor moderator
  presenter planner banker trader investor entrepreneur chairperson co-founder cofounder co-chair
  administrator staffer employee intern rabbi imam priest reverend chaplain deacon elder boss
  proprietor farmer curator librarian translator negotiator mediator referee broker cadet economist
  governor-elect mayor-elect vice-chair vice-chairman vice-chairwoman vice-president undersecretary
  attaché consul regent emir sultan`.split(/\s+/),
);

/**
 * The head of a role in a description of someone: one person's role ("chairwoman", "CEO") or
 * an occupation ("senior fellow"), not a thing or an event ("the imprint of", "a rally in").
 */
export function isRoleNoun(word: string): boolean {
  return isPersonRole(word) || OCCUPATIONS.has(word);
}

/** A group of people: "officials", "Residents" (lower-case, or capitalised to open a sentence). */
export function isGroupNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.endsWith('s') && PERSON_ROLE_NOUNS.has(lower) && (word === lower || word === `${lower.charAt(0).toUpperCase()}${lower.slice(1)}`);
}

/**
 * Heads of a body's name that a definite phrase refers back with: "the ministry" after the
 * Harbour Ministry, "the company" after Tessel Ferry Company. Heads as loose as "group",
 * "network" or "office" are left out: "the group" is as often some other group.
 */
export const BODY_HEADS: ReadonlySet<string> = new Set(
  `ministry department government administration committee commission council parliament congress
  senate assembly court police army navy agency bureau party coalition alliance movement bloc campaign
  company firm organization organisation union association institute foundation university newspaper
  magazine authority board embassy cabinet`.split(/\s+/),
);

/** Head nouns that make a phrase an organisation ("the ministry said"). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(
  `ministry department government administration committee commission council parliament congress
  senate house assembly court judiciary police army military forces force navy agency office bureau
  party coalition alliance framework movement bloc campaign company firm group organization
  organisation union association institute foundation center centre university network newspaper
  paper outlet channel station magazine agency authority authorities board embassy cabinet
  presidency palace kremlin pentagon team poll survey study report analysis review audit statement
  document documents memo letter filing records data website site network newsroom`.split(/\s+/),
);

/** Titles that precede a name; the value is the role they give the person. */
export const TITLES: ReadonlyMap<string, string> = new Map([
  ['prime minister', 'Prime Minister'],
  ['deputy prime minister', 'Deputy Prime Minister'],
  ['foreign minister', 'Foreign Minister'],
  ['defense minister', 'Defense Minister'],
  ['defence minister', 'Defence Minister'],
  ['finance minister', 'Finance Minister'],
  ['interior minister', 'Interior Minister'],
  ['minister', 'Minister'],
  ['president', 'President'],
  ['vice president', 'Vice President'],
  ['chief justice', 'Chief Justice'],
  ['justice', 'Justice'],
  ['judge', 'Judge'],
  ['speaker', 'Speaker'],
  ['senator', 'Senator'],
  ['sen.', 'Senator'],
  ['rep.', 'Representative'],
  ['representative', 'Representative'],
  ['congressman', 'Congressman'],
  ['congresswoman', 'Congresswoman'],
  ['gov.', 'Governor'],
  ['lt.', 'Lieutenant'],
  ['col.', 'Colonel'],
  ['pres.', 'President'],
  ['rev.', ''],
  ['governor', 'Governor'],
  ['mayor', 'Mayor'],
  ['general', 'General'],
  ['gen.', 'General'],
  ['ambassador', 'Ambassador'],
  ['secretary of state', 'Secretary of State'],
  ['secretary', 'Secretary'],
  ['attorney general', 'Attorney General'],
  ['general counsel', 'General Counsel'],
  ['king', 'King'],
  ['queen', 'Queen'],
  ['chancellor', 'Chancellor'],
  ['mp', 'MP'],
  ['chairman', 'Chairman'],
  ['chairwoman', 'Chairwoman'],
  ['commissioner', 'Commissioner'],
  ['spokesman', 'Spokesman'],
  ['spokeswoman', 'Spokeswoman'],
  ['sheikh', 'Sheikh'],
  ['dr.', ''],
  ['mr.', ''],
  ['mrs.', ''],
  ['ms.', ''],
  ['former', ''],
]);

/** Which organisation a national title belongs to, and of what kind. */
export const TITLE_ORGANIZATIONS: ReadonlyMap<string, { prefix: string; kind: 'GOVERNMENT' | 'JUDICIARY' | 'PARLIAMENT' | 'MILITARY' }> =
  new Map([
    ['Prime Minister', { prefix: 'Government of', kind: 'GOVERNMENT' }],
    ['Deputy Prime Minister', { prefix: 'Government of', kind: 'GOVERNMENT' }],
    ['Foreign Minister', { prefix: 'Government of', kind: 'GOVERNMENT' }],
    ['Defense Minister', { prefix: 'Government of', kind: 'GOVERNMENT' }],
    ['Defence Minister', { prefix: 'Government of', kind: 'GOVERNMENT' }],
    ['Finance Minister', { prefix: 'Government of', kind: 'GOVERNMENT' }],
    ['Interior Minister', { prefix: 'Government of', kind: 'GOVERNMENT' }],
    ['Minister', { prefix: 'Government of', kind: 'GOVERNMENT' }],
    ['President', { prefix: 'Government of', kind: 'GOVERNMENT' }],
    ['Vice President', { prefix: 'Government of', kind: 'GOVERNMENT' }],
    ['Chancellor', { prefix: 'Government of', kind: 'GOVERNMENT' }],
    ['Ambassador', { prefix: 'Government of', kind: 'GOVERNMENT' }],
    ['Chief Justice', { prefix: 'Judiciary of', kind: 'JUDICIARY' }],
    ['Justice', { prefix: 'Judiciary of', kind: 'JUDICIARY' }],
    ['Judge', { prefix: 'Judiciary of', kind: 'JUDICIARY' }],
    ['MP', { prefix: 'Parliament of', kind: 'PARLIAMENT' }],
    ['Speaker', { prefix: 'Parliament of', kind: 'PARLIAMENT' }],
    ['General', { prefix: 'Armed Forces of', kind: 'MILITARY' }],
  ]);

/**
 * Places whose names are two or three capitalised words, as a person's name is: a run such as
 * "New Hampshire" is never read as a person.
 */
export const MULTIWORD_PLACES: ReadonlySet<string> = new Set(
  [
    'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'south carolina',
    'south dakota', 'west virginia', 'rhode island', 'new york city', 'los angeles', 'san francisco', 'san diego',
    'las vegas', 'new orleans', 'salt lake city', 'des moines', 'st. louis', 'washington d.c.', 'united states',
    'united kingdom', 'saudi arabia', 'south africa', 'north korea', 'south korea', 'new zealand', 'hong kong',
    'puerto rico', 'costa rica', 'el salvador', 'sri lanka', 'united arab emirates', 'gaza strip', 'west bank',
    'capitol hill', 'white house', 'wall street', 'silicon valley', 'middle east', 'latin america', 'east coast',
    'west coast', 'north america', 'south america', 'central america',
  ],
);

/**
 * Party words that qualify a name rather than start it: "Republican Ana Ruiz", "Democrat Ivo
 * Pell". Adjectives such as "Democratic" or "Conservative" more often open an organisation's name.
 */
export const PARTY_QUALIFIERS: ReadonlySet<string> = new Set(['democrat', 'republican', 'gop']);

/** Demonyms that can precede a title ("Iraqi Prime Minister"), mapped to the country. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['iraqi', 'Iraq'], ['iranian', 'Iran'], ['syrian', 'Syria'], ['turkish', 'Turkey'], ['saudi', 'Saudi Arabia'],
  ['israeli', 'Israel'], ['palestinian', 'Palestine'], ['lebanese', 'Lebanon'], ['jordanian', 'Jordan'],
  ['egyptian', 'Egypt'], ['kuwaiti', 'Kuwait'], ['qatari', 'Qatar'], ['emirati', 'United Arab Emirates'],
  ['american', 'United States'], ['u.s.', 'United States'], ['us', 'United States'], ['british', 'United Kingdom'],
  ['french', 'France'], ['german', 'Germany'], ['italian', 'Italy'], ['spanish', 'Spain'], ['russian', 'Russia'],
  ['ukrainian', 'Ukraine'], ['chinese', 'China'], ['japanese', 'Japan'], ['indian', 'India'], ['pakistani', 'Pakistan'],
  ['afghan', 'Afghanistan'], ['canadian', 'Canada'], ['mexican', 'Mexico'], ['brazilian', 'Brazil'],
  ['kurdish', 'Kurdistan Region'], ['dutch', 'Netherlands'], ['polish', 'Poland'], ['greek', 'Greece'],
  ['australian', 'Australia'], ['korean', 'Korea'], ['nigerian', 'Nigeria'], ['kenyan', 'Kenya'],
]);

/** Lower-case name particles that belong inside a personal name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'la', 'le', 'ter', 'ten', 'ben', 'st.',
]);

/** Keywords that decide an organisation's kind, checked in this order. */
export const ORGANIZATION_KIND_KEYWORDS: readonly [RegExp, 'PARTY' | 'COMMITTEE' | 'PARLIAMENT' | 'GOVERNMENT' | 'COURT' | 'JUDICIARY' | 'MILITARY' | 'MEDIA' | 'COMPANY' | 'NGO'][] = [
  [/\b(?:committee|commission|subcommittee|panel)\b/i, 'COMMITTEE'],
  [/\b(?:party|coalition|alliance|framework|movement|bloc|front)\b/i, 'PARTY'],
  [/\b(?:parliament|congress|senate|house of|assembly|council of representatives|knesset|duma)\b/i, 'PARLIAMENT'],
  [/\b(?:court|tribunal)\b/i, 'COURT'],
  [/\b(?:judiciary|judicial)\b/i, 'JUDICIARY'],
  [/\b(?:forces?|army|guards?|brigades?|military|navy|air force|militia|corps|mobilization)\b/i, 'MILITARY'],
  [/\b(?:government|ministry|cabinet|administration|department|presidency|office of|authority)\b/i, 'GOVERNMENT'],
  [/\b(?:news|times|post|journal|tribune|herald|agency|tv|television|radio|broadcasting|press|media|gazette|magazine)\b/i, 'MEDIA'],
  [/\b(?:inc|corp|corporation|company|co|ltd|llc|plc|group|bank|holdings)\b\.?/i, 'COMPANY'],
  [/\b(?:foundation|institute|institution|center|centre|watch|international|association|society|union|university)\b/i, 'NGO'],
];

/**
 * Nouns that report what someone said or thinks when a preposition follows ("criticism of
 * the plan", "questions about his accounts"); the possessor, if any, is the source.
 */
export const NOMINAL_CUES: ReadonlyMap<string, readonly string[]> = new Map([
  ['criticism', ['of']],
  ['critique', ['of']],
  ['questions', ['about']],
  ['concerns', ['about', 'over']],
  ['doubts', ['about']],
  ['attacks', ['on', 'against']],
  ['attack', ['on', 'against']],
  ['support', ['for', 'of']],
  ['opposition', ['to']],
  ['endorsement', ['of']],
  ['defense', ['of']],
  ['praise', ['for', 'of']],
  ['calls', ['for']],
  ['call', ['for']],
  ['demands', ['for']],
  ['comments', ['about', 'on']],
  ['remarks', ['about', 'on']],
  ['allegations', ['of', 'about', 'against']],
  ['accusations', ['of', 'against', 'that']],
  ['complaints', ['about']],
  ['warnings', ['about', 'of']],
  ['embrace', ['of']],
  ['views', ['on', 'of']],
  ['position', ['on']],
  ['positions', ['on']],
  ['stance', ['on']],
  ['claim', ['that']],
  ['claims', ['about', 'of', 'that']],
  ['assertion', ['that']],
  ['argument', ['that']],
  ['belief', ['that']],
  ['insistence', ['that']],
  ['suggestion', ['that']],
  ['allegation', ['that']],
  ['warning', ['that']],
  ['promise', ['to', 'that']],
  ['pledge', ['to', 'that']],
  ['vow', ['to']],
  ['decision', ['to']],
  ['refusal', ['to']],
  ['concern', ['about', 'over', 'that']],
  ['fears', ['that', 'of', 'about']],
  ['hope', ['that']],
  ['message', ['that']],
  ['statement', ['that']],
  ['accusation', ['that', 'of']],
  ['view', ['of', 'that']],
  ['aside', ['that']],
  ['report', ['that']],
  ['reports', ['that']],
  ['ruling', ['that']],
  ['conclusion', ['that']],
]);

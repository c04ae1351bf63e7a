import { describe, expect, it } from 'vitest';
import { classifyDirectErrors, formatDirectErrors, type GoldAttribution, type MissPattern, type PredictedStatement, type ScoredArticle } from '../../src/cli/eval-errors.ts';

/** The `[start, end)` of `part` in `text` (its first occurrence, or the `nth`). */
function at(text: string, part: string, nth = 0): [number, number] {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return [start, start + part.length];
}

function gold(text: string, content: string, direct = /["“”]/.test(content)): GoldAttribution {
  return { content: [at(text, content)], source: null, cue: null, direct };
}

function predicted(text: string, content: string, kind: 'direct' | 'indirect' = 'direct', cue: string | null = 'said'): PredictedStatement {
  const [start, end] = at(text, content);
  return { start, end, kind, cue };
}

function article(text: string, goldList: GoldAttribution[], predictions: PredictedStatement[]): ScoredArticle {
  return { id: 'invented', text, gold: goldList, predictions };
}

const HEADLINE = 'Harbour board delays the ferry vote\n';

describe('classifyDirectErrors: misses', () => {
  const cases: Array<{ name: string; text: string; gold: (t: string) => GoldAttribution; predictions: (t: string) => PredictedStatement[]; pattern: MissPattern }> = [
    {
      name: 'a gold quote our indirect statement covers',
      text: `${HEADLINE}Ana Ruiz said the board “will not wait for the survey.”`,
      gold: (t) => gold(t, 'the board “will not wait for the survey.”'),
      predictions: (t) => [predicted(t, 'the board “will not wait for the survey.”', 'indirect')],
      pattern: 'asIndirect',
    },
    {
      name: 'a gold joining two quotations we give one of',
      text: `${HEADLINE}“We will wait,” Ruiz said, “and then we will see what the ferry costs the town in a year.”`,
      gold: (t) => ({ content: [at(t, '“We will wait,”'), at(t, '“and then we will see what the ferry costs the town in a year.”')], source: null, cue: null, direct: true }),
      predictions: (t) => [predicted(t, 'We will wait,')],
      pattern: 'joinedQuotations',
    },
    {
      name: 'a gold taking the clause around a short quotation we give alone',
      text: `${HEADLINE}Ruiz said the delay would cost the harbour towns a whole season of trade and called it “costly.”`,
      gold: (t) => gold(t, 'the delay would cost the harbour towns a whole season of trade and called it “costly.”'),
      predictions: (t) => [predicted(t, 'called it “costly.”')],
      pattern: 'widerClause',
    },
    {
      name: 'our span running far past the gold quote',
      text: `${HEADLINE}Ruiz called the plan “late” before she left the hall, and the board then voted to adjourn until the spring session.`,
      gold: (t) => gold(t, '“late”'),
      predictions: (t) => [predicted(t, 'the plan “late” before she left the hall, and the board then voted to adjourn until the spring session.')],
      pattern: 'overlong',
    },
    {
      name: 'a quotation in the title line',
      text: '“Not this year,” says the ferry board\nThe board met on Monday.',
      gold: (t) => gold(t, '“Not this year,”'),
      predictions: () => [],
      pattern: 'titleLine',
    },
    {
      name: 'an unpredicted scare quote',
      text: `${HEADLINE}The board's “survey” took two years.`,
      gold: (t) => gold(t, '“survey”'),
      predictions: () => [],
      pattern: 'shortQuotation',
    },
    {
      name: 'an unpredicted clause holding a quotation',
      text: `${HEADLINE}The board has promised a new timetable for the two islands, with “more sailings.”`,
      gold: (t) => gold(t, 'a new timetable for the two islands, with “more sailings.”'),
      predictions: () => [],
      pattern: 'clauseAroundQuotation',
    },
    {
      name: 'an unpredicted longer quotation',
      text: `${HEADLINE}A sign on the quay read “Ferries run when the board says they run.”`,
      gold: (t) => gold(t, '“Ferries run when the board says they run.”'),
      predictions: () => [],
      pattern: 'quotedSentence',
    },
  ];

  it.each(cases)('$name is $pattern', ({ text, gold: goldOf, predictions, pattern }) => {
    const errors = classifyDirectErrors([article(text, [goldOf(text)], predictions(text))]);
    expect([...errors.misses.keys()]).toEqual([pattern]);
    expect(errors.misses.get(pattern)).toHaveLength(1);
  });

  it('counts nothing when the predictions cover at least half of the gold quote', () => {
    const text = `${HEADLINE}“We will wait,” Ruiz said, “and see.”`;
    const goldQuote: GoldAttribution = { content: [at(text, '“We will wait,”'), at(text, '“and see.”')], source: null, cue: null, direct: true };
    const errors = classifyDirectErrors([article(text, [goldQuote], [predicted(text, 'We will wait,')])]);
    expect(errors.misses.size).toBe(0);
    expect(errors.falsePositives.size).toBe(0);
  });
});

describe('classifyDirectErrors: false positives', () => {
  const text = [
    '“Sail now” cries the harbour crowd',
    'Ana Ruiz said the board had met twice in May, calling it “shameful”.',
    'She said the board “had not read the survey,” and left.',
    '“Nothing moves until spring.”',
    'The board’s “experts” disagree.',
    'Ivo Pell said “the ferry is ready” and then spent the rest of the long evening listing what the board had done wrong since the spring.',
    'PELL: We sail at dawn and not a minute later.',
  ].join('\n');
  const goldList = [
    gold(text, 'the board had met twice in May,', false),
    gold(text, '“the ferry is ready”'),
    gold(text, 'We sail at dawn and not a minute later.', false),
  ];
  const predictions = [
    predicted(text, 'the board had met twice in May, calling it “shameful”'), // kind direct, gold indirect
    predicted(text, 'the board “had not read the survey,” and left.'), // nothing annotated, with a cue
    predicted(text, 'Nothing moves until spring.', 'direct', null), // follow-on, no cue
    predicted(text, 'experts', 'direct', null), // scare quote
    predicted(text, 'Sail now'), // title line
    predicted(text, '“the ferry is ready” and then spent the rest of the long evening listing what the board had done wrong since the spring.'),
    predicted(text, 'We sail at dawn and not a minute later.', 'direct', ':'), // transcript line
  ];

  it('sorts each unmatched direct prediction into its pattern', () => {
    const errors = classifyDirectErrors([article(text, goldList, predictions)]);
    const patterns = Object.fromEntries([...errors.falsePositives].map(([k, v]) => [k, v.map((c) => text.slice(c.start, c.end))]));
    expect(patterns).toEqual({
      indirectGold: ['the board had met twice in May, calling it “shameful”'],
      unmarkedQuotation: ['We sail at dawn and not a minute later.'],
      withCue: ['the board “had not read the survey,” and left.'],
      cueless: ['Nothing moves until spring.'],
      shortQuotation: ['experts'],
      titleLine: ['Sail now'],
      overlong: ['“the ferry is ready” and then spent the rest of the long evening listing what the board had done wrong since the spring.'],
    });
    // The only direct gold quote is overlapped, not hit, by the overlong prediction.
    expect([...errors.misses.keys()]).toEqual(['overlong']);
    expect(errors).toMatchObject({ gold: 1, predicted: 7 });
  });

  it('ignores indirect predictions and indirect gold in the direct row', () => {
    const errors = classifyDirectErrors([article(text, goldList, [predicted(text, 'Nothing moves until spring.', 'indirect', null)])]);
    expect(errors.falsePositives.size).toBe(0);
    expect(errors.predicted).toBe(0);
  });

  it('prints counts, largest pattern first, with the requested number of examples', () => {
    const errors = classifyDirectErrors([article(text, goldList, predictions)]);
    const report = formatDirectErrors(errors, 1, () => text);
    expect(report).toContain('direct misses by pattern (1 of 1 gold quotes):');
    expect(report).toContain('direct false positives by pattern (7 of 7 predictions):');
    expect(report).toMatch(/ {4}1 {2}unannotated: a quotation of one to three words\n {11}invented \d+-\d+: experts\n/);
    expect(formatDirectErrors(errors, 0, () => text)).not.toContain('invented');
  });
});

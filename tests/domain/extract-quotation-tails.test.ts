// Table tests for partial hits: statements cut short at a quotation's edge.
// Every sentence, person and place here is invented; none comes from a real article.
import { describe, it } from 'vitest';
import { expectStatement } from '../support/extraction.ts';
import type { StatementRow } from '../support/extraction.ts';

const T = 'Headline about the Brask harbour levy\n';

describe('partial quotes: the writer finishes the clause a quotation opens', () => {
  const cases: [string, string, Partial<StatementRow>][] = [
    [
      'an "until" phrase after a comma-introduced quotation finishes what was said',
      `${T}The vote was close. Asked about the ferries, Ana Ruiz said, “We have two weeks left” until the levy vote in Brask.`,
      { kind: 'DIRECT', content: '“We have two weeks left” until the levy vote in Brask', mention: 'Ana Ruiz' },
    ],
    [
      'a "from" phrase after a quotation finishes what was said',
      `${T}Pressed on the pier, Ivo Pell wrote, "No complaint has reached me" from the ferry crews.`,
      { kind: 'DIRECT', content: '"No complaint has reached me" from the ferry crews', mention: 'Ivo Pell' },
    ],
    [
      'a quoted subject with the writer’s predicate after it is one statement',
      `${T}The vote was close. Ana Ruiz said, "The levy we passed in May" was a mistake for the ferries.`,
      { kind: 'DIRECT', content: '"The levy we passed in May" was a mistake for the ferries', mention: 'Ana Ruiz' },
    ],
    [
      'an "and" going on with the quoted phrase belongs to the statement',
      `${T}The vote was close. Ana Ruiz said, “We kept the ferry men” and their families through the winter.`,
      { kind: 'DIRECT', content: '“We kept the ferry men” and their families through the winter', mention: 'Ana Ruiz' },
    ],
    [
      'an "and" starting a new report ends the statement at the quotation',
      `${T}The vote was close. Ana Ruiz wrote, “We kept the ferry men” and said the levy must go.`,
      { kind: 'DIRECT', content: 'We kept the ferry men', mention: 'Ana Ruiz' },
    ],
    [
      'a quotation closed by its own comma keeps its bounds',
      `${T}The vote was close. Ana Ruiz said, “We have two weeks left,” until the levy vote in Brask.`,
      { kind: 'DIRECT', content: 'We have two weeks left,' },
    ],
    [
      'a list of bare infinitives after a quoted one is what the speaker promised too',
      `${T}Ivo Pell is promising to "sink the levy" on the ferries, bring back the night boats and lower the pier tolls.`,
      { kind: 'DIRECT', content: 'to "sink the levy" on the ferries, bring back the night boats and lower the pier tolls', mention: 'Ivo Pell' },
    ],
    [
      'a list of participles after a quoted infinitive stays the writer\'s',
      `${T}Ivo Pell vowed to "sink the levy" on the ferries, drawing cheers and ending the rally.`,
      { kind: 'DIRECT', content: 'to "sink the levy" on the ferries', mention: 'Ivo Pell' },
    ],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => expectStatement(text, want));
  }
});

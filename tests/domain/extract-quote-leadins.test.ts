// Table tests for quotations whose reported clause starts or runs before the quotation.
// Every sentence, person and place here is invented; none comes from a real article.
import { describe, it } from 'vitest';
import { expectStatement } from '../support/extraction.ts';
import type { StatementRow } from '../support/extraction.ts';

const T = 'Headline about the Brask harbour levy\n';

describe('partial quotes: words of the report before the quotation', () => {
  const cases: [string, string, Partial<StatementRow>][] = [
    [
      'an adverbial lead-in before a lower-case quotation is part of the quoted sentence',
      `${T}The vote was close. After the harbour vote in Brask, “there is a real sense of urgency to keep the levy,” Ana Ruiz said.`,
      { kind: 'DIRECT', content: 'After the harbour vote in Brask, “there is a real sense of urgency to keep the levy,”', mention: 'Ana Ruiz' },
    ],
    [
      'a lead-in holding its own attribution stays out',
      `${T}The vote was close. As the harbour master Ivo Pell put it, “nothing was decided on the pier,” and the talks ended.`,
      { kind: 'DIRECT', content: 'nothing was decided on the pier,' },
    ],
    [
      'a clause coordinated after the quotation under the same report continues it',
      `${T}Dana Ruiz said the ferry timetable was “a mess” and she feels the board can fix it by autumn.`,
      { kind: 'DIRECT', cue: 'said', content: 'the ferry timetable was “a mess” and she feels the board can fix it by autumn', mention: 'Dana Ruiz' },
    ],
    [
      'a coordinated predicate of the writer’s after a comma stays out',
      `${T}Ivo Pell called the harbour levy “unfair,” and he left the hall before the vote.`,
      { kind: 'DIRECT', content: 'the harbour levy “unfair,”' },
    ],
    [
      'the subject before a quoted predicate’s finite verb belongs to the report',
      `${T}Maren Okafor did concede at the quay meeting on Monday that her claims were “mostly theatre”.`,
      { kind: 'DIRECT', content: 'her claims were “mostly theatre”' },
    ],
    [
      'a demonstrative "that" after "said" is the subject of the quoted predicate',
      `${T}Asked about the ferry delays, Ana Ruiz said that was “a fair question for the council.”`,
      { kind: 'DIRECT', content: 'that was “a fair question for the council.”' },
    ],
    [
      'a report inside a relative clause keeps its content to the predicate',
      `${T}Ana Ruiz praised the ferries, which she said were “the safest on the coast.”`,
      { kind: 'DIRECT', content: 'were “the safest on the coast.”' },
    ],
    [
      'a "since" clause after a mixed quotation finishes the reported clause',
      `${T}Ivo Pell said what could change with the new judge “is stunning,” since so many harbour cases were decided by one vote.`,
      { kind: 'DIRECT', content: 'what could change with the new judge “is stunning,” since so many harbour cases were decided by one vote' },
    ],
    [
      '"when it comes to" after a mixed quotation finishes the reported clause',
      `${T}Ivo Pell said Ana Ruiz had not done her “homework” when it comes to the harbour levy.`,
      { kind: 'DIRECT', content: 'Ana Ruiz had not done her “homework” when it comes to the harbour levy' },
    ],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => expectStatement(text, want));
  }
});

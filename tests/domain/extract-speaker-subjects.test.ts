// Speaker-finding cases. Every sentence, person, place and organisation here is
// invented; none comes from a real article.
import { describe, expect, it } from 'vitest';
import { statementRows } from '../support/extraction.ts';
import type { StatementRow } from '../support/extraction.ts';

const T = 'Headline about the Brask harbour levy\n';

describe('speaker mentions', () => {
  const cases: [string, string, StatementRow[]][] = [
    [
      '"And then Pell …": a lower-case adverb after the opener stands before the subject',
      `${T}Ana Ruiz toured the docks. And then Ivo Pell went after her plan, saying, “Will the mayor ever explain the levy to the sailors?”`,
      [{ content: 'Will the mayor ever explain the levy to the sailors?', kind: 'DIRECT', cue: 'saying', mention: 'Ivo Pell' }],
    ],
    [
      'a counted lower-case crowd is the subject, not the capitalised "About" before it',
      `${T}About forty ferry hands had gathered by the north gate on Friday, chanting “Keep the quay free.”`,
      [{ content: 'Keep the quay free.', kind: 'DIRECT', cue: 'chanting', mention: 'About forty ferry hands' }],
    ],
    [
      'a plural of people after "The" is the subject, not the article alone',
      `${T}The sailors were waiting outside the Brask town hall, singing “No toll, no toll.”`,
      [{ content: '“No toll, no toll.”', kind: 'DIRECT', cue: 'singing', mention: 'The sailors' }],
    ],
    [
      'a name and "went on" after a broken-off quotation: the name is the speaker',
      `${T}The council met late on Tuesday.\n\n“Nobody in Lantern asked for a second toll gate,” Ana Ruiz went on. “We will fight it.”`,
      [
        { content: 'Nobody in Lantern asked for a second toll gate,', kind: 'DIRECT', cue: 'went on', mention: 'Ana Ruiz' },
        { content: 'We will fight it.', kind: 'DIRECT', cue: null, mention: 'Ana Ruiz' },
      ],
    ],
    [
      'a lower-case crowd after "at which point" chants its own words',
      `${T}The mayor stepped up to the lectern, at that moment the crowd chanted “Open the gates!” for a minute.`,
      [{ content: '“Open the gates!”', kind: 'DIRECT', cue: 'chanted', mention: 'the crowd' }],
    ],
    [
      'a verb joined by "and" to a "when" clause shares that clause\'s named subject',
      `${T}The worry about the levy was clear on Monday when Harbour Master Ivo Pell of Lantern toured the quay and criticized the “careless and costly” toll plan.`,
      [{ content: 'the “careless and costly” toll plan', kind: 'DIRECT', cue: 'criticized', mention: 'Harbour Master Ivo Pell of Lantern' }],
    ],
    [
      'the "when" clause may hold a quotation of its own before "and"',
      `${T}The mood in the council turned sour when Mayor Ana Ruiz lamented the “sad” state of the quay and blasted the “lazy” ferry board.`,
      [
        { content: 'the “sad” state of the quay', kind: 'DIRECT', cue: 'lamented', mention: 'Mayor Ana Ruiz' },
        { content: 'the “lazy” ferry board', kind: 'DIRECT', cue: 'blasted', mention: 'Mayor Ana Ruiz' },
      ],
    ],
    [
      'an opener before "Name, who …," is not taken for the name\'s place',
      `${T}Still, Pell, who thinks the council made a grab for power with its levy, called the new toll “much, much better” than the old one.`,
      [
        { content: 'the council made a grab for power with its levy', kind: 'INDIRECT', cue: 'thinks', mention: 'who' },
        { content: 'the new toll “much, much better” than the old one', kind: 'DIRECT', cue: 'called', mention: 'Pell' },
      ],
    ],
    [
      'after an opener, an article phrase before its verb is the subject a colon points back to',
      `${T}Likewise, a report from the Brask harbour board had this to say about the levy: “Families at the top would gain the most from it.”`,
      [{ content: 'Families at the top would gain the most from it.', kind: 'DIRECT', cue: ':', mention: 'a report from the Brask harbour board' }],
    ],
    [
      '"Ever since …," opens a clause; the subject follows its comma',
      `${T}Ever since she backed the levy this month, Ana Ruiz has been a loud voice for it, visiting the docks with a simple message: “Do not give up!”`,
      [
        { content: 'the levy', kind: 'INDIRECT', cue: 'backed', mention: 'she' },
        { content: 'Do not give up!', kind: 'DIRECT', cue: ':', mention: 'Ana Ruiz' },
      ],
    ],
    [
      '"Said X, who …, “…”": a sentence opening with the turned verb names the speaker after it',
      `${T}Said Ana Ruiz, who grew up near the Brask quay, “We were all so proud of that old ferry.”`,
      [{ content: 'We were all so proud of that old ferry.', kind: 'DIRECT', cue: 'Said', mention: 'Ana Ruiz' }],
    ],
    [
      'a question mark may end the sentence before "Ruiz pressed."; she still asked it',
      `${T}Pell spoke first.\n\n“Would the old ferry run again?” Ruiz pressed. “Or is the levy all there is?”`,
      [
        { content: 'Would the old ferry run again?', kind: 'DIRECT', cue: 'pressed', mention: 'Ruiz' },
        { content: 'Or is the levy all there is?', kind: 'DIRECT', cue: null, mention: 'Ruiz' },
      ],
    ],
    [
      'the bare form of a speech verb after a modal introduces the quotation after its colon',
      `${T}The vote ran so late that the harbour master could only quip: “I guess the ferry was booked.”`,
      [{ content: 'I guess the ferry was booked.', kind: 'DIRECT', cue: 'quip', mention: 'the harbour master' }],
    ],
    [
      '"X recalled him saying": the quotation before the verb is what X reports, not "him saying"',
      `${T}“I hope you do not mind, I have to take my little brother along,” another ferry hand, Ivo Pell, recalled him saying.`,
      [{ content: '“I hope you do not mind, I have to take my little brother along,”', kind: 'DIRECT', cue: 'recalled', mention: 'Ivo Pell' }],
    ],
    [
      'a quoted name between "The" and the subject\'s head noun is part of the subject, not its statement',
      `${T}The “Harbour First” campaign said it would sue the port authority.`,
      [{ content: 'it would sue the port authority', kind: 'INDIRECT', cue: 'said', mention: 'campaign' }],
    ],
    [
      'a quotation after "a" that ends in a comma is still the statement of the pronoun after it',
      `${T}Ivo Pell spoke next. The levy is a “fair price for a safe quay,” he said.`,
      [{ content: 'The levy is a “fair price for a safe quay,”', kind: 'DIRECT', cue: 'said', mention: 'he' }],
    ],
    [
      'an appositive opening with the organisation\'s name and ending in a role is stepped over',
      `${T}Ana Ruiz, Brask Party chairwoman, said the levy was fair.`,
      [{ content: 'the levy was fair', kind: 'INDIRECT', cue: 'said', mention: 'Ana Ruiz' }],
    ],
    [
      'so is one ending in a title in capitals, after a quotation too',
      `${T}“The levy is fair,” Ivo Pell, Tessel Ferry Company CEO, said.`,
      [{ content: 'The levy is fair,', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' }],
    ],
    [
      '"person" is a role noun',
      `${T}That person said the levy was fair.`,
      [{ content: 'the levy was fair', kind: 'INDIRECT', cue: 'said', mention: 'person' }],
    ],
    [
      '"here" after a plural role noun does not hide the subject',
      `${T}Officials here said the levy was fair.`,
      [{ content: 'the levy was fair', kind: 'INDIRECT', cue: 'said', mention: 'Officials' }],
    ],
    [
      'a plural role noun before "in PLACE" heads the subject, not the place',
      `${T}Officials in Brask said the levy was fair.`,
      [{ content: 'the levy was fair', kind: 'INDIRECT', cue: 'said', mention: 'Officials in Brask' }],
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(statementRows(text)).toEqual(expected);
    });
  }
});

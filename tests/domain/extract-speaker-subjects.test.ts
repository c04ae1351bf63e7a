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
      `${T}Ana Ruiz left the meeting early. And then Ivo Pell turned on the board, saying, “Who signed off on these fares?”`,
      [{ content: 'Who signed off on these fares?', kind: 'DIRECT', cue: 'saying', mention: 'Ivo Pell' }],
    ],
    [
      'a counted lower-case crowd is the subject, not the capitalised "About" before it',
      `${T}About thirty deckhands had lined up along the slipway on Sunday, chanting “Ferries for all.”`,
      [{ content: 'Ferries for all.', kind: 'DIRECT', cue: 'chanting', mention: 'About thirty deckhands' }],
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
      `${T}Tempers on the ferry line rose again Friday when Harbour Master Ivo Pell of Lantern visited the sheds and criticized the “slow and muddled” repair schedule.`,
      [{ content: 'the “slow and muddled” repair schedule', kind: 'DIRECT', cue: 'criticized', mention: 'Harbour Master Ivo Pell of Lantern' }],
    ],
    [
      'the "when" clause may hold a quotation of its own before "and"',
      `${T}The harbour meeting went quiet when Mayor Ana Ruiz praised the “quick” repairs to the slipway and blasted the “slow” ticket office.`,
      [
        { content: 'the “quick” repairs to the slipway', kind: 'DIRECT', cue: 'praised', mention: 'Mayor Ana Ruiz' },
        { content: 'the “slow” ticket office', kind: 'DIRECT', cue: 'blasted', mention: 'Mayor Ana Ruiz' },
      ],
    ],
    [
      'an opener before "Name, who …," is not taken for the name\'s place',
      `${T}Still, Okafor, who thinks the board moved too fast on the fares, called the revised timetable “far, far kinder” to early riders.`,
      [
        { content: 'the board moved too fast on the fares', kind: 'INDIRECT', cue: 'thinks', mention: 'who' },
        { content: 'the revised timetable “far, far kinder” to early riders', kind: 'DIRECT', cue: 'called', mention: 'Okafor' },
      ],
    ],
    [
      'after an opener, an article phrase before its verb is the subject a colon points back to',
      `${T}Likewise, a memo from the Tessel ferry office summed up the toll plan in one line: “Riders on the early boat will pay twice.”`,
      [{ content: 'Riders on the early boat will pay twice.', kind: 'DIRECT', cue: ':', mention: 'a memo from the Tessel ferry office' }],
    ],
    [
      '"Ever since …," opens a clause; the subject follows its comma',
      `${T}Ever since she backed the night ferry in May, Dana Ruiz has been busy on the quay, handing out leaflets with one line: “Ride the late boat!”`,
      [
        { content: 'the night ferry', kind: 'INDIRECT', cue: 'backed', mention: 'she' },
        { content: 'Ride the late boat!', kind: 'DIRECT', cue: ':', mention: 'Dana Ruiz' },
      ],
    ],
    [
      '"Said X, who …, “…”": a sentence opening with the turned verb names the speaker after it',
      `${T}Said Maren Okafor, who has fished out of Tessel for twenty years, “Nobody on this pier trusts the new gate.”`,
      [{ content: 'Nobody on this pier trusts the new gate.', kind: 'DIRECT', cue: 'Said', mention: 'Maren Okafor' }],
    ],
    [
      'a question mark may end the sentence before "Ruiz pressed."; she still asked it',
      `${T}Pell spoke first.\n\n“Who pays for the new slipway?” Ruiz pressed. “The riders, once again?”`,
      [
        { content: 'Who pays for the new slipway?', kind: 'DIRECT', cue: 'pressed', mention: 'Ruiz' },
        { content: 'The riders, once again?', kind: 'DIRECT', cue: null, mention: 'Ruiz' },
      ],
    ],
    [
      'the bare form of a speech verb after a modal introduces the quotation after its colon',
      `${T}After four hours of debate, the harbour master could only quip: “Next time we meet on the ferry.”`,
      [{ content: 'Next time we meet on the ferry.', kind: 'DIRECT', cue: 'quip', mention: 'the harbour master' }],
    ],
    [
      '"X recalled him saying": the quotation before the verb is what X reports, not "him saying"',
      `${T}“Keep a seat for me on the last boat, the nets can wait,” another deckhand, Ivo Pell, recalled him saying.`,
      [{ content: '“Keep a seat for me on the last boat, the nets can wait,”', kind: 'DIRECT', cue: 'recalled', mention: 'Ivo Pell' }],
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

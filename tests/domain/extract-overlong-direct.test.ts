// Table tests for over-long direct statements.
// Every sentence, person, outlet and place here is invented; none comes from a real article.
import { describe, expect, it } from 'vitest';
import { statementRows } from '../support/extraction.ts';
import type { StatementRow } from '../support/extraction.ts';

const T = 'Headline about the Brask harbour levy\n';

describe('over-long direct statements', () => {
  const cases: [string, string, StatementRow[]][] = [
    [
      'a "while" clause after a quotation closing on its own comma is the writer\'s contrast',
      `${T}Ana Ruiz said the levy was “a slow leak in the hull,” while the harbour board in Brask stayed silent for a week.`,
      [{ content: 'the levy was “a slow leak in the hull,”', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' }],
    ],
    [
      'a fronted phrase of place or time before a nested report\'s subject starts the nested report',
      `${T}Although in June she said her idea to lease the dock was sound, on the quay this morning she said she now considered the lease "a costly blunder."`,
      [
        { content: 'her idea to lease the dock was sound', kind: 'INDIRECT', cue: 'said', mention: 'she' },
        { content: 'she now considered the lease "a costly blunder."', kind: 'DIRECT', cue: 'said', mention: 'she' },
      ],
    ],
    [
      'a short clause before a colon splits from a quotation that has its own attribution',
      `${T}Ivo Pell argued that the harbour was finished: “The ferries are done,” he claimed.`,
      [
        { content: 'the harbour was finished', kind: 'INDIRECT', cue: 'argued', mention: 'Ivo Pell' },
        { content: 'The ferries are done,', kind: 'DIRECT', cue: 'claimed', mention: 'he' },
      ],
    ],
    [
      'after a quotation, "and" with a subject and a verb of saying of its own starts a second report',
      `${T}Ivo Pell said he would make the ferries "run on time," for instance, and Ana Ruiz vowed to "sink the levy" before the spring.`,
      [
        { content: 'he would make the ferries "run on time,"', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' },
        { content: 'to "sink the levy" before the spring', kind: 'DIRECT', cue: 'vowed', mention: 'Ana Ruiz' },
      ],
    ],
    [
      'a share of those asked ("9 percent") is the subject of a coordinated report',
      `${T}In the ferry survey, 37 percent said “too expensive” and 9 percent said “never on time.”`,
      [
        { content: '“too expensive”', kind: 'DIRECT', cue: 'said', mention: '37 percent' },
        { content: '“never on time.”', kind: 'DIRECT', cue: 'said', mention: '9 percent' },
      ],
    ],
    [
      'a clause of time after a quoted object and its recipient is the writer\'s circumstance',
      `${T}Ivo Pell offered “a full and humble apology” to the ferry crews after the vote collapsed.`,
      [{ content: '“a full and humble apology” to the ferry crews', kind: 'DIRECT', cue: 'offered', mention: 'Ivo Pell' }],
    ],
    [
      'a manner adverb before the comma or colon that introduces a quotation is not content',
      `${T}Asked about the levy, Ivo Pell responds warmly: “Gladly!”`,
      [
        { content: 'about the levy', kind: 'INDIRECT', cue: 'Asked', mention: null },
        { content: '“Gladly!”', kind: 'DIRECT', cue: 'responds', mention: 'Ivo Pell' },
      ],
    ],
    [
      'a subject and a verb of saying after a quotation closing on its own comma start a report of their own',
      `${T}Ivo Pell called the levy “a slow leak,” the dockworkers chanted “No levy, no ferry.”`,
      [
        { content: 'the levy “a slow leak,”', kind: 'DIRECT', cue: 'called', mention: 'Ivo Pell' },
        { content: '“No levy, no ferry.”', kind: 'DIRECT', cue: 'chanted', mention: 'the dockworkers' },
      ],
    ],
    [
      'a channel with an indefinite article ("in a weekly Brask Radio show") after the last quotation is not content',
      `${T}Ivo Pell called Ana Ruiz a “ferry wrecker” in a weekly Brask Radio show.`,
      [{ content: 'Ana Ruiz a “ferry wrecker”', kind: 'DIRECT', cue: 'called', mention: 'Ivo Pell' }],
    ],
    [
      'a participle of consequence after the last quotation ("prompting loud jeers") is the writer\'s',
      `${T}Ivo Pell called the levy “a slow swindle” prompting loud jeers from the dockworkers.`,
      [{ content: 'the levy “a slow swindle”', kind: 'DIRECT', cue: 'called', mention: 'Ivo Pell' }],
    ],
    [
      'a participle of saying after a message noun does not pull the sentence opening into its quotation',
      `${T}Ana Ruiz asked the harbour office to confirm the ferry times. Moments later, she sent a text message saying, “sorted.”`,
      [
        { content: 'to confirm the ferry times', kind: 'INDIRECT', cue: 'asked', mention: 'Ana Ruiz' },
        { content: 'sorted.', kind: 'DIRECT', cue: 'saying', mention: 'she' },
      ],
    ],
    [
      'a quoting report in a comma-set "which" clause ends the outer report before it',
      `${T}Pell said he has backed a motion that would split the ferry office, which he called “a maze of clerks.”`,
      [
        { content: 'he has backed a motion that would split the ferry office', kind: 'INDIRECT', cue: 'said', mention: 'Pell' },
        { content: 'a motion that would split the ferry office', kind: 'INDIRECT', cue: 'backed', mention: 'he' },
        { content: 'a maze of clerks.', kind: 'DIRECT', cue: 'called', mention: 'he' },
      ],
    ],
    [
      'a subject and verb of saying after a colon start a report of their own; the earlier clause ends at the colon',
      `${T}Even captains who quietly backed the toll sounded weary: Harbour pilot Maren Okafor called it “a tax on every tide.”`,
      [
        { content: 'the toll sounded weary', kind: 'INDIRECT', cue: 'backed', mention: 'who' },
        { content: 'it “a tax on every tide.”', kind: 'DIRECT', cue: 'called', mention: 'Harbour pilot Maren Okafor' },
      ],
    ],
    [
      'a channel after the noun a quotation modifies ("movement in her … appearances") is not content',
      `${T}Ana Ruiz denounced the nascent “Harbour First” movement in her Brask Radio Morning Show appearances.`,
      [{ content: 'the nascent “Harbour First” movement', kind: 'DIRECT', cue: 'denounced', mention: 'Ana Ruiz' }],
    ],
    [
      'a quoting report in a dash-set "which" clause ends the outer report before it',
      `${T}Pell said in a letter that the ferry office has lost track of its own timetable — which he added “makes no sense at all.”`,
      [
        { content: 'the ferry office has lost track of its own timetable', kind: 'INDIRECT', cue: 'said', mention: 'Pell' },
        { content: 'makes no sense at all.', kind: 'DIRECT', cue: 'added', mention: 'he' },
      ],
    ],
    [
      'a crowd\'s chant after "with chants of" is the quotation alone, not the clause of time after it',
      `${T}Ruiz's crew responded with chants of “full steam” until Okafor herself rang the harbour bell.`,
      [{ content: '“full steam”', kind: 'DIRECT', cue: 'responded', mention: "Ruiz's crew" }],
    ],
    [
      'a comma and a past-tense verb with no subject after the last quotation resume the main clause',
      `${T}Mayor Ana Ruiz, who owed her seat to, as one envoy put it, a “harbour makeover” that Ivo Pell ran, departed the island in the face of protests.`,
      [{ content: 'a “harbour makeover” that Ivo Pell ran', kind: 'DIRECT', cue: 'put it', mention: 'one envoy' }],
    ],
    [
      'a quoted label in "what X called “…”" inside another report is a statement of its speaker too',
      `${T}Tessel sought the boat show as a way of losing what Ivo Pell called "a dusty reputation."`,
      [
        { content: 'the boat show as a way of losing what Ivo Pell called "a dusty reputation."', kind: 'DIRECT', cue: 'sought', mention: 'Tessel' },
        { content: 'a dusty reputation.', kind: 'DIRECT', cue: 'called', mention: 'Ivo Pell' },
      ],
    ],
    [
      'a participle set off by commas after the subject ends where the main verb resumes',
      `${T}Mayor Ruiz, recalling weekly lunches with Ivo Pell, described herself as his ''harbour whisperer.''`,
      [
        { content: 'weekly lunches with Ivo Pell', kind: 'INDIRECT', cue: 'recalling', mention: 'Mayor Ruiz' },
        { content: "herself as his ''harbour whisperer.''", kind: 'DIRECT', cue: 'described', mention: 'Mayor Ruiz' },
      ],
    ],
    [
      'the noun of a qualifier cut after its article ("in a statement") runs to the colon that opens the quotation',
      `${T}The Brask harbour board said in a statement: ''The ferries will sail again by the spring.''`,
      [{ content: 'The ferries will sail again by the spring.', kind: 'DIRECT', cue: 'said', mention: 'The Brask harbour board' }],
    ],
    [
      'the noun of a qualifier cut after its article runs to a comma before a doubled-mark quotation',
      `${T}Ana Ruiz said at a harbour meeting, ''Nobody here wants the levy, and nobody will pay it.''`,
      [{ content: 'Nobody here wants the levy, and nobody will pay it.', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' }],
    ],
    [
      '"that" and a comma before a doubled-mark quotation opening a longer clause are not content',
      `${T}Ivo Pell said the vote was close. He added that, ''the ferry crews have earned a raise'' and ''deserve a say in the levy.''`,
      [
        { content: 'the vote was close', kind: 'INDIRECT', cue: 'said', mention: 'Ivo Pell' },
        { content: "''the ferry crews have earned a raise'' and ''deserve a say in the levy.''", kind: 'DIRECT', cue: 'added', mention: 'He' },
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(statementRows(text)).toEqual(expected);
  });
});

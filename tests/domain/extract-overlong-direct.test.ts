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
      `${T}Although in March she said her plan to sell the ferry was a mistake, at the hall this week she said she no longer thought the sale was "a lapse of judgement."`,
      [
        { content: 'her plan to sell the ferry was a mistake', kind: 'INDIRECT', cue: 'said', mention: 'she' },
        { content: 'she no longer thought the sale was "a lapse of judgement."', kind: 'DIRECT', cue: 'said', mention: 'she' },
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
      'a share of those asked ("14 percent") is the subject of a coordinated report',
      `${T}In the harbour poll, 21 percent said “not very likely” and 14 percent said “not likely at all.”`,
      [
        { content: '“not very likely”', kind: 'DIRECT', cue: 'said', mention: '21 percent' },
        { content: '“not likely at all.”', kind: 'DIRECT', cue: 'said', mention: '14 percent' },
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
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(statementRows(text)).toEqual(expected);
  });
});

// Table tests for the speakers and precision of quotations set in the writer's own clause
// (embedded quotations). Every sentence, person and place here is invented.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/domain/extraction/extract-article.ts';
import { statementRows } from '../support/extraction.ts';
import type { StatementRow } from '../support/extraction.ts';

const T = 'Headline about the Brask harbour levy\n';

describe('embedded quotation speakers', () => {
  const cases: [string, string, StatementRow[]][] = [
    [
      'a participle opening the sentence quotes the subject after its phrase',
      `${T}Granting that the levy “hurt some boats,” though, Ana Ruiz defended it.`,
      [{ content: 'that the levy “hurt some boats,”', kind: 'DIRECT', cue: 'Granting', mention: 'Ana Ruiz' }],
    ],
    [
      'a participle after a reporting clause shares its speaker',
      `${T}“Not today,” Ivo Pell said, instead urging a “fair levy” for the quay.`,
      [
        { content: 'Not today,', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' },
        { content: 'a “fair levy” for the quay', kind: 'DIRECT', cue: 'urging', mention: 'Ivo Pell' },
      ],
    ],
    [
      'an -ed word after a determiner is an adjective, not the quotation\'s verb',
      `${T}Ivo Pell stood among the moneyed owners of trawlers who fund “harbour trusts.”`,
      [],
    ],
    [
      'a capitalised "Will" inside a sentence is a name, not a modal',
      `${T}From the levy to the ferry, Will described Ivo Pell as a “harbour tyrant” and worse.`,
      [{ content: 'Ivo Pell as a “harbour tyrant” and worse', kind: 'DIRECT', cue: 'described', mention: 'Will' }],
    ],
    [
      'a possessed cue noun followed by "as" is characterised by the clause subject',
      `${T}Last year, Ivo Pell waved off Ruiz’s remarks as “harbour gossip” and moved on.`,
      [{ content: 'as “harbour gossip”', kind: 'DIRECT', cue: 'remarks', mention: 'Ivo Pell' }],
    ],
    [
      'an -ing word right after a plural noun describes the noun, it does not report',
      `${T}On the quay, trawler crews facing a “harbour tax” sat idle.`,
      [],
    ],
    [
      'a relative clause\'s own action verb does not report a quotation',
      `${T}Ana Ruiz was a harbour favourite who routed the “old guard” candidate in the vote.`,
      [],
    ],
    [
      '"always" between subject and verb is skipped like other adverbs',
      `${T}For decades, the Lantern Gazette has always claimed its columns are “open to every islander.”`,
      [{ content: 'its columns are “open to every islander.”', kind: 'DIRECT', cue: 'claimed', mention: 'the Lantern Gazette' }],
    ],
    [
      'an aspect verb ("kept") before an -ing cue is skipped on the way to the subject',
      `${T}At the hearing on Monday, Ana Ruiz kept asking the board why the pier was “a lost cause.”`,
      [{ content: 'the board why the pier was “a lost cause.”', kind: 'DIRECT', cue: 'asking', mention: 'Ana Ruiz' }],
    ],
    [
      'a possessive pronoun owning the cue noun stands for its clause\'s subject',
      `${T}Maren Okafor has tirelessly sold her promise of “cheaper moorings” to the fishing crews.`,
      [{ content: 'of “cheaper moorings” to the fishing crews', kind: 'DIRECT', cue: 'promise', mention: 'Maren Okafor' }],
    ],
    [
      'a verb of doing ("served as") does not introduce a quotation',
      `${T}Ana Ruiz later served as the harbour board’s “fixer,” or go-between, to the ferry firms.`,
      [],
    ],
    [
      'waving a banner does not quote it',
      `${T}Dozens of crews waved their “harbour first” flags from the quay.`,
      [],
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(statementRows(text)).toEqual(expected);
    });
  }
});

describe('names in the body', () => {
  it('a name never runs over a paragraph break', () => {
    const text = 'Ferry levy debated\nThe council met in Brask.\n\nPell said the levy would fall.';
    const a = extractArticle(text);
    expect(a.speakers.map((s) => s.name)).toEqual(['Pell']);
  });
});

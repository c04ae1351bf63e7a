// Table tests for the edges of direct statements.
// Every sentence, person, outlet and place here is invented; none comes from a real article.
import { describe, expect, it } from 'vitest';
import { statementRows } from '../support/extraction.ts';
import type { StatementRow } from '../support/extraction.ts';

const T = 'Headline about the Brask harbour levy\n';

describe('direct statement edges', () => {
  const cases: [string, string, StatementRow[]][] = [
    [
      'a label in "what X called “…”" with a named speaker is the label alone',
      `${T}The suit targets what former crew members have called a “ferry swindle”.`,
      [
        { content: 'what former crew members have called a “ferry swindle”', kind: 'DIRECT', cue: 'targets', mention: 'The suit' },
        { content: 'a “ferry swindle”', kind: 'DIRECT', cue: 'called', mention: 'former crew members' },
      ],
    ],
    [
      'a recipient named with its kind of outlet ("the Harbour Wire news agency") is not content',
      `${T}Ivo Pell told the Harbour Wire news agency simply, "We lost."`,
      [{ content: '"We lost."', kind: 'DIRECT', cue: 'told', mention: 'Ivo Pell' }],
    ],
    [
      'a naming participle after an indefinite noun ("a firm called Harbour Metrics") is no cue',
      `${T}Ana Ruiz, an economist at a consulting firm called Harbour Metrics, argues that as the port grows, "the levy will choke the ferries," too.`,
      [{ content: 'as the port grows, "the levy will choke the ferries," too', kind: 'DIRECT', cue: 'argues', mention: 'Ana Ruiz' }],
    ],
    [
      'a colon inside a quoted title does not start the report an "according to" closes',
      `${T}Ivo Pell's memoir ''Brask Rising: How to Save the Harbour'' has sold 23,000 copies in eight months, according to Tallybook.`,
      [{ content: "Ivo Pell's memoir ''Brask Rising: How to Save the Harbour'' has sold 23,000 copies in eight months", kind: 'DIRECT', cue: 'according to', mention: 'Tallybook' }],
    ],
    [
      'a capitalised quotation after "Lead, X said," is a sentence of its own',
      `${T}Quite suddenly, after the vote in Brask, Ivo Pell said, “The harbour called and said no.”`,
      [{ content: 'The harbour called and said no.', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' }],
    ],
    [
      'a quotation introduced by a second verb of saying ("but added, “…”") is its own statement',
      `${T}Ana Ruiz said it was too early to count the ballots but added, “I think you all know the result.”`,
      [
        { content: 'it was too early to count the ballots', kind: 'INDIRECT', cue: 'said', mention: 'Ana Ruiz' },
        { content: 'I think you all know the result.', kind: 'DIRECT', cue: 'added', mention: 'Ana Ruiz' },
      ],
    ],
    [
      'a subject and verb of saying inside a clause introduce the quotation that ends it',
      `${T}The quarrel grew so heated over which harbour bill that Mayor Ivo Pell said, “I need a translator for this levy.”`,
      [{ content: 'I need a translator for this levy.', kind: 'DIRECT', cue: 'said', mention: 'Mayor Ivo Pell' }],
    ],
    [
      'an "and" with a verb of its own after a label quotation starts a new predicate',
      `${T}Ivo Pell called the harbour levy “a swindle on wheels” and cast himself as the friend of every ferryman.`,
      [{ content: 'the harbour levy “a swindle on wheels”', kind: 'DIRECT', cue: 'called', mention: 'Ivo Pell' }],
    ],
    [
      'a reported clause with its own pronoun subject keeps its coordinated predicate',
      `${T}Ivo Pell said he had a “bad day” and deleted the harbour file.`,
      [{ content: 'he had a “bad day” and deleted the harbour file', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' }],
    ],
    [
      'a quotation closed by its own "!" ends the report before a trailing circumstance',
      `${T}Ivo Pell shouted “Not one penny more!” at the harbour board during its first meeting of the year.`,
      [{ content: '“Not one penny more!”', kind: 'DIRECT', cue: 'shouted', mention: 'Ivo Pell' }],
    ],
    [
      'a quoting report nested after "and" ends the outer clause before its subject',
      `${T}Ana Ruiz accused the board of "hiding the books" and Ivo Pell says it is "losing the harbour."`,
      [
        { content: 'the board of "hiding the books"', kind: 'DIRECT', cue: 'accused', mention: 'Ana Ruiz' },
        { content: 'it is "losing the harbour."', kind: 'DIRECT', cue: 'says', mention: 'Ivo Pell' },
      ],
    ],
    [
      'a quoting report nested after "while adding" ends the outer clause before its verb',
      `${T}Ana Ruiz said the harbour levy was “premature” for the islands while adding on ferry matters, “I have no doubt the board means well.”`,
      [
        { content: 'the harbour levy was “premature” for the islands', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' },
        { content: 'on ferry matters, “I have no doubt the board means well.”', kind: 'DIRECT', cue: 'adding', mention: 'Ana Ruiz' },
      ],
    ],
    [
      '"but" with a reporting verb of the same subject starts a new report',
      `${T}Ivo Pell says harbour voters may not like the answer, but insists the levy is “a fair price for the ferries.”`,
      [
        { content: 'harbour voters may not like the answer', kind: 'INDIRECT', cue: 'says', mention: 'Ivo Pell' },
        { content: 'the levy is “a fair price for the ferries.”', kind: 'DIRECT', cue: 'insists', mention: 'Ivo Pell' },
      ],
    ],
    [
      'a clause of time after a quoted chant is the writer\'s circumstance',
      `${T}Ana Ruiz stood at the pier for an hour, chanting “no levy, no ferry” after the talks with the board failed on Friday.`,
      [{ content: '“no levy, no ferry”', kind: 'DIRECT', cue: 'chanting', mention: 'Ana Ruiz' }],
    ],
    [
      'a reported clause keeps its clause of time',
      `${T}Ivo Pell said he was “riding the fence” until Ana Ruiz backed the levy.`,
      [
        { content: 'he was “riding the fence” until Ana Ruiz backed the levy', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' },
        { content: 'the levy', kind: 'INDIRECT', cue: 'backed', mention: 'Ana Ruiz' },
      ],
    ],
    [
      'a long recipient before "that" is not part of what was said',
      `${T}Ana Ruiz is telling diners at a busy Brask, Vandor, harbour café that “I need every vote tomorrow.”`,
      [{ content: '“I need every vote tomorrow.”', kind: 'DIRECT', cue: 'telling', mention: 'Ana Ruiz' }],
    ],
    [
      'a qualifier with a quoted programme title before "that" is not content',
      `${T}Ana Ruiz said on the Courier's "Harbour Hour" that she would "take a look" at the levy.`,
      [{ content: 'she would "take a look" at the levy', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' }],
    ],
    [
      'an inverted attribution after the quotation ends the report and names its speaker',
      `${T}The vote against the levy signals “the end of the ferries” for the islands, said Ivo Pell, the harbour master of Brask.`,
      [{ content: '“the end of the ferries” for the islands', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' }],
    ],
    [
      'a second participle of saying after a quotation ("and accusing …") is a report of its own',
      `${T}In a letter on Monday, Ivo Pell attacked the levy, calling it “a swindle on wheels” and accusing the mayor of “hiding the harbour books.”`,
      [
        { content: 'the levy', kind: 'INDIRECT', cue: 'attacked', mention: 'Ivo Pell' },
        { content: 'it “a swindle on wheels”', kind: 'DIRECT', cue: 'calling', mention: 'Ivo Pell' },
        { content: 'the mayor of “hiding the harbour books.”', kind: 'DIRECT', cue: 'accusing', mention: 'Ivo Pell' },
      ],
    ],
    [
      'a clock time ("8 p.m.") before "He says" ends the sentence',
      `${T}Ivo Pell says he will “work hard all day” and await the results after the polls close at 8 p.m. He says “it is far too close to call this year.”`,
      [
        { content: 'he will “work hard all day” and await the results after the polls close at 8 p.m', kind: 'DIRECT', cue: 'says', mention: 'Ivo Pell' },
        { content: 'it is far too close to call this year.', kind: 'DIRECT', cue: 'says', mention: 'He' },
      ],
    ],
    [
      '"saying … and calling X “…”": the second participle of saying reports the quotation',
      `${T}Ana Ruiz defended the harbour board on Monday, saying it had run the ferries well for years and calling the levy “a fair price for the islands.”`,
      [
        { content: 'the harbour board', kind: 'INDIRECT', cue: 'defended', mention: 'Ana Ruiz' },
        { content: 'it had run the ferries well for years', kind: 'INDIRECT', cue: 'saying', mention: 'Ana Ruiz' },
        { content: 'the levy “a fair price for the islands.”', kind: 'DIRECT', cue: 'calling', mention: 'Ana Ruiz' },
      ],
    ],
    [
      'a long clause closed by a colon introduces a full quotation of its own',
      `${T}Minutes later, Ivo Pell followed up by lamenting the endless chores his post entails, above all fundraising: “It is a treadmill with no end,” he said.`,
      [
        { content: 'the endless chores his post entails, above all fundraising', kind: 'INDIRECT', cue: 'lamenting', mention: 'Ivo Pell' },
        { content: 'It is a treadmill with no end,', kind: 'DIRECT', cue: 'said', mention: 'he' },
      ],
    ],
    [
      'a parenthetical "he said," after a clause of its own introduces a lower-case quotation',
      `${T}Pell's remarks were directed broadly at harbour critics, including, he said, "councillors who post all day and never ride a ferry."`,
      [
        { content: "Pell's remarks were directed broadly at harbour critics, including", kind: 'INDIRECT', cue: 'said', mention: 'he' },
        { content: 'councillors who post all day and never ride a ferry.', kind: 'DIRECT', cue: 'said', mention: 'he' },
      ],
    ],
    [
      'a report inside an opening "If … when he says …" clause ends where the main clause begins',
      `${T}If we read Ivo Pell correctly when he says he wants to “win every ferry town” this spring, it would seem his real plan is to stall the levy.`,
      [{ content: 'he wants to “win every ferry town” this spring', kind: 'DIRECT', cue: 'says', mention: 'he' }],
    ],
    [
      'a parenthesis after the last quotation is the writer\'s aside',
      `${T}Ivo Pell called the old harbour ferries “floating ruins” (though he praised the crews who run them).`,
      [
        { content: 'the old harbour ferries “floating ruins”', kind: 'DIRECT', cue: 'called', mention: 'Ivo Pell' },
        { content: 'the crews', kind: 'INDIRECT', cue: 'praised', mention: 'he' },
      ],
    ],
    [
      'an object cut at its appositive keeps the "of" complement that quotes the speaker',
      `${T}Ana Ruiz accused Ivo Pell, the harbour master since last spring, of being “asleep at the helm” during the storm.`,
      [{ content: 'Ivo Pell, the harbour master since last spring, of being “asleep at the helm” during the storm', kind: 'DIRECT', cue: 'accused', mention: 'Ana Ruiz' }],
    ],
    [
      'an object cut before its circumstances keeps a closing ", as “…”" that quotes the speaker',
      `${T}Ivo Pell mocked the board’s promise that the pier would stay open even amid the storms of the winter, as “pure theatre.”`,
      [{ content: 'the board’s promise that the pier would stay open even amid the storms of the winter, as “pure theatre.”', kind: 'DIRECT', cue: 'mocked', mention: 'Ivo Pell' }],
    ],
    [
      'an object cut before "by using …" keeps the means when it quotes the speaker',
      `${T}Ana Ruiz accused him of making cruel remarks by using the word “parasites” in the 1990s.`,
      [{ content: 'him of making cruel remarks by using the word “parasites” in the 1990s', kind: 'DIRECT', cue: 'accused', mention: 'Ana Ruiz' }],
    ],
    [
      'a ", but" clause quoting a single word continues the report',
      `${T}The harbour board had said more than 300 ledgers held private data, but the vast majority were just “routine,” a lower grade of secrecy.`,
      [{ content: 'more than 300 ledgers held private data, but the vast majority were just “routine,”', kind: 'DIRECT', cue: 'said', mention: 'The harbour board' }],
    ],
    [
      'a "that" inside a doubled-apostrophe quotation after "added," is not the verb\'s "that"',
      `${T}But he added, ''I think the old idea, that the harbour pays for itself, is still right.'' Ivo Pell then left.`,
      [{ content: 'I think the old idea, that the harbour pays for itself, is still right.', kind: 'DIRECT', cue: 'added', mention: 'he' }],
    ],
    [
      'the channel named after the last quotation ("on his weekly radio show") is not content',
      `${T}Ivo Pell called Ana Ruiz a “ferry wrecker” on his weekly radio show.`,
      [{ content: 'Ana Ruiz a “ferry wrecker”', kind: 'DIRECT', cue: 'called', mention: 'Ivo Pell' }],
    ],
    [
      'a sentence split by ", X said," whose second half quotes the speaker is one statement',
      `${T}Ferry fares are checked against the harbour rules, Ivo Pell said, but “we never ask the sailors what they earn.”`,
      [{ content: 'Ferry fares are checked against the harbour rules, Ivo Pell said, but “we never ask the sailors what they earn.”', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' }],
    ],
    [
      'after ", X said," a participle of saying starts a report of its own',
      `${T}The ferry will sail next week, Ivo Pell said, adding, “The crews should meet and settle it.”`,
      [
        { content: 'The ferry will sail next week', kind: 'INDIRECT', cue: 'said', mention: 'Ivo Pell' },
        { content: 'adding, “The crews should meet and settle it.”', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' },
        { content: 'The crews should meet and settle it.', kind: 'DIRECT', cue: 'adding', mention: 'Ivo Pell' },
      ],
    ],
    [
      'a fronted phrase before the subject of an interrupted sentence stays apart',
      `${T}Tied by a long ferry route and a shared harbour, the two towns, Ana Ruiz said, now have a “golden chance” to grow.`,
      [
        { content: 'Tied by a long ferry route and a shared harbour, the two towns', kind: 'INDIRECT', cue: 'said', mention: 'Ana Ruiz' },
        { content: 'now have a “golden chance” to grow', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' },
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(statementRows(text)).toEqual(expected);
  });
});

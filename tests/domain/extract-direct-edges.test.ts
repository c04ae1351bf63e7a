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
      'a recipient named with its kind of outlet ("the Lantern Daily news agency") is not content',
      `${T}Dana Ruiz told the Lantern Daily news agency briefly, "The nets are empty."`,
      [{ content: '"The nets are empty."', kind: 'DIRECT', cue: 'told', mention: 'Dana Ruiz' }],
    ],
    [
      'a naming participle after an indefinite noun ("an office called Tessel Charts") is no cue',
      `${T}Maren Okafor, a surveyor with a mapping office called Tessel Charts, argues that when winter comes, "the pier will flood first," too.`,
      [{ content: 'when winter comes, "the pier will flood first," too', kind: 'DIRECT', cue: 'argues', mention: 'Maren Okafor' }],
    ],
    [
      'a colon inside a quoted title does not start the report an "according to" closes',
      `${T}Ana Ruiz's cookbook ''Salt and Rope: Recipes From the Quay'' is now in a fourth printing since March, according to Pagecount.`,
      [{ content: "Ana Ruiz's cookbook ''Salt and Rope: Recipes From the Quay'' is now in a fourth printing since March", kind: 'DIRECT', cue: 'according to', mention: 'Pagecount' }],
    ],
    [
      'a capitalised quotation after "Lead, X said," is a sentence of its own',
      `${T}Late on Friday, once the vote in Tessel was counted, Maren Okafor said, “The islands have spoken and we will listen.”`,
      [{ content: 'The islands have spoken and we will listen.', kind: 'DIRECT', cue: 'said', mention: 'Maren Okafor' }],
    ],
    [
      'a quotation introduced by a second verb of saying ("but added, “…”") is its own statement',
      `${T}Maren Okafor said the pier repairs had barely begun but added, “We will finish before the herring season.”`,
      [
        { content: 'the pier repairs had barely begun', kind: 'INDIRECT', cue: 'said', mention: 'Maren Okafor' },
        { content: 'We will finish before the herring season.', kind: 'DIRECT', cue: 'added', mention: 'Maren Okafor' },
      ],
    ],
    [
      'a subject and verb of saying inside a clause introduce the quotation that ends it',
      `${T}The argument became so loud over whose boat had the right of way that Mayor Dana Ruiz said, “Somebody fetch a referee for these skippers.”`,
      [{ content: 'Somebody fetch a referee for these skippers.', kind: 'DIRECT', cue: 'said', mention: 'Mayor Dana Ruiz' }],
    ],
    [
      'an "and" with a verb of its own after a label quotation starts a new predicate',
      `${T}Ivo Pell called the harbour levy “a swindle on wheels” and drew cheers from every ferryman.`,
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
      `${T}Dana Ruiz says the fishing crews will grumble about the timetable, but insists the new route is “the only way to reach Tessel by noon.”`,
      [
        { content: 'the fishing crews will grumble about the timetable', kind: 'INDIRECT', cue: 'says', mention: 'Dana Ruiz' },
        { content: 'the new route is “the only way to reach Tessel by noon.”', kind: 'DIRECT', cue: 'insists', mention: 'Dana Ruiz' },
      ],
    ],
    [
      'a clause of time after a quoted chant is the writer\'s circumstance',
      `${T}Ana Ruiz stood at the pier for an hour, chanting “no levy, no ferry” after the talks with the board failed on Friday.`,
      [{ content: '“no levy, no ferry”', kind: 'DIRECT', cue: 'chanting', mention: 'Ana Ruiz' }],
    ],
    [
      'a reported clause keeps its clause of time',
      `${T}Ivo Pell said he was “keeping both oars out of the water” until Maren Okafor backed the new timetable.`,
      [
        { content: 'he was “keeping both oars out of the water” until Maren Okafor backed the new timetable', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' },
        { content: 'the new timetable', kind: 'INDIRECT', cue: 'backed', mention: 'Maren Okafor' },
      ],
    ],
    [
      'a long recipient before "that" is not part of what was said',
      `${T}Ana Ruiz is telling diners at a busy Brask, Vandor, harbour café that “I need every vote tomorrow.”`,
      [{ content: '“I need every vote tomorrow.”', kind: 'DIRECT', cue: 'telling', mention: 'Ana Ruiz' }],
    ],
    [
      'a qualifier with a quoted programme title before "that" is not content',
      `${T}Ana Ruiz said on the Courier's "Harbour Hour" that she would "weigh up" the ferry vote.`,
      [{ content: 'she would "weigh up" the ferry vote', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' }],
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
      'a clock time ("9 p.m.") before "He says" ends the sentence',
      `${T}Ivo Pell says he will “mend nets until dark” and then walk to the lighthouse before the lamp is lit at 9 p.m. He says “the gulls know the timetable better than I do.”`,
      [
        { content: 'he will “mend nets until dark” and then walk to the lighthouse before the lamp is lit at 9 p.m', kind: 'DIRECT', cue: 'says', mention: 'Ivo Pell' },
        { content: 'the gulls know the timetable better than I do.', kind: 'DIRECT', cue: 'says', mention: 'He' },
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
      `${T}Later that evening, Dana Ruiz went on by lamenting the many duties her office brings, chiefly the paperwork: “The forms pile up faster than the tide,” she said.`,
      [
        { content: 'the many duties her office brings, chiefly the paperwork', kind: 'INDIRECT', cue: 'lamenting', mention: 'Dana Ruiz' },
        { content: 'The forms pile up faster than the tide,', kind: 'DIRECT', cue: 'said', mention: 'she' },
      ],
    ],
    [
      'a parenthetical "he said," after a clause of its own introduces a lower-case quotation',
      `${T}Okafor's warning was aimed at several ferry owners, including, she said, "skippers who sail half empty just to keep a licence."`,
      [
        { content: "Okafor's warning was aimed at several ferry owners, including", kind: 'INDIRECT', cue: 'said', mention: 'she' },
        { content: 'skippers who sail half empty just to keep a licence.', kind: 'DIRECT', cue: 'said', mention: 'she' },
      ],
    ],
    [
      'a report inside an opening "If … when he says …" clause ends where the main clause begins',
      `${T}If I heard Ivo Pell rightly when he says he hopes to “fill every berth” by June, it would seem his true aim is to sell the old ferry.`,
      [{ content: 'he hopes to “fill every berth” by June', kind: 'DIRECT', cue: 'says', mention: 'he' }],
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
      `${T}Ana Ruiz accused him of mocking the crews by using the nickname “barnacles” in his speeches.`,
      [{ content: 'him of mocking the crews by using the nickname “barnacles” in his speeches', kind: 'DIRECT', cue: 'accused', mention: 'Ana Ruiz' }],
    ],
    [
      'a ", but" clause quoting a single word continues the report',
      `${T}The ferry office had said dozens of tickets were sold twice, but nearly all of them were merely “late,” a milder kind of slip.`,
      [{ content: 'dozens of tickets were sold twice, but nearly all of them were merely “late,”', kind: 'DIRECT', cue: 'said', mention: 'The ferry office' }],
    ],
    [
      'a "that" inside a doubled-apostrophe quotation after "added," is not the verb\'s "that"',
      `${T}Then she added, ''My one hope, that the ferry keeps its winter route, still stands.'' Dana Ruiz sat down.`,
      [{ content: 'My one hope, that the ferry keeps its winter route, still stands.', kind: 'DIRECT', cue: 'added', mention: 'she' }],
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
      `${T}Linked by one narrow bridge and a common market, the twin villages, Maren Okafor said, still have a “fair shot” at thriving.`,
      [
        { content: 'Linked by one narrow bridge and a common market, the twin villages', kind: 'INDIRECT', cue: 'said', mention: 'Maren Okafor' },
        { content: 'still have a “fair shot” at thriving', kind: 'DIRECT', cue: 'said', mention: 'Maren Okafor' },
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(statementRows(text)).toEqual(expected);
  });
});

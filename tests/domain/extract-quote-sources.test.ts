// Table tests for quotations that had no direct statement at all. Every sentence, person and place here is invented.
import { describe, expect, it } from 'vitest';
import { statementRows } from '../support/extraction.ts';
import type { StatementRow } from '../support/extraction.ts';

const T = 'Headline about the Brask harbour levy\n';

describe('quotations without a direct statement', () => {
  const cases: [string, string, StatementRow[]][] = [
    [
      'a quotation in doubled apostrophes after "added," is not an aside before a "that" inside it',
      `${T}But he added, ''I think the common view, that Ivo Pell is a more careful person, is correct.''`,
      [{ content: 'I think the common view, that Ivo Pell is a more careful person, is correct.', kind: 'DIRECT', cue: 'added', mention: 'he' }],
    ],
    [
      'a participle and colon closing a paragraph introduce the quotation of the next paragraph as a direct statement',
      `${T}\nThe Brask Courier confirmed that account, reporting:\n\n"As the ferries were sold off one by one, the harbour board kept quiet about the price. Ivo Pell signed every sale."`,
      [
        { content: 'account', kind: 'INDIRECT', cue: 'confirmed', mention: 'The Brask Courier' },
        { content: 'As the ferries were sold off one by one, the harbour board kept quiet about the price. Ivo Pell signed every sale.', kind: 'DIRECT', cue: 'reporting', mention: 'The Brask Courier' },
      ],
    ],
    [
      'a naming verb\'s object cut at an aside runs on over "as" and the quotation',
      `${T}Ivo Pell portrayed the dockers, in particular, as “thieves” and left the hall.`,
      [{ content: 'the dockers, in particular, as “thieves”', kind: 'DIRECT', cue: 'portrayed', mention: 'Ivo Pell' }],
    ],
    [
      'words on signs a crowd carried are quoted from the crowd',
      `${T}A crowd of dockers had gathered at the quay, calling for a vote and carrying signs saying, “No levy, no vote.” Many wore blue.`,
      [
        { content: 'a vote', kind: 'INDIRECT', cue: 'calling for', mention: 'A' },
        { content: 'No levy, no vote.', kind: 'DIRECT', cue: 'signs saying,', mention: 'A crowd of dockers' },
      ],
    ],
    [
      'a chant is quoted from those who joined in it',
      `${T}The Brask dockers joined in a loud chant of “Save the pier!” Their voices filled the quay.`,
      [{ content: 'Save the pier!', kind: 'DIRECT', cue: 'chant of', mention: 'The Brask dockers' }],
    ],
    [
      'a slogan is quoted from its owner',
      `${T}Ana Ruiz’s campaign slogan is “Pier first.” But now she wants more.`,
      [{ content: 'Pier first.', kind: 'DIRECT', cue: 'slogan is', mention: 'Ana Ruiz' }],
    ],
    [
      'the title of an ad is quoted from the group that launched it',
      `${T}The Brask Fund, which Ana Ruiz runs, launched a radio ad on Sunday titled, “Sinking.”`,
      [{ content: 'Sinking.', kind: 'DIRECT', cue: 'titled', mention: 'The Brask Fund' }],
    ],
    [
      'a closing mark opens a quotation after an invisible direction mark',
      `${T}\u202A”The pier must stay open for everyone!” wrote Ana Ruiz.`,
      [{ content: 'The pier must stay open for everyone!', kind: 'DIRECT', cue: 'wrote', mention: 'Ana Ruiz' }],
    ],
    [
      'an opening exclamation is said by the subject after its past-tense verb',
      `${T}“What a day!” beamed Ivo Pell of Brask, who had waited all night.`,
      [{ content: 'What a day!', kind: 'DIRECT', cue: 'beamed', mention: 'Ivo Pell of Brask' }],
    ],
    [
      'a front page can blare an exclamation',
      `${T}“Sunk!” blared the front page of The Brask Courier.`,
      [{ content: 'Sunk!', kind: 'DIRECT', cue: 'blared', mention: 'the front page of The Brask Courier' }],
    ],
    [
      'an apposition with an initial does not stop a naming verb\'s object',
      `${T}Speaking on the radio on Monday, Ivo Pell called the harbour chief, Ana B. Ruiz, “incredibly driven” and left.`,
      [{ content: 'the harbour chief, Ana B. Ruiz, “incredibly driven”', kind: 'DIRECT', cue: 'called', mention: 'Ivo Pell' }],
    ],
    [
      'an exclamation after the bare form of a shouting verb is said by its subject',
      `${T}This is why Ruiz cannot just point at the pier and cry “but it is sinking!” when the levy rises.`,
      [{ content: 'but it is sinking!', kind: 'DIRECT', cue: 'cry', mention: 'Ruiz' }],
    ],
    [
      '"and I quote" between the verb and its quotation is the writer\'s aside',
      `${T}No wonder Pell said, and I quote, “We love the harbour levy.” He is wrong.`,
      [{ content: 'We love the harbour levy.', kind: 'DIRECT', cue: 'said', mention: 'Pell' }],
    ],
    [
      'a closing mark and a space at a paragraph\'s start still open a quotation',
      `${T}” … if the mayor can visit the pier without harm, then surely Pell can too,” it read.`,
      [{ content: ' … if the mayor can visit the pier without harm, then surely Pell can too,', kind: 'DIRECT', cue: 'read', mention: 'it' }],
    ],
    [
      'a turned-around mark after the verb\'s comma opens the quotation ending the paragraph',
      `${T}He says,” there are a lot of dockers who never get listened to.”`,
      [{ content: ' there are a lot of dockers who never get listened to.', kind: 'DIRECT', cue: 'says', mention: 'He' }],
    ],
    [
      'a place set off by a comma between the verb and its quotation',
      `${T}Ruiz asks at Brask High School, “Any questions I can answer?”`,
      [{ content: 'Any questions I can answer?', kind: 'DIRECT', cue: 'asks', mention: 'Ruiz' }],
    ],
    [
      'a topic set off by a comma between the verb and its quotation',
      `${T}As they say about the old pier, “slow and sure, always late.”`,
      [{ content: 'slow and sure, always late.', kind: 'DIRECT', cue: 'say', mention: 'they' }],
    ],
    [
      'a qualifier cut after its article runs on to the end ("said in a radio address to …")',
      `${T}Dockers had “put the biggest dent” yet in the harbour levy, she said in a radio address to the council.`,
      [{ content: 'Dockers had “put the biggest dent” yet in the harbour levy', kind: 'DIRECT', cue: 'said', mention: 'she' }],
    ],
    [
      'a reported clause after the qualifier still reports',
      `${T}Pell said in a statement the levy was unfair.`,
      [{ content: 'statement the levy was unfair', kind: 'INDIRECT', cue: 'said', mention: 'Pell' }],
    ],
    [
      'a role noun with its "of" phrase is a subject ("former secretary of commerce said")',
      `${T}The harbour chief and former secretary of commerce said the town “clearly” needed a bigger fund.`,
      [{ content: 'the town “clearly” needed a bigger fund', kind: 'DIRECT', cue: 'said', mention: 'former secretary of commerce' }],
    ],
    [
      'a quotation that "came" as shouts from a crowd is said by that crowd',
      `${T}“Call the vote,” came shouts from the gallery, as the crowd booed.`,
      [{ content: 'Call the vote,', kind: 'DIRECT', cue: 'came', mention: 'the gallery' }],
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(statementRows(text)).toEqual(expected);
    });
  }
});

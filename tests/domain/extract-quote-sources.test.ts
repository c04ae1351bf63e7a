// Table tests for quotations that had no direct statement at all. Every sentence, person and place here is invented.
import { describe, expect, it } from 'vitest';
import { statementRows } from '../support/extraction.ts';
import type { StatementRow } from '../support/extraction.ts';

const T = 'Headline about the Brask harbour levy\n';

describe('quotations without a direct statement', () => {
  const cases: [string, string, StatementRow[]][] = [
    [
      'a quotation in doubled apostrophes after "added," is not an aside before a "that" inside it',
      `${T}Then he added, ''The rumour on the quay, that Ivo Pell sold his boat, is simply false.''`,
      [{ content: 'The rumour on the quay, that Ivo Pell sold his boat, is simply false.', kind: 'DIRECT', cue: 'added', mention: 'he' }],
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
      `${T}A line of fishermen had formed along the breakwater, calling for a hearing and holding signs saying, “Our nets, our say.” Most wore yellow.`,
      [
        { content: 'a hearing', kind: 'INDIRECT', cue: 'calling for', mention: 'A' },
        { content: 'Our nets, our say.', kind: 'DIRECT', cue: 'signs saying,', mention: 'A line of fishermen' },
      ],
    ],
    [
      'a chant is quoted from those who joined in it',
      `${T}The Brask dockers joined in a loud chant of “Save the pier!” Their voices filled the quay.`,
      [{ content: 'Save the pier!', kind: 'DIRECT', cue: 'chant of', mention: 'The Brask dockers' }],
    ],
    [
      'a slogan is quoted from its owner',
      `${T}Dana Ruiz’s campaign slogan is “Ferries before fences.” Few voters remember it.`,
      [{ content: 'Ferries before fences.', kind: 'DIRECT', cue: 'slogan is', mention: 'Dana Ruiz' }],
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
      `${T}“Adrift!” blared the cover of The Tessel Post.`,
      [{ content: 'Adrift!', kind: 'DIRECT', cue: 'blared', mention: 'the cover of The Tessel Post' }],
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
      `${T}No wonder Okafor said, and I quote, “Every ferry should run for free.” Nobody agreed.`,
      [{ content: 'Every ferry should run for free.', kind: 'DIRECT', cue: 'said', mention: 'Okafor' }],
    ],
    [
      'a closing mark and a space at a paragraph\'s start still open a quotation',
      `${T}” … if the mayor can visit the pier without harm, then surely Pell can too,” it read.`,
      [{ content: ' … if the mayor can visit the pier without harm, then surely Pell can too,', kind: 'DIRECT', cue: 'read', mention: 'it' }],
    ],
    [
      'a turned-around mark after the verb\'s comma opens the quotation ending the paragraph',
      `${T}She says,” the night crews on the quay rarely get a word in.”`,
      [{ content: ' the night crews on the quay rarely get a word in.', kind: 'DIRECT', cue: 'says', mention: 'She' }],
    ],
    [
      'a place set off by a comma between the verb and its quotation',
      `${T}Okafor asks at Lantern Community Hall, “Who wants the first ferry?”`,
      [{ content: 'Who wants the first ferry?', kind: 'DIRECT', cue: 'asks', mention: 'Okafor' }],
    ],
    [
      'a topic set off by a comma between the verb and its quotation',
      `${T}As they say about the night ferry, “cold deck, warm soup.”`,
      [{ content: 'cold deck, warm soup.', kind: 'DIRECT', cue: 'say', mention: 'they' }],
    ],
    [
      'a qualifier cut after its article runs on to the end ("said in a recorded message to …")',
      `${T}Skippers had “made the loudest noise” so far about the harbour levy, she said in a recorded message to the council.`,
      [{ content: 'Skippers had “made the loudest noise” so far about the harbour levy', kind: 'DIRECT', cue: 'said', mention: 'she' }],
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
      'a quotation that "came" as cries from a crowd is said by that crowd',
      `${T}“Open the gates,” came cries from the balcony, while the dockers stamped their feet.`,
      [{ content: 'Open the gates,', kind: 'DIRECT', cue: 'came', mention: 'the balcony' }],
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(statementRows(text)).toEqual(expected);
    });
  }
});

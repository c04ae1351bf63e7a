// Table tests for quotations set in the writer's own clause (embedded and coordinated
// quotations). Every sentence, person and place here is invented.
import { describe, expect, it } from 'vitest';
import { statementRows } from '../support/extraction.ts';
import type { StatementRow } from '../support/extraction.ts';

const T = 'Headline about the Brask harbour levy\n';

describe('embedded quotations', () => {
  const cases: [string, string, StatementRow[]][] = [
    [
      'a quotation joined by "or" to the one a statement ends with extends it',
      `${T}Weeks ahead of the talks, the ferry owners started to paint the walkout as a “pay” or “rota” quarrel.`,
      [{ content: 'to paint the walkout as a “pay” or “rota”', kind: 'DIRECT', cue: 'started', mention: 'the ferry owners' }],
    ],
    [
      '"regarding" is a preposition, not a verb that reports a quotation after it',
      `${T}Tessel auditors will also check the ledgers of the ferry board regarding a clause on “late fees” for night crossings.`,
      [],
    ],
    [
      'a colon in the writer\'s sentence introduces a quotation of its subject',
      `${T}At the rally, Ana Ruiz repeated one line over and over: “Save the pier!”`,
      [{ content: 'Save the pier!', kind: 'DIRECT', cue: ':', mention: 'Ana Ruiz' }],
    ],
    [
      'a quotation closing on its own comma ends its phrase before the next verb',
      `${T}Ivo Pell first wrote off the ferry deal as “reckless,” mocked the harbour board and said the port should close.`,
      [
        { content: 'the ferry deal as “reckless,”', kind: 'DIRECT', cue: 'wrote', mention: 'Ivo Pell' },
        { content: 'the port should close', kind: 'INDIRECT', cue: 'said', mention: 'Ivo Pell' },
      ],
    ],
    [
      'a capitalised quotation after "as" is a description, not a title',
      `${T}In her letter, Ana Ruiz identified the new inspector as “Brasker,” which he is not.`,
      [{ content: 'the new inspector as “Brasker,”', kind: 'DIRECT', cue: 'identified', mention: 'Ana Ruiz' }],
    ],
    [
      'an object cut before a circumstance runs on over the quotation its verb governs',
      `${T}Ivo Pell, the harbour master, called the pier plan on Sunday “reckless.”`,
      [{ content: 'the pier plan on Sunday “reckless.”', kind: 'DIRECT', cue: 'called', mention: 'Ivo Pell' }],
    ],
    [
      'a naming verb\'s object cut at an apposition is completed by the quotation',
      `${T}Ivo Pell called Ana Ruiz, his rival of ten years, “a menace.”`,
      [{ content: 'Ana Ruiz, his rival of ten years, “a menace.”', kind: 'DIRECT', cue: 'called', mention: 'Ivo Pell' }],
    ],
    [
      'one quoted word after "as an" outside a classification is the speaker\'s word',
      `${T}Ana Ruiz says the new board would let the harbour office act as an “umpire.”`,
      [{ content: 'the new board would let the harbour office act as an “umpire.”', kind: 'DIRECT', cue: 'says', mention: 'Ana Ruiz' }],
    ],
    [
      'one quoted word after a classifying verb and "as a" stays the writer\'s scare quote',
      `${T}Ivo Pell told the Courier that Brask law classifies the ferry owner as a “smuggler” over the fuel deal.`,
      [{ content: 'Brask law classifies the ferry owner as a “smuggler” over the fuel deal', kind: 'INDIRECT', cue: 'told', mention: 'Ivo Pell' }],
    ],
    [
      'a verb joined by "and" to an earlier report shares its subject',
      `${T}At noon he called her plan “foolish” and said the dockers had “no patience” for delays.`,
      [
        { content: 'her plan “foolish”', kind: 'DIRECT', cue: 'called', mention: 'he' },
        { content: 'the dockers had “no patience” for delays', kind: 'DIRECT', cue: 'said', mention: 'he' },
      ],
    ],
    [
      'a cue noun after a possessive is said by the possessor',
      `${T}Voters in Brask were moved by Ivo Pell’s repeated vows to “fix the pier” before the storm.`,
      [{ content: 'to “fix the pier”', kind: 'DIRECT', cue: 'vows', mention: 'Ivo Pell' }],
    ],
    [
      'an -ed word between an article and a quotation is an adjective',
      `${T}Ana Ruiz spoke at the pier after an unrehearsed “harbour song” by the choir.`,
      [],
    ],
    [
      '"so called" names a thing; it does not report',
      `${T}In Brask the so called “pier tax” is due in May.`,
      [],
    ],
    [
      'a sentence connector is not a speaker',
      `${T}Ivo Pell left early. And in explaining why the levy was “unfair” he blamed the port.`,
      [
        { content: 'why the levy was “unfair”', kind: 'DIRECT', cue: 'explaining', mention: null },
        { content: 'the port', kind: 'INDIRECT', cue: 'blamed', mention: 'he' },
      ],
    ],
    [
      'a quotation followed by a prepositional phrase of its clause runs on to the clause end',
      `${T}Ivo Pell vowed to “take the fight” in every harbour town before the vote.`,
      [{ content: 'to “take the fight” in every harbour town', kind: 'DIRECT', cue: 'vowed', mention: 'Ivo Pell' }],
    ],
    [
      'after a past participle the "by" phrase names the speaker and ends the content',
      `${T}For years the harbour levy was labelled a “fisherman tax” by the dock unions.`,
      [{ content: 'a “fisherman tax”', kind: 'DIRECT', cue: 'labelled', mention: 'the dock unions' }],
    ],
    [
      'a participle\'s quotation runs on over its prepositional phrase too',
      `${T}Ivo Pell closed the meeting early, vowing to “fight on” in every harbour town.`,
      [{ content: 'to “fight on” in every harbour town', kind: 'DIRECT', cue: 'vowing', mention: 'Ivo Pell' }],
    ],
    [
      'a relative clause between a report\'s object and its quotation does not end the report',
      `${T}Ana Ruiz also argued the new pier, which the port board wants, “would not last a winter” without a sea wall.`,
      [{ content: 'the new pier, which the port board wants, “would not last a winter” without a sea wall', kind: 'DIRECT', cue: 'argued', mention: 'Ana Ruiz' }],
    ],
    [
      'a longer quotation completing the writer\'s clause is reported from its verb',
      `${T}Brask voters have long pictured the harbour as “a place where nothing ever changes and nobody ever leaves.”`,
      [{ content: 'the harbour as “a place where nothing ever changes and nobody ever leaves.”', kind: 'DIRECT', cue: 'pictured', mention: 'Brask voters' }],
    ],
    [
      'the verb may stand well before the quotation within its clause',
      `${T}Brask voters have long pictured the old wooden harbour office on the north side of the quay near the fish market as “a ruin.”`,
      [{ content: 'the old wooden harbour office on the north side of the quay near the fish market as “a ruin.”', kind: 'DIRECT', cue: 'pictured', mention: 'Brask voters' }],
    ],
    [
      'an exclaimed title-case quotation is shouted, not a title',
      `${T}At the gate, dockers greeted Ivo Pell with “Save The Pier!”`,
      [{ content: 'Ivo Pell with “Save The Pier!”', kind: 'DIRECT', cue: 'greeted', mention: 'dockers' }],
    ],
    [
      'a reporting verb is preferred to a nearer -ed word',
      `${T}Claiming the ferry he repaired was “seaworthy,” the mayor left.`,
      [{ content: 'the ferry he repaired was “seaworthy,”', kind: 'DIRECT', cue: 'Claiming', mention: null }],
    ],
    [
      'a name between a dash and an -ing verb is its subject',
      `${T}Both captains put out a memo voicing relief over the new rota – Pell saying he was “well rested”.`,
      [
        { content: 'relief over the new rota', kind: 'INDIRECT', cue: 'voicing', mention: 'Both' },
        { content: 'he was “well rested”', kind: 'DIRECT', cue: 'saying', mention: 'Pell' },
      ],
    ],
    [
      'a list of quotations continues the statement ending with its first item',
      `${T}Weeks ahead of the talks, the ferry owners started to paint the walkout as “pointless,” “selfish” and “hopeless.”`,
      [{ content: 'to paint the walkout as “pointless,” “selfish” and “hopeless.”', kind: 'DIRECT', cue: 'started', mention: 'the ferry owners' }],
    ],
    [
      'a reporting verb\'s -ed form after an article is an adjective, not the quotation\'s verb',
      `${T}Ana Ruiz came to the Lantern hall to present a detailed “ferry budget” and instead read out old complaints.`,
      [],
    ],
    [
      'a particle turns a reporting verb into one that reports nothing ("show off", "show up", "fire up")',
      `${T}At the rally, Ana Ruiz was showing off the “Pier First” cap her campaign had given her. One docker showed up in the “harbour blue” colours of a dockers union. The mayor fired up the crowd. New polls show up to a third of dockers are undecided.`,
      [{ content: 'up to a third of dockers are undecided', kind: 'INDIRECT', cue: 'show', mention: 'New polls' }],
    ],
    [
      'a single-marked scare quote in an article that quotes in double marks is reported, not quoted',
      `${T}Ferry clerks say the new timetable is central to the board’s ‘fresh start’ drive this spring. “Ask me in June,” Ana Ruiz said.`,
      [
        { content: 'the new timetable is central to the board’s ‘fresh start’ drive this spring', kind: 'INDIRECT', cue: 'say', mention: 'Ferry clerks' },
        { content: 'Ask me in June,', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' },
      ],
    ],
    [
      'single marks stay direct in an article that quotes in single marks throughout',
      `${T}Ferry clerks say the new timetable is central to the board’s ‘fresh start’ drive this spring. ‘Ask me in June,’ Ana Ruiz said.`,
      [
        { content: 'the new timetable is central to the board’s ‘fresh start’ drive this spring', kind: 'DIRECT', cue: 'say', mention: 'Ferry clerks' },
        { content: 'Ask me in June,', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' },
      ],
    ],
    [
      'a quoted noun phrase ends before an "and" whose words hold a report of their own',
      `${T}Mayor Lind styled herself a “quiet harbour” mayor and courted the ferrymen who had felt ignored by the board for years.`,
      [
        { content: 'herself a “quiet harbour” mayor', kind: 'DIRECT', cue: 'styled', mention: 'Mayor Lind' },
        { content: 'ignored by the board for years', kind: 'INDIRECT', cue: 'felt', mention: 'who' },
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(statementRows(text)).toEqual(expected);
  });
});

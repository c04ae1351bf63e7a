// Table tests for mixed quotes whose reported clause runs past the quotation.
// Every sentence, person and place here is invented; none comes from a real article.
import { describe, it } from 'vitest';
import { expectStatement } from '../support/extraction.ts';
import type { StatementRow } from '../support/extraction.ts';

const T = 'Headline about the Brask harbour levy\n';

describe('partial mixed quotes', () => {
  const cases: [string, string, Partial<StatementRow>][] = [
    [
      'a lower-case pronoun after an opening adverbial is the participle’s subject',
      `${T}Ana Ruiz spoke first. Days later, she put out a note calling on the council “to reopen the north pier at once” before the storm.`,
      { kind: 'DIRECT', cue: 'calling', mention: 'she' },
    ],
    [
      'a reporting noun’s possessor made the promise',
      `${T}But while Dana Ruiz’s speeches last spring, including her promise to keep “a light hand” on the ferry rules, have unsettled skippers, the board is relaxed.`,
      { kind: 'DIRECT', cue: 'promise', mention: 'her' },
    ],
    [
      'a complement after the quotation finishes the reported clause',
      `${T}Ivo Pell vowed to “take the fight” to the harbour towns that still back the levy.`,
      { kind: 'DIRECT', content: 'to “take the fight” to the harbour towns that still back the levy' },
    ],
    [
      'a relative clause about the quoted label stays in the report',
      `${T}Ivo Pell also blamed the toll on “greedy clerks” who never leave the office.`,
      { kind: 'DIRECT', content: 'the toll on “greedy clerks” who never leave the office' },
    ],
    [
      'the occasion after the quotation is not part of it',
      `${T}Ana Ruiz called the levy “a trap” in an interview with the Brask Courier.`,
      { kind: 'DIRECT', content: 'the levy “a trap”' },
    ],
    [
      'a second quotation joined by "and" continues the report',
      `${T}The hall was cold. And, Dana Ruiz tells the audience, she’s been called “stubborn” and “slow” in the island villages.`,
      { kind: 'DIRECT', cue: 'tells', content: 'she’s been called “stubborn” and “slow” in the island villages' },
    ],
    [
      'a prepositional complement of the quoted noun stays in the report',
      `${T}Ivo Pell warned against the “reckless schemes” of the ferry company.`,
      { kind: 'DIRECT', content: 'the “reckless schemes” of the ferry company' },
    ],
    [
      'a comparison after a comma-closed quotation carries the claim on',
      `${T}Ana Ruiz said the harbour toll is “modest,” compared with other ports on the coast.`,
      { kind: 'DIRECT', content: 'the harbour toll is “modest,” compared with other ports on the coast' },
    ],
    [
      'a second that-clause after a comma-closed quotation stays in the report',
      `${T}Ivo Pell said that the pier rules “could be stricter,” and that the board should act soon.`,
      { kind: 'DIRECT', content: 'the pier rules “could be stricter,” and that the board should act soon' },
    ],
    [
      '"confided" reports the clause it introduces, quotation and all',
      `${T}After Maren Okafor joined the crew, Dana Ruiz confided to her that the old captain had never trusted newcomers, so the Ruiz sisters were ''the last crew picked for any race.''`,
      { kind: 'DIRECT', cue: 'confided', mention: 'Dana Ruiz' },
    ],
    [
      'a reporting verb before "that" introduces a short quotation hung on a later verb',
      `${T}Dana Ruiz, who suggested in a podcast chat that Okafor was angling to ''stay in the papers,'' would not say more.`,
      { kind: 'DIRECT', content: "that Okafor was angling to ''stay in the papers,''", mention: 'who' },
    ],
    [
      'a tail runs on from a title whose comma and closing mark were trimmed',
      `${T}Pell wrote in his memoir that he had been voted the calmest sailor in a Brask rowing course, “Knots 301,” because he alone stayed seated when the coach tricked the crew by telling them they would have to redo every race.`,
      { kind: 'DIRECT', cue: 'wrote', content: 'he had been voted the calmest sailor in a Brask rowing course, “Knots 301,” because he alone stayed seated when the coach tricked the crew by telling them they would have to redo every race' },
    ],
    [
      'a second reported clause joined by "and" after the quotation stays in the report',
      `${T}A port official, Maren Okafor, said the islanders were following the ferry dispute with "mild curiosity," and there was little talk of it among the traders.`,
      { kind: 'DIRECT', cue: 'said', content: 'the islanders were following the ferry dispute with "mild curiosity," and there was little talk of it among the traders' },
    ],
    [
      'a second verb that reports again is a new statement',
      `${T}Ana Ruiz said the levy was “a trap” and she added that traders would leave.`,
      { kind: 'DIRECT', cue: 'said', content: 'the levy was “a trap”' },
    ],
    [
      'the book a label appeared in is not part of the report',
      `${T}Ivo Pell wrote that the aide had called the vote “the start of a new harbour era” in his 1998 book on the port.`,
      { kind: 'DIRECT', cue: 'called', content: 'the vote “the start of a new harbour era”' },
    ],
    [
      'a labelling object ends before a second participle of the same subject',
      `${T}Ivo Pell spent the week at the docks, calling the levy “a harbour trap” and urging traders to hold firm.`,
      { kind: 'DIRECT', cue: 'calling', content: 'the levy “a harbour trap”' },
    ],
    [
      'the object of a quoted verb stays in the report',
      `${T}On his campaign website, Ivo Pell promises to “scrap” the harbour levy.`,
      { kind: 'DIRECT', content: 'to “scrap” the harbour levy' },
    ],
    [
      'a "for" phrase after a quoted verdict stays in the report',
      `${T}The mayor is having a “stormy spell” for the first time since the vote.`,
      { kind: 'DIRECT', content: 'a “stormy spell” for the first time since the vote' },
    ],
    [
      'the subject of a quoted predicate belongs to the report',
      `${T}Leaving the hall, the harbour master ''looked pale,'' Ana Ruiz said.`,
      { kind: 'DIRECT', cue: 'said', content: "the harbour master ''looked pale,''" },
    ],
    [
      'the words after an interrupting attribution finish the quoted sentence',
      `${T}“Only the harbour,” Ana Ruiz said, would survive such a levy.`,
      { kind: 'DIRECT', content: 'would survive such a levy', mention: 'Ana Ruiz' },
    ],
    [
      'a participle after the attribution is the writer’s, not the speaker’s',
      `${T}“Only the harbour,” Ana Ruiz said, smiling at the crowd.`,
      { kind: 'DIRECT', content: 'Only the harbour,' },
    ],
    [
      'a participle after "at one point" still hangs from the main clause',
      `${T}Gov. Ivo Pell — who is being weighed for the board — put the pier at the top of his list in year one, yet the plan faltered, and he has quarrelled with the dockers over the port's budget, at one point branding the harbour chief a "liar" and "a cheat."`,
      { kind: 'DIRECT', cue: 'branding', mention: 'Gov. Ivo Pell' },
    ],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => expectStatement(text, want));
  }
});

// Table tests for quotations that had no direct statement at all. Every sentence, person and place here is invented.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/domain/extraction/extract-article.ts';
import { statementRows } from '../support/extraction.ts';
import type { StatementRow } from '../support/extraction.ts';

const T = 'Headline about the Brask harbour levy\n';

describe('cues the sentence finders missed', () => {
  const cases: [string, string, StatementRow[]][] = [
    [
      'a base-form verb after a modal governs a short quotation',
      `${T}It surprised nobody that Ivo Pell would denounce “pier-hoarding,” which is tame next to his own record.`,
      [{ content: '“pier-hoarding,”', kind: 'DIRECT', cue: 'denounce', mention: 'Ivo Pell' }],
    ],
    [
      'a base-form verb after "went on to" governs a short quotation',
      `${T}At the hearing, Ana Ruiz went on to praise “the quiet north quay,” then left early.`,
      [{ content: '“the quiet north quay,”', kind: 'DIRECT', cue: 'praise', mention: 'Ana Ruiz' }],
    ],
    [
      'the bare form of a listed verb right after a subject pronoun is a finite verb of saying',
      `${T}The dockers met on Friday. They maintain the levy will “sink the harbour” by spring.`,
      [{ content: 'the levy will “sink the harbour” by spring', kind: 'DIRECT', cue: 'maintain', mention: 'They' }],
    ],
    [
      'the clause after an impersonal "it seems" is reported as an impression with no source',
      `${T}The vote is close. It seems the Pell campaign will “sail on” without the dockers.`,
      [{ content: 'the Pell campaign will “sail on” without the dockers', kind: 'DIRECT', cue: 'seems', mention: null }],
    ],
    [
      'a quantifier opening a clause before a bare verb is its pronoun subject',
      `${T}The levy passed easily, but many believe the pier will close anyway.`,
      [{ content: 'the pier will close anyway', kind: 'INDIRECT', cue: 'believe', mention: 'many' }],
    ],
    [
      'an opening adverbial, a comma and a main clause with a bare plural subject are reported before ", X said"',
      `${T}The board met twice. In the final round, dockers can still appeal the levy, harbour officials said.`,
      [{ content: 'In the final round, dockers can still appeal the levy', kind: 'INDIRECT', cue: 'said', mention: 'harbour officials' }],
    ],
    [
      'a plural noun that is also a verb form ("emails", "reports") right before the verb is its subject',
      `${T}The vote is near. Leaked emails showed the board favoring Ruiz.`,
      [{ content: 'the board favoring Ruiz', kind: 'INDIRECT', cue: 'showed', mention: 'Leaked emails' }],
    ],
    [
      'a participle clause opening the sentence ("While saying …,") has the main clause\'s subject',
      `${T}The vote is near. While saying that he respects Ruiz, Pell criticized her plan.`,
      [
        { content: 'he respects Ruiz', kind: 'INDIRECT', cue: 'saying', mention: 'Pell' },
        { content: 'her plan', kind: 'INDIRECT', cue: 'criticized', mention: 'Pell' },
      ],
    ],
    [
      '"yet" and "soon" between the subject and its verb are adverbs the subject reader steps over',
      `${T}The vote is near. Ana Ruiz has not yet answered the dockers’ letter.`,
      [{ content: 'the dockers’ letter', kind: 'INDIRECT', cue: 'answered', mention: 'Ana Ruiz' }],
    ],
    [
      'a bare "note" after a plural subject is a verb of saying',
      `${T}Harbour critics note the board would never truly “close” the old pier.`,
      [{ content: 'the board would never truly “close” the old pier', kind: 'DIRECT', cue: 'note', mention: 'Harbour critics' }],
    ],
    [
      'a parenthetical "X told RECIPIENT," reports the rest of the sentence',
      `${T}Above all, Ana Ruiz told the Courier, the council should “stop patching the pier” if the storms return.`,
      [{ content: 'the council should “stop patching the pier” if the storms return', kind: 'DIRECT', cue: 'told', mention: 'Ana Ruiz' }],
    ],
    [
      'a verb of judging reads "X, an appositive, as Y"',
      `${T}The council saw Dana Pell, then 39, as the right captain to guide the “oldest fleet on the coast” through the refit.`,
      [{ content: 'Dana Pell, then 39, as the right captain to guide the “oldest fleet on the coast” through the refit', kind: 'DIRECT', cue: 'saw', mention: 'The council' }],
    ],
    [
      'a bare "describe" after a plural subject is a cue',
      `${T}Ferry captains describe night crossings as “a different sea altogether” from the day runs.`,
      [{ content: 'night crossings as “a different sea altogether” from the day runs', kind: 'DIRECT', cue: 'describe', mention: 'Ferry captains' }],
    ],
    [
      '"made the point that" introduces a reported clause',
      `${T}Ana Ruiz also made the point that the levy would turn the pier into “a toll booth with a view.”`,
      [{ content: 'the levy would turn the pier into “a toll booth with a view.”', kind: 'DIRECT', cue: 'made the point', mention: 'Ana Ruiz' }],
    ],
    [
      'a base form after "to" does not displace the verb before it',
      `${T}Lind started to portray the ferry board as “a closed shop” in every speech.`,
      [{ content: 'to portray the ferry board as “a closed shop” in every speech', kind: 'DIRECT', cue: 'started', mention: 'Lind' }],
    ],
    [
      'a "while" clause with its own subject after a quotation\'s own comma is not its tail',
      `${T}Ruiz refers to the mayor, her neighbour for years, as “Mr. Pell,” while Pell refers to the councillor as “Ana.”`,
      [
        { content: 'the mayor, her neighbour for years, as “Mr. Pell,”', kind: 'DIRECT', cue: 'refers to', mention: 'Ruiz' },
        { content: 'the councillor as “Ana.”', kind: 'DIRECT', cue: 'refers to', mention: 'Pell' },
      ],
    ],
    [
      'a report nested in the words finishing a quotation\'s clause does not replace the outer one',
      `${T}While Mayor Lind has warned against “rushing the repairs” in the way the port office responds to storm damage, she has ordered a survey of the breakwater.`,
      [
        { content: '“rushing the repairs” in the way the port office responds to storm damage', kind: 'DIRECT', cue: 'warned', mention: 'Mayor Lind' },
        { content: 'a survey of the breakwater', kind: 'INDIRECT', cue: 'ordered', mention: 'she' },
      ],
    ],
    [
      'a quotation whose opening mark was left out after "added," runs to the paragraph\'s closing mark',
      `${T}Holding up the harbour accounts she added, Ivo Pell is a proven mayor, a proven disappointment.”`,
      [{ content: 'Ivo Pell is a proven mayor, a proven disappointment.', kind: 'DIRECT', cue: 'added', mention: 'she' }],
    ],
    [
      'after a "while" clause, the main clause a quotation completes is reported by the trailing speaker',
      `${T}While the pier is shut, the harbour board is likely to be “packed with ferry owners,” Ruiz said.`,
      [{ content: 'the harbour board is likely to be “packed with ferry owners,”', kind: 'DIRECT', cue: 'said', mention: 'Ruiz' }],
    ],
    [
      'a participle clause after a prepositional object does not make that object the subject of a trailing "said X"',
      `${T}The plan would bring “a winter of queues” for the town, forcing Pell to act, said Ana Ruiz.`,
      [{ content: 'The plan would bring “a winter of queues” for the town, forcing Pell to act', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' }],
    ],
    [
      'a sentence opening "To <person>," gives that person\'s view, quoted in the clause after it',
      `${T}To Ruiz, Pell is the “kind and patient” mayor who saved the old pier in 2031.`,
      [{ content: 'Pell is the “kind and patient” mayor who saved the old pier in 2031', kind: 'DIRECT', cue: 'To', mention: 'Ruiz' }],
    ],
    [
      'a quotation credited "by her own account" is said by that owner',
      `${T}The pier, by Ana Ruiz’s own account, was “a wreck.”`,
      [{ content: 'The pier, by Ana Ruiz’s own account, was “a wreck.”', kind: 'DIRECT', cue: 'own account', mention: 'Ana Ruiz' }],
    ],
    [
      'the words a posted message "reads" are the report, not the message that carries them',
      `${T}Pell posted a message on the town forum reading “Thank you Brask” moments after the polls closed.`,
      [{ content: '“Thank you Brask”', kind: 'DIRECT', cue: 'posted', mention: 'Pell' }],
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(statementRows(text)).toEqual(expected);
    });
  }
});

describe('speaker names', () => {
  it('a capitalised sentence opener ("To", "When") is not part of a name', () => {
    const a = extractArticle(`${T}When Pell arrived, the hall went quiet. Pell said the pier was “lost for good.” To Ruiz, Pell is the “kind and patient” mayor who saved the old pier in 2031.`);
    expect(a.speakers.map((s) => s.name).sort()).toEqual(['Pell', 'Ruiz']);
  });
});

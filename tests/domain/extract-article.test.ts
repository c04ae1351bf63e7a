// Table-style tests for the extractor. Every sentence, person, outlet and organisation here
// is invented; none comes from a real article.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/domain/extraction/extract-article.ts';
import type { ExtractedArticle } from '../../src/domain/extraction/types.ts';

interface Row {
  content: string;
  kind: 'DIRECT' | 'INDIRECT';
  cue: string | null;
  mention: string | null;
  speaker: string | null;
}

/** Statements in a compact, readable shape; also checks every span against the text. */
function rows(text: string): Row[] {
  const a = extractArticle(text);
  return summarize(text, a);
}

function summarize(text: string, a: ExtractedArticle): Row[] {
  const names = new Map(a.speakers.map((s) => [s.key, s.name]));
  return a.statements.map((s) => {
    expect(text.slice(s.content.start, s.content.end)).toBe(s.content.text);
    if (s.cue) expect(text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
    if (s.speakerMention) expect(text.slice(s.speakerMention.start, s.speakerMention.end)).toBe(s.speakerMention.text);
    expect(s.confidence).toBeGreaterThan(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
    return {
      content: s.content.text,
      kind: s.kind,
      cue: s.cue?.text ?? null,
      mention: s.speakerMention?.text ?? null,
      speaker: s.speakerKey ? (names.get(s.speakerKey) ?? null) : null,
    };
  });
}

const T = 'Headline about the Vandorian budget\n';

describe('direct quotes', () => {
  const cases: [string, string, Row[]][] = [
    [
      'straight double quotes, trailing attribution',
      `${T}"The budget is balanced at last," Marta Okonkwo-Lindqvist said.`,
      [{ content: 'The budget is balanced at last,', kind: 'DIRECT', cue: 'said', mention: 'Marta Okonkwo-Lindqvist', speaker: 'Marta Okonkwo-Lindqvist' }],
    ],
    [
      'curly quotes, inverted attribution',
      `${T}“We will not raise the harbour tax,” said Teodor Vasquez-Hale.`,
      [{ content: 'We will not raise the harbour tax,', kind: 'DIRECT', cue: 'said', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      "doubled apostrophes ''...''",
      `${T}''Nobody reads the annex,'' Ilse Brandvold told reporters.`,
      [{ content: 'Nobody reads the annex,', kind: 'DIRECT', cue: 'told', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'curly single quotes, in an article that quotes with them',
      `${T}‘Nobody reads the annex,’ Ilse Brandvold said.`,
      [{ content: 'Nobody reads the annex,', kind: 'DIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'straight single quotes, in an article with no double mark; apostrophes stay apostrophes',
      `${T}'The captains don't know why,' Ilse Brandvold said. The Brandvolds' lawyer added: 'We will appeal.'`,
      [
        { content: "The captains don't know why,", kind: 'DIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
        { content: 'We will appeal.', kind: 'DIRECT', cue: 'added', mention: "The Brandvolds' lawyer", speaker: null },
      ],
    ],
    [
      'straight single marks in an article that quotes in double marks are no quotation',
      `${T}"The annex is late," Ilse Brandvold said of the 'harbour' plan.`,
      [{ content: 'The annex is late,', kind: 'DIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'quote split by the attribution, same sentence',
      `${T}“The ferries are late,” Ilse Brandvold said, “and the bridges are closed.”`,
      [
        { content: 'The ferries are late,', kind: 'DIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
        { content: 'and the bridges are closed.', kind: 'DIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
      ],
    ],
    [
      'quote split by the attribution, follow-on sentence without a verb',
      `${T}Ilse Brandvold runs the port. “The ferries are late,” she said. “Nobody has told the captains why.”`,
      [
        { content: 'The ferries are late,', kind: 'DIRECT', cue: 'said', mention: 'she', speaker: 'Ilse Brandvold' },
        { content: 'Nobody has told the captains why.', kind: 'DIRECT', cue: null, mention: 'she', speaker: 'Ilse Brandvold' },
      ],
    ],
    [
      'colon introduction',
      `${T}Teodor Vasquez-Hale said: “The council owes the port an apology.”`,
      [{ content: 'The council owes the port an apology.', kind: 'DIRECT', cue: 'said', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      'multi-paragraph quote: an unclosed paragraph continues',
      `${T}Marta Okonkwo-Lindqvist said: “We counted every coin in the treasury.\n“Then we counted them again, and the totals still did not match.”`,
      [
        { content: 'We counted every coin in the treasury.', kind: 'DIRECT', cue: 'said', mention: 'Marta Okonkwo-Lindqvist', speaker: 'Marta Okonkwo-Lindqvist' },
        { content: 'Then we counted them again, and the totals still did not match.', kind: 'DIRECT', cue: null, mention: 'Marta Okonkwo-Lindqvist', speaker: 'Marta Okonkwo-Lindqvist' },
      ],
    ],
    [
      'a long quotation with no verb of its own quotes the subject of its sentence',
      `${T}Ilse Brandvold spoke first. Teodor Vasquez-Hale then put the delays down to “a decade of neglect by every harbour board.”`,
      [{ content: 'a decade of neglect by every harbour board.', kind: 'DIRECT', cue: null, mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      'a run-on quotation takes the speaker named in its continuation',
      `${T}The meeting opened late. “The ferries are late again.\n“Nobody has told the captains why,” Odile Marchetti said.`,
      [
        { content: 'The ferries are late again.', kind: 'DIRECT', cue: null, mention: 'Odile Marchetti', speaker: 'Odile Marchetti' },
        { content: 'Nobody has told the captains why,', kind: 'DIRECT', cue: 'said', mention: 'Odile Marchetti', speaker: 'Odile Marchetti' },
      ],
    ],
    [
      'a colon closing a paragraph introduces the quotation in the next one',
      `${T}Ilse Brandvold continued:\n“The harbour has never been this quiet.”`,
      [{ content: 'The harbour has never been this quiet.', kind: 'DIRECT', cue: 'continued', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'a name after a dash, with a no-break space before the line end',
      `${T}“The ferries must run on time.”― Rosa Quillfeather\u00A0\n“Nobody asked the sailors.” ― Tomas Erlund`,
      [
        { content: 'The ferries must run on time.', kind: 'DIRECT', cue: '―', mention: 'Rosa Quillfeather', speaker: 'Rosa Quillfeather' },
        { content: 'Nobody asked the sailors.', kind: 'DIRECT', cue: '―', mention: 'Tomas Erlund', speaker: 'Tomas Erlund' },
      ],
    ],
    [
      'an attribution line with a dash after the quotation',
      `${T}“The ferries must run on time.” ― Rosa Quillfeather\n“Nobody asked the sailors.” ― Tomas Erlund`,
      [
        { content: 'The ferries must run on time.', kind: 'DIRECT', cue: '―', mention: 'Rosa Quillfeather', speaker: 'Rosa Quillfeather' },
        { content: 'Nobody asked the sailors.', kind: 'DIRECT', cue: '―', mention: 'Tomas Erlund', speaker: 'Tomas Erlund' },
      ],
    ],
    [
      'a colon without a reporting verb still introduces the speaker',
      `${T}Ilse Brandvold went even further: “The harbour should close for good.”`,
      [{ content: 'The harbour should close for good.', kind: 'DIRECT', cue: ':', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'stacked appositives between quotation and verb',
      `${T}“It is a tax on ferries,” Odile Marchetti, the harbour master of Lantern Bay, one of the ports affected, said on Tuesday.`,
      [{ content: 'It is a tax on ferries,', kind: 'DIRECT', cue: 'said', mention: 'Odile Marchetti', speaker: 'Odile Marchetti' }],
    ],
    [
      'a one-word label after "as a" is a scare quote: neither a statement nor makes the clause direct',
      `${T}Ilse Brandvold told the Harbour Gazette that the board classifies the audit as a “theatre” every year.`,
      [{ content: 'the board classifies the audit as a “theatre” every year', kind: 'INDIRECT', cue: 'told', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      "a one-word quotation after a bare article is the speaker's word",
      `${T}Ilse Brandvold told the Harbour Gazette that the audit was a “theatre” and should end.`,
      [{ content: 'the audit was a “theatre” and should end', kind: 'DIRECT', cue: 'told', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      "a one-word quotation of the speaker's own word makes the clause direct",
      `${T}Ilse Brandvold said the audit was “pointless.”`,
      [{ content: 'the audit was “pointless.”', kind: 'DIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'a clause that ends in a quotation after ", but" stays one direct report',
      `${T}Ilse Brandvold said that the harbour board had approved the levy, but the ferry fares were “a burden on every family in Brask.”`,
      [{ content: 'the harbour board had approved the levy, but the ferry fares were “a burden on every family in Brask.”', kind: 'DIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'a quotation after ", and" keeps the coordinated clause in the report',
      `${T}Ana Ruiz said the winter timetable would start in October, and the crews had “plenty of notice” about it.`,
      [{ content: 'the winter timetable would start in October, and the crews had “plenty of notice” about it', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
    ],
    [
      'without a closing quotation the clause still ends at ", but"',
      `${T}Ilse Brandvold said that the harbour board had approved the levy, but the ferry fares would fall.`,
      [{ content: 'the harbour board had approved the levy', kind: 'INDIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'a relative clause inside a report that ends in a quotation is kept',
      `${T}Ilse Brandvold said the new pier, which opened in the spring, was “a monument to waste and vanity.”`,
      [{ content: 'the new pier, which opened in the spring, was “a monument to waste and vanity.”', kind: 'DIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'a quantifier is the subject of an unambiguous past form ("Some chanted …")',
      `${T}Some chanted “Shut the pier now.”`,
      [{ content: 'Shut the pier now.', kind: 'DIRECT', cue: 'chanted', mention: 'Some', speaker: null }],
    ],
    [
      'an appositive opening with a plural possessive ("Pells\' adviser") is skipped to the subject',
      `${T}Ana Ruiz, the Pells' senior adviser, said councillors keep picking "fights" over the ferry budget instead of "fixing the leaking pier."`,
      [{ content: 'councillors keep picking "fights" over the ferry budget instead of "fixing the leaking pier."', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
    ],
    [
      'an appositive that is a bare plural possessive is skipped too',
      `${T}Ana Ruiz, Pells' senior adviser, said councillors are "out of touch with the town."`,
      [{ content: 'councillors are "out of touch with the town."', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
    ],
    [
      'a quotation that continues a subject and its aside is one report with them',
      `${T}The fair, usually attended by thousands of visitors every summer, "lets us show the harbour at its best," Ana Ruiz said.`,
      [{ content: 'The fair, usually attended by thousands of visitors every summer, "lets us show the harbour at its best,"', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
    ],
    [
      'a quotation after a short opening phrase with no aside stands alone',
      `${T}Last year, "we lost money on every ferry," Ana Ruiz said.`,
      [{ content: 'we lost money on every ferry,', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
    ],
    [
      '"Another said" in a vox pop: the quantifier is the subject and names no speaker',
      `${T}Another said she still takes the early boat: "It is the only one that reaches the mill in time."`,
      [{ content: 'she still takes the early boat: "It is the only one that reaches the mill in time."', kind: 'DIRECT', cue: 'said', mention: 'Another', speaker: null }],
    ],
    [
      'an opening adverbial and a main clause completed by a quotation are one report',
      `${T}Since the ruling, the port and the county have run "a steady campaign of neglect toward the island," Ana Ruiz says.`,
      [{ content: 'Since the ruling, the port and the county have run "a steady campaign of neglect toward the island,"', kind: 'DIRECT', cue: 'says', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
    ],
    [
      'a quotation right after an opening adverbial stands alone',
      `${T}In Brask, "we never saw a ferry on time," Ana Ruiz said.`,
      [{ content: 'we never saw a ferry on time,', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
    ],
    [
      'a clause holding two paired quotations before "X proclaimed" is one report',
      `${T}Ferries are “the slowest way to anywhere” and “eat half the harbour budget,” Ana Ruiz proclaimed.`,
      [{ content: 'Ferries are “the slowest way to anywhere” and “eat half the harbour budget,”', kind: 'DIRECT', cue: 'proclaimed', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
    ],
    [
      'a subject, a parenthetical attribution and a quoting predicate are one report',
      `${T}The ferries, Ana Ruiz said, are like “boats that never leave the dock.”`,
      [{ content: 'The ferries, Ana Ruiz said, are like “boats that never leave the dock.”', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
    ],
    [
      'a quotation closed by its own comma does not open a longer clause',
      `${T}Ana Ruiz told the council “We are ready for the vote,” before the meeting ended.`,
      [{ content: 'We are ready for the vote,', kind: 'DIRECT', cue: 'told', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
    ],
    [
      'a title inside an opening adverbial is not a quotation the cue reports',
      `${T}Speaking Sunday on the Brask channel’s “Harbour Hour,” Rep. Ilse Brandvold said the levy was “a tax on every ferry.”`,
      [{ content: 'the levy was “a tax on every ferry.”', kind: 'DIRECT', cue: 'said', mention: 'Rep. Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'a name after a description ending in an organisation is the subject',
      `${T}The director of the Harbour Board, Ilse Brandvold, said that the tolls were high.`,
      [{ content: 'the tolls were high', kind: 'INDIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('indirect speech', () => {
  const cases: [string, string, Row[]][] = [
    [
      'a report in a clause opening the sentence ends where the main clause starts',
      `${T}When Ilse Brandvold argued that the levy was fair, Marta Okonkwo-Lindqvist walked out of the hall.`,
      [{ content: 'the levy was fair', kind: 'INDIRECT', cue: 'argued', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'a clause ending in a partial quotation, then the attribution',
      `${T}The ferry budget “will not survive the winter,” Ilse Brandvold said.`,
      [{ content: 'The ferry budget “will not survive the winter,”', kind: 'DIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'a dash aside inside the reported clause does not end it',
      `${T}Teodor Vasquez-Hale said the toll — a gift to the ferry owners — was a disgrace.`,
      [{ content: 'the toll — a gift to the ferry owners — was a disgrace', kind: 'INDIRECT', cue: 'said', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      '", but that ..." continues the report',
      `${T}Teodor Vasquez-Hale said the tunnel was safe, but that the ferries were not.`,
      [{ content: 'the tunnel was safe, but that the ferries were not', kind: 'INDIRECT', cue: 'said', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      '", but rather ..." corrects the same report: it does not end it',
      `${T}Teodor Vasquez-Hale said the harbour board would not sell the ferries, but rather lease them to the islands.`,
      [{ content: 'the harbour board would not sell the ferries, but rather lease them to the islands', kind: 'INDIRECT', cue: 'said', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      '"... but instead ..." continues the report too',
      `${T}Teodor Vasquez-Hale said the pier was not a ruin but instead a landmark worth saving.`,
      [{ content: 'the pier was not a ruin but instead a landmark worth saving', kind: 'INDIRECT', cue: 'said', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      'X told Y that ...',
      `${T}Teodor Vasquez-Hale told the Lantern Courier that the tunnel would open in spring.`,
      [{ content: 'the tunnel would open in spring', kind: 'INDIRECT', cue: 'told', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      'X said ... without "that"',
      `${T}Teodor Vasquez-Hale said the tunnel would open in spring.`,
      [{ content: 'the tunnel would open in spring', kind: 'INDIRECT', cue: 'said', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      'According to X, ...',
      `${T}According to Ilse Brandvold, the harbour will close for a week.`,
      [{ content: 'the harbour will close for a week', kind: 'INDIRECT', cue: 'According to', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'According to X, ... with initials in the source',
      `${T}According to notes kept by Ilse K. Brandvold, the harbour will close for a week. According to U.N. figures, the port lost trade.`,
      [
        { content: 'the harbour will close for a week', kind: 'INDIRECT', cue: 'According to', mention: 'notes kept by Ilse K. Brandvold', speaker: 'Ilse K. Brandvold' },
        { content: 'the port lost trade', kind: 'INDIRECT', cue: 'According to', mention: 'U.N. figures', speaker: null },
      ],
    ],
    [
      'According to X, ... with a short quotation inside the source',
      `${T}According to her “pier first” plan, the ferries would stop at noon.`,
      [{ content: 'the ferries would stop at noon', kind: 'INDIRECT', cue: 'According to', mention: 'her “pier first” plan', speaker: null }],
    ],
    [
      '..., according to X',
      `${T}The harbour will close for a week, according to Ilse Brandvold.`,
      [{ content: 'The harbour will close for a week', kind: 'INDIRECT', cue: 'according to', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'acknowledged / denied / warned that',
      `${T}Marta Okonkwo-Lindqvist acknowledged that the ledger was incomplete. Teodor Vasquez-Hale denied that any money was missing. Ilse Brandvold warned that the port could lose its licence.`,
      [
        { content: 'the ledger was incomplete', kind: 'INDIRECT', cue: 'acknowledged', mention: 'Marta Okonkwo-Lindqvist', speaker: 'Marta Okonkwo-Lindqvist' },
        { content: 'any money was missing', kind: 'INDIRECT', cue: 'denied', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' },
        { content: 'the port could lose its licence', kind: 'INDIRECT', cue: 'warned', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
      ],
    ],
    [
      'phrasal cue and qualifier: pointed out, said in a statement',
      `${T}Ilse Brandvold pointed out that the cranes were idle. The Vandorian Port Authority said in a statement that repairs had begun.`,
      [
        { content: 'the cranes were idle', kind: 'INDIRECT', cue: 'pointed out', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
        { content: 'repairs had begun', kind: 'INDIRECT', cue: 'said', mention: 'The Vandorian Port Authority', speaker: 'Vandorian Port Authority' },
      ],
    ],
    [
      'reported clause before the attribution',
      `${T}The audit will take a year, Marta Okonkwo-Lindqvist said.`,
      [{ content: 'The audit will take a year', kind: 'INDIRECT', cue: 'said', mention: 'Marta Okonkwo-Lindqvist', speaker: 'Marta Okonkwo-Lindqvist' }],
    ],
    [
      'parenthetical attribution in the middle of a sentence',
      `${T}The tunnel, Marta Okonkwo-Lindqvist said, will stay closed until spring.`,
      [{ content: 'will stay closed until spring', kind: 'INDIRECT', cue: 'said', mention: 'Marta Okonkwo-Lindqvist', speaker: 'Marta Okonkwo-Lindqvist' }],
    ],
    [
      'a reported clause ends where a new clause starts',
      `${T}Teodor Vasquez-Hale said the bridge was safe, but engineers disagreed.`,
      [{ content: 'the bridge was safe', kind: 'INDIRECT', cue: 'said', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      'participles take the subject of the main clause',
      `${T}Hours later, Ilse Brandvold closed the port, saying that the storm was too strong.`,
      [{ content: 'the storm was too strong', kind: 'INDIRECT', cue: 'saying', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'a partial quotation inside a reported clause makes it direct',
      `${T}Teodor Vasquez-Hale said the plan was “a gift to the smugglers of the north.”`,
      [{ content: 'the plan was “a gift to the smugglers of the north.”', kind: 'DIRECT', cue: 'said', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      'a question with no written asker',
      `${T}Asked whether the tunnel would open, Ilse Brandvold shrugged.`,
      [{ content: 'whether the tunnel would open', kind: 'INDIRECT', cue: 'Asked', mention: null, speaker: null }],
    ],
    [
      'plural and coordinated subjects of a bare verb',
      `${T}In fact, the harbour tax will not raise much money, analysts say. Greta Solheim and Jonas Solheim say the ferries are safe.`,
      [
        { content: 'In fact, the harbour tax will not raise much money', kind: 'INDIRECT', cue: 'say', mention: 'analysts', speaker: null },
        { content: 'the ferries are safe', kind: 'INDIRECT', cue: 'say', mention: 'Greta Solheim and Jonas Solheim', speaker: null },
      ],
    ],
    [
      'an expectation with no written holder',
      `${T}The harbour tax is widely expected to pass on Friday.`,
      [{ content: 'to pass on Friday', kind: 'INDIRECT', cue: 'expected', mention: null, speaker: null }],
    ],
    [
      'a trailing participial adjunct is not part of the content',
      `${T}Marta Okonkwo-Lindqvist criticized the ferry timetable, citing the winter storms.`,
      [{ content: 'the ferry timetable', kind: 'INDIRECT', cue: 'criticized', mention: 'Marta Okonkwo-Lindqvist', speaker: 'Marta Okonkwo-Lindqvist' }],
    ],
    [
      "a verb's object ends before a day and an occasion",
      `${T}Ilse Brandvold endorsed Teodor Vasquez-Hale on Friday in an interview with the Lantern Courier.`,
      [{ content: 'Teodor Vasquez-Hale', kind: 'INDIRECT', cue: 'endorsed', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'a relative clause report ends at its comma',
      `${T}Ilse Brandvold, who declined to comment, was elected in spring.`,
      [{ content: 'to comment', kind: 'INDIRECT', cue: 'declined', mention: 'who', speaker: null }],
    ],
    [
      'an object ends before the word "after", not before a word it starts ("aftermath")',
      `${T}Teodor Vasquez-Hale praised the harbour crews in the aftermath of the storm.`,
      [{ content: 'the harbour crews in the aftermath of the storm', kind: 'INDIRECT', cue: 'praised', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      '"including" continues the content',
      `${T}Teodor Vasquez-Hale praised the harbour crews, including the night pilots.`,
      [{ content: 'the harbour crews, including the night pilots', kind: 'INDIRECT', cue: 'praised', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      'asked whether ...',
      `${T}Ilse Brandvold asked whether the tunnel would open before the vote.`,
      [{ content: 'whether the tunnel would open before the vote', kind: 'INDIRECT', cue: 'asked', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'asked whether ..., inside a sentence, with no written asker',
      `${T}Ilse Brandvold smiled when asked whether the tunnel would open.`,
      [{ content: 'whether the tunnel would open', kind: 'INDIRECT', cue: 'asked', mention: null, speaker: null }],
    ],
    [
      'passive reports: the subject is the content, the by-agent the source',
      `${T}News of the ferry deal was first reported by the Lantern Courier. The toll is seen by many dockworkers as a betrayal.`,
      [
        { content: 'News of the ferry deal', kind: 'INDIRECT', cue: 'was first reported', mention: 'the Lantern Courier', speaker: 'Lantern Courier' },
        { content: 'The toll is seen by many dockworkers as a betrayal', kind: 'INDIRECT', cue: 'is seen', mention: 'many dockworkers', speaker: null },
      ],
    ],
    [
      '"is not expected to" and "mentioned" + object',
      `${T}The ferry board isn’t expected to meet. Ilse Brandvold never mentioned the toll.`,
      [
        { content: 'to meet', kind: 'INDIRECT', cue: 'expected', mention: null, speaker: null },
        { content: 'the toll', kind: 'INDIRECT', cue: 'mentioned', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
      ],
    ],
    [
      "a day's possessive is not a time qualifier; 'further' is an adverb; a quoted adjunct cut",
      `${T}Ilse Brandvold called Friday's ruling a "huge win for ferry riders." Teodor Vasquez-Hale further described the toll as a “harbour tax,” citing the fees.`,
      [
        { content: 'Friday\'s ruling a "huge win for ferry riders."', kind: 'DIRECT', cue: 'called', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
        { content: 'the toll as a “harbour tax,”', kind: 'DIRECT', cue: 'described', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' },
      ],
    ],
    [
      'a quantifier as the subject of "said"',
      `${T}The pilots were tired of the toll; most said it was "far too high."`,
      [{ content: 'it was "far too high."', kind: 'DIRECT', cue: 'said', mention: 'most', speaker: null }],
    ],
    [
      'a single name as the object; "promised" + object',
      `${T}The dock union endorsed Brandvold. Teodor Vasquez-Hale promised a new ferry.`,
      [
        { content: 'Brandvold', kind: 'INDIRECT', cue: 'endorsed', mention: 'The dock union', speaker: null },
        { content: 'a new ferry', kind: 'INDIRECT', cue: 'promised', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' },
      ],
    ],
    [
      'findings by a judge or a share of a poll; "decided not to"',
      `${T}A harbour judge found the toll unlawful. Forty percent indicated that the boats ran late. The port board decided not to appeal.`,
      [
        { content: 'the toll unlawful', kind: 'INDIRECT', cue: 'found', mention: 'A harbour judge', speaker: null },
        { content: 'the boats ran late', kind: 'INDIRECT', cue: 'indicated', mention: 'Forty percent', speaker: null },
        { content: 'not to appeal', kind: 'INDIRECT', cue: 'decided', mention: 'The port board', speaker: null },
      ],
    ],
    [
      '"that," and a quotation opening a longer clause',
      `${T}Ilse Brandvold said that, “of course the ferries will run” despite the storms.`,
      [{ content: '“of course the ferries will run” despite the storms', kind: 'DIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      '"recalled", "suspect", "learned" + clause without "that"',
      `${T}Ilse Brandvold recalled the ferries ran all winter. Some sailors suspect the board sold the pier.`,
      [
        { content: 'the ferries ran all winter', kind: 'INDIRECT', cue: 'recalled', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
        { content: 'the board sold the pier', kind: 'INDIRECT', cue: 'suspect', mention: 'Some sailors', speaker: null },
      ],
    ],
    [
      '"felt" + clause without "that"',
      `${T}Many dockworkers felt the board was hiding the accounts.`,
      [{ content: 'the board was hiding the accounts', kind: 'INDIRECT', cue: 'felt', mention: 'Many dockworkers', speaker: null }],
    ],
    [
      'wants + object',
      `${T}Teodor Vasquez-Hale wants a second ferry for the island route.`,
      [{ content: 'a second ferry for the island route', kind: 'INDIRECT', cue: 'wants', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      'a share of a poll as the subject',
      `${T}Nearly seven in 10 said the ferry tax was unfair.`,
      [{ content: 'the ferry tax was unfair', kind: 'INDIRECT', cue: 'said', mention: 'Nearly seven in 10', speaker: null }],
    ],
    [
      'an opening adverbial before a main clause, then the attribution',
      `${T}In the end, the harbour fund is sound, Ilse Brandvold said.`,
      [{ content: 'In the end, the harbour fund is sound', kind: 'INDIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      '"plans to" and "decided to"',
      `${T}Teodor Vasquez-Hale plans to close the ferry office. The port board decided to keep it open.`,
      [
        { content: 'to close the ferry office', kind: 'INDIRECT', cue: 'plans', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' },
        { content: 'to keep it open', kind: 'INDIRECT', cue: 'decided', mention: 'The port board', speaker: null },
      ],
    ],
    [
      'findings: "filings show" with no recipient',
      `${T}New harbour filings show the fund has run dry.`,
      [{ content: 'the fund has run dry', kind: 'INDIRECT', cue: 'show', mention: 'New harbour filings', speaker: null }],
    ],
    [
      'a participle of saying after an object is a report of its own',
      `${T}Ilse Brandvold criticized the toll, saying it would empty the ferries.`,
      [
        { content: 'the toll', kind: 'INDIRECT', cue: 'criticized', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
        { content: 'it would empty the ferries', kind: 'INDIRECT', cue: 'saying', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
      ],
    ],
    [
      'a poll as the source: opening phrase or after the clause',
      `${T}In a Lantern Courier poll released Monday, Ilse Brandvold held a narrow lead. Teodor Vasquez-Hale trails badly in the latest survey.`,
      [
        { content: 'Ilse Brandvold held a narrow lead', kind: 'INDIRECT', cue: 'In', mention: 'a Lantern Courier poll', speaker: null },
        { content: 'Teodor Vasquez-Hale trails badly', kind: 'INDIRECT', cue: 'in', mention: 'the latest survey', speaker: null },
      ],
    ],
    [
      "a relative clause's report inside the subject does not hide the main report",
      `${T}Ilse Brandvold, who said the ferry was late, said the tunnel would open in spring.`,
      [
        { content: 'the ferry was late', kind: 'INDIRECT', cue: 'said', mention: 'who', speaker: null },
        { content: 'the tunnel would open in spring', kind: 'INDIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
      ],
    ],
    [
      'a gerund subject after "said" is content',
      `${T}Teodor Vasquez-Hale said seeing the ferries return was a relief.`,
      [{ content: 'seeing the ferries return was a relief', kind: 'INDIRECT', cue: 'said', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      'a phrasal participle ("referring to") after an object reports on its own',
      `${T}Ilse Brandvold praised the crews, referring to the night pilots.`,
      [
        { content: 'the crews', kind: 'INDIRECT', cue: 'praised', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
        { content: 'the night pilots', kind: 'INDIRECT', cue: 'referring to', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
      ],
    ],
    [
      'a participle quoting words inside a claimed clause reports on its own',
      `${T}Ilse Brandvold attacked Teodor Vasquez-Hale, with whom she sparred at the debate, calling him a “sore loser.”`,
      [
        { content: 'Teodor Vasquez-Hale', kind: 'INDIRECT', cue: 'attacked', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
        { content: 'him a “sore loser.”', kind: 'DIRECT', cue: 'calling', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
      ],
    ],
    [
      'absolute clauses: "– X saying …, and Y calling …"',
      `${T}Both sides praised the talks – Ilse Brandvold saying she was “very pleased” and Teodor Vasquez-Hale calling it a “fine start.”`,
      [
        { content: 'she was “very pleased”', kind: 'DIRECT', cue: 'saying', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
        { content: 'it a “fine start.”', kind: 'DIRECT', cue: 'calling', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' },
      ],
    ],
    [
      'a report nested in another report is a statement too',
      `${T}Ilse Brandvold said the dockworkers believe the toll is unfair.`,
      [
        { content: 'the dockworkers believe the toll is unfair', kind: 'INDIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
        { content: 'the toll is unfair', kind: 'INDIRECT', cue: 'believe', mention: 'the dockworkers', speaker: null },
      ],
    ],
    [
      'a participle after a noun ("groups backing X") and a relative "that"',
      `${T}A dock fund backing Ilse Brandvold, the mayor, bought ads. Harbour Watch, an outfit that endorsed Teodor Vasquez-Hale in May, protested.`,
      [
        { content: 'Ilse Brandvold', kind: 'INDIRECT', cue: 'backing', mention: 'A dock fund', speaker: null },
        { content: 'Teodor Vasquez-Hale', kind: 'INDIRECT', cue: 'endorsed', mention: 'that', speaker: null },
      ],
    ],
    [
      'asked + recipient + infinitive / about; asked for',
      `${T}Ilse Brandvold asked harbour leaders to resign. Teodor Vasquez-Hale asked for a recount.`,
      [
        { content: 'harbour leaders to resign', kind: 'INDIRECT', cue: 'asked', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
        { content: 'a recount', kind: 'INDIRECT', cue: 'asked for', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' },
      ],
    ],
    [
      'base-form "say" before "this", after "those surveyed", and before "that"',
      `${T}Many dockworkers say this is a rough patch. Those surveyed say the port should close. Dockworkers in Brask say that the toll is unfair.`,
      [
        { content: 'this is a rough patch', kind: 'INDIRECT', cue: 'say', mention: 'Many dockworkers', speaker: null },
        { content: 'the port should close', kind: 'INDIRECT', cue: 'say', mention: 'Those surveyed', speaker: null },
        // The mention is the nearest noun phrase; resolution then takes the place name as a speaker.
        { content: 'the toll is unfair', kind: 'INDIRECT', cue: 'say', mention: 'Brask', speaker: 'Brask' },
      ],
    ],
    [
      'encouraged X to, ruled that, voted for, thanked',
      `${T}Ilse Brandvold encouraged sailors to stay home. The harbour court ruled that the toll was legal. Teodor Vasquez-Hale voted for the toll.`,
      [
        { content: 'sailors to stay home', kind: 'INDIRECT', cue: 'encouraged', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
        { content: 'the toll was legal', kind: 'INDIRECT', cue: 'ruled', mention: 'The harbour court', speaker: null },
        { content: 'the toll', kind: 'INDIRECT', cue: 'voted for', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' },
      ],
    ],
    [
      'a participle after a message noun reports for the issuer',
      `${T}Ilse Brandvold released a statement Tuesday confirming the ferry would run.`,
      [{ content: 'the ferry would run', kind: 'INDIRECT', cue: 'confirming', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      '"according to": a trailing with-phrase, and a parenthetical source',
      `${T}Ferry use fell, with two-thirds of riders leaving, according to new port data. Dockworkers, 80 percent of whom distrust the board according to the poll, dominate the port.`,
      [
        { content: 'with two-thirds of riders leaving', kind: 'INDIRECT', cue: 'according to', mention: 'new port data', speaker: null },
        { content: '80 percent of whom distrust the board', kind: 'INDIRECT', cue: 'according to', mention: 'the poll', speaker: null },
      ],
    ],
    [
      '"by saying that …" and "with 50 percent saying …"',
      `${T}Ilse Brandvold caused a stir by saying that the ferries were unsafe. Sailors backed the toll, with 60 percent saying it was fair.`,
      [
        { content: 'the ferries were unsafe', kind: 'INDIRECT', cue: 'saying', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
        { content: 'the toll', kind: 'INDIRECT', cue: 'backed', mention: 'Sailors', speaker: 'Sailors' },
        { content: 'it was fair', kind: 'INDIRECT', cue: 'saying', mention: '60 percent', speaker: null },
      ],
    ],
    [
      '"as reported by", "as X has reported,", and a time after the cue',
      `${T}As reported by the Lantern Courier, the ferry board was warned. However, as the Harbour Gazette has reported, such warnings are rare. The pier closed in 2031, the Courier reported in 2032.`,
      [
        { content: 'the ferry board was warned', kind: 'INDIRECT', cue: 'As reported by', mention: 'the Lantern Courier', speaker: 'Lantern Courier' },
        { content: 'such warnings are rare', kind: 'INDIRECT', cue: 'reported', mention: 'the Harbour Gazette', speaker: 'Harbour Gazette' },
        { content: 'The pier closed in 2031', kind: 'INDIRECT', cue: 'reported', mention: 'the Courier', speaker: 'Lantern Courier' },
      ],
    ],
    [
      'a trailing ", who …" clause is the writer\'s description, not the report',
      `${T}Ilse Brandvold said she was not ready to back Teodor Vasquez-Hale, who faces a primary in May.`,
      [{ content: 'she was not ready to back Teodor Vasquez-Hale', kind: 'INDIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      "a participle with no earlier report takes the sentence's subject",
      `${T}Teodor Vasquez-Hale, a harbour pilot, went further on Monday, saying the tunnel was unsafe.`,
      [{ content: 'the tunnel was unsafe', kind: 'INDIRECT', cue: 'saying', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      '"what X called “Y”": the label (a named speaker is left out)',
      `${T}The crews fought what the mayor called a “harbour scheme” and lost.`,
      [{ content: 'a “harbour scheme”', kind: 'DIRECT', cue: 'called', mention: 'the mayor', speaker: null }],
    ],
    [
      'see/view X as Y',
      `${T}Most dockworkers see the toll as a betrayal.`,
      [{ content: 'the toll as a betrayal', kind: 'INDIRECT', cue: 'see', mention: 'Most dockworkers', speaker: null }],
    ],
    [
      'plural subject + support/oppose',
      `${T}Most dockworkers oppose the new toll.`,
      [{ content: 'the new toll', kind: 'INDIRECT', cue: 'oppose', mention: 'Most dockworkers', speaker: null }],
    ],
    [
      'finding oneself somewhere is not a finding',
      `${T}The ferry board found itself at the centre of the storm. Pell hopes to find a way out.`,
      [{ content: 'to find a way out', kind: 'INDIRECT', cue: 'hopes', mention: 'Pell', speaker: 'Pell' }],
    ],
    [
      'a subordinate clause plus a main clause before "X said" is reported',
      `${T}If the ferries stop, the county can run buses, Dana Pell said.`,
      [{ content: 'If the ferries stop, the county can run buses', kind: 'INDIRECT', cue: 'said', mention: 'Dana Pell', speaker: 'Dana Pell' }],
    ],
    [
      '"said after …" is a circumstance; the clause on the left is the content',
      `${T}A deal is close, Ilse Brandvold said after meeting the dockworkers.`,
      [{ content: 'A deal is close', kind: 'INDIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'a quotation after a parenthetical attribution continues the subject before it',
      `${T}The new bridge, Ms. Brandt said, “is a clear waste” of county money.`,
      [{ content: 'The new bridge, Ms. Brandt said, “is a clear waste” of county money', kind: 'DIRECT', cue: 'said', mention: 'Ms. Brandt', speaker: 'Brandt' }],
    ],
    [
      'a clause opened by "after he …" stays in the report',
      `${T}Dana Pell said the county paid her late after she finished the pier.`,
      [{ content: 'the county paid her late after she finished the pier', kind: 'INDIRECT', cue: 'said', mention: 'Dana Pell', speaker: 'Dana Pell' }],
    ],
    [
      'a trailing ", which …" clause is the writer\'s aside',
      `${T}Dana Pell said she would close the old pier, which opened in 1931 and leaks.`,
      [{ content: 'she would close the old pier', kind: 'INDIRECT', cue: 'said', mention: 'Dana Pell', speaker: 'Dana Pell' }],
    ],
    [
      'a report ends before ", according to …"',
      `${T}The board wants to sell the ferry, according to two harbour clerks.`,
      [
        { content: 'The board wants to sell the ferry', kind: 'INDIRECT', cue: 'according to', mention: 'two harbour clerks', speaker: null },
        { content: 'to sell the ferry', kind: 'INDIRECT', cue: 'wants', mention: 'The board', speaker: null },
      ],
    ],
    [
      'a report ends before ", compared with …" and an absolute ", with X doing …"',
      `${T}Most dockworkers said the toll is too high, compared with a third of clerks. Dana Pell said the pier is safe, with the inspectors still checking it.`,
      [
        { content: 'the toll is too high', kind: 'INDIRECT', cue: 'said', mention: 'Most dockworkers', speaker: null },
        { content: 'the pier is safe', kind: 'INDIRECT', cue: 'said', mention: 'Dana Pell', speaker: 'Dana Pell' },
      ],
    ],
    [
      '"<clause>, X told <recipient>" reports the clause',
      `${T}The pier had been shut since May, a harbour spokesman told the Brask Courier.`,
      [{ content: 'The pier had been shut since May', kind: 'INDIRECT', cue: 'told', mention: 'a harbour spokesman', speaker: null }],
    ],
    [
      '"X leads in national polls": polls with no determiner are a source too',
      `${T}Dana Pell still leads the harbour race in national polls.`,
      [{ content: 'Dana Pell still leads the harbour race', kind: 'INDIRECT', cue: 'in', mention: 'national polls', speaker: null }],
    ],
    [
      'an appositive after a name that ends the report is cut',
      `${T}Dana Pell said the board had met Ana Ruiz, the current harbour master.`,
      [{ content: 'the board had met Ana Ruiz', kind: 'INDIRECT', cue: 'said', mention: 'Dana Pell', speaker: 'Dana Pell' }],
    ],
    [
      '"X seemed <predicate>" is an impression with no source; "appeared on" is not',
      `${T}The dockworkers seemed equally unmoved. Dana Pell appeared on Brask TV on Monday.`,
      [{ content: 'The dockworkers seemed equally unmoved', kind: 'INDIRECT', cue: 'seemed', mention: null, speaker: null }],
    ],
    [
      'a recipient noun phrase does not swallow the next clause\'s determiner',
      `${T}Dana Pell told the board the pier is unsafe.`,
      [{ content: 'the pier is unsafe', kind: 'INDIRECT', cue: 'told', mention: 'Dana Pell', speaker: 'Dana Pell' }],
    ],
    [
      'a comma inside a short list does not end a bare object',
      `${T}Dana Pell wants a new pier, better ferries and lower tolls.`,
      [{ content: 'a new pier, better ferries and lower tolls', kind: 'INDIRECT', cue: 'wants', mention: 'Dana Pell', speaker: 'Dana Pell' }],
    ],
    [
      'nor does a comma inside a list of names',
      `${T}Ilse Brandvold praised Dana Ruiz, Ivo Pell and Sen. Maren Okafor for keeping the north pier open.`,
      [{ content: 'Dana Ruiz, Ivo Pell and Sen. Maren Okafor for keeping the north pier open', kind: 'INDIRECT', cue: 'praised', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'or a list of places',
      `${T}Ilse Brandvold criticized the new ferry routes to Brask, Tessel and Vand as too costly.`,
      [{ content: 'the new ferry routes to Brask, Tessel and Vand as too costly', kind: 'INDIRECT', cue: 'criticized', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'stage directions and follow-us lines in stray quotes are not statements',
      `${T}"(CROSSTALK.)\n\n"Follow Dana Pell on Twitter @danapell."`,
      [],
    ],
    [
      'a transcript turn "NAME: …" names its speaker and leaves the name out of the content',
      `${T}"PELL: Well, the ferry is late again and nobody in the harbour office will say why."`,
      [{ content: 'Well, the ferry is late again and nobody in the harbour office will say why.', kind: 'DIRECT', cue: null, mention: 'PELL', speaker: 'PELL' }],
    ],
    [
      'a short "With …," opening before a quotation is part of the report',
      `${T}With ten ferries, “there is no single point of failure,” Dana Pell said.`,
      [{ content: 'With ten ferries, “there is no single point of failure,”', kind: 'DIRECT', cue: 'said', mention: 'Dana Pell', speaker: 'Dana Pell' }],
    ],
    [
      'so is one after "But"/"And"/"Yet"',
      `${T}But with the north pier shut for the winter, “Harbour crews will simply wait,” says Dana Pell.`,
      [{ content: 'But with the north pier shut for the winter, “Harbour crews will simply wait,”', kind: 'DIRECT', cue: 'says', mention: 'Dana Pell', speaker: 'Dana Pell' }],
    ],
    [
      '"find an honest way", "find it difficult" are not findings',
      `${T}The board must find an honest way to pay for the pier. Dana Pell will find it difficult to win.`,
      [],
    ],
    [
      'an impression ends before a trailing prepositional phrase',
      `${T}The pier repairs might at first have seemed pointless to many skippers, until the storm.`,
      [{ content: 'The pier repairs might at first have seemed pointless', kind: 'INDIRECT', cue: 'seemed', mention: null, speaker: null }],
    ],
    [
      '"called into a radio show" is a phone call, not a label',
      `${T}Dana Pell called into a harbour radio show on Monday.`,
      [],
    ],
    [
      'a spaced hyphen works as a dash: paired it is an aside, alone it ends the clause',
      `${T}Dana Pell said the toll - a relic of the old port - would go. Ilse Brandvold said the pier would close - and the clerks cheered.`,
      [
        { content: 'the toll - a relic of the old port - would go', kind: 'INDIRECT', cue: 'said', mention: 'Dana Pell', speaker: 'Dana Pell' },
        { content: 'the pier would close', kind: 'INDIRECT', cue: 'said', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' },
      ],
    ],
    [
      'a spaced hyphen ends a bare object',
      `${T}Dana Pell wants a new pier - and soon.`,
      [{ content: 'a new pier', kind: 'INDIRECT', cue: 'wants', mention: 'Dana Pell', speaker: 'Dana Pell' }],
    ],
    [
      'an "-ing" word opening a comma-free clause is part of its subject',
      `${T}Shifting tides in the bay could flood the old pier, Ms. Pell said.`,
      [{ content: 'Shifting tides in the bay could flood the old pier', kind: 'INDIRECT', cue: 'said', mention: 'Ms. Pell', speaker: 'Pell' }],
    ],
    [
      'a sentence-opening plural noun with its prepositional phrase is the subject',
      `${T}Experts on harbour finance and ferry safety said the audit could change that.`,
      [{ content: 'the audit could change that', kind: 'INDIRECT', cue: 'said', mention: 'Experts on harbour finance and ferry safety', speaker: null }],
    ],
    [
      'a year between subject and verb ("who in 2010 said") is skipped',
      `${T}A ferryman, who in 2019 said the slipway was unsafe, retired.`,
      [{ content: 'the slipway was unsafe', kind: 'INDIRECT', cue: 'said', mention: 'who', speaker: null }],
    ],
    [
      '"Democrat of <State>" after a name is an appositive',
      `${T}Senator Ada Lorne, Democrat of Vandoria, said the toll has sent a bad message to drivers.`,
      [{ content: 'the toll has sent a bad message to drivers', kind: 'INDIRECT', cue: 'said', mention: 'Senator Ada Lorne', speaker: 'Ada Lorne' }],
    ],
    [
      'an adjective may precede the sentence-opening plural noun',
      `${T}Local experts on harbour finance said the audit was late.`,
      [{ content: 'the audit was late', kind: 'INDIRECT', cue: 'said', mention: 'Local experts on harbour finance', speaker: null }],
    ],
    [
      '"said so" reports the pro-form, not the circumstances after it',
      `${T}Half of the clerks said so in the spring poll.`,
      [{ content: 'so', kind: 'INDIRECT', cue: 'said', mention: 'Half of the clerks', speaker: null }],
    ],
    [
      '"said as much" reports the pro-form',
      `${T}Dana Pell said as much at the quayside meeting last week.`,
      [{ content: 'as much', kind: 'INDIRECT', cue: 'said', mention: 'Dana Pell', speaker: 'Dana Pell' }],
    ],
    [
      'a paragraph reported by the "X wrote:" before it quotes when it holds a quotation',
      `${T}In a letter to members, Ana Ruiz wrote:\nThe harbour has been neglected for a decade. We should ask the board one question: “where did the money go?”\nIvo Pell declined to comment.`,
      [
        { content: 'The harbour has been neglected for a decade. We should ask the board one question: “where did the money go?”', kind: 'DIRECT', cue: 'wrote', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' },
        { content: 'to comment', kind: 'INDIRECT', cue: 'declined', mention: 'Ivo Pell', speaker: 'Ivo Pell' },
      ],
    ],
    [
      'a colon inside a quoted title does not start what "according to" reports',
      `${T}Ivo Pell’s memoir “Harbour Days: A Life at Sea” sold out in its first month, according to the Courier.`,
      [{ content: 'Ivo Pell’s memoir “Harbour Days: A Life at Sea” sold out in its first month', kind: 'DIRECT', cue: 'according to', mention: 'the Courier', speaker: 'Courier' }],
    ],
    [
      'a qualified cue set off by commas ("…, her staff said Tuesday, because …") reports the clause before it too',
      `${T}Ana Ruiz was relieved that the “quay slate” held its seats, her staff said Tuesday, because she knows how restless the dockers are.`,
      [
        { content: 'Ana Ruiz was relieved that the “quay slate” held its seats', kind: 'DIRECT', cue: 'said', mention: 'her staff', speaker: null },
        { content: 'because she knows how restless the dockers are', kind: 'INDIRECT', cue: 'said', mention: 'her staff', speaker: null },
        { content: 'how restless the dockers are', kind: 'INDIRECT', cue: 'knows', mention: 'she', speaker: 'Ana Ruiz' },
      ],
    ],
    [
      'a report inside a relative clause ("that X accused …") does not end the clause reported before "Y said"',
      `${T}The “quiet cuts” that Ana Ruiz accused the mayor of making to the night boats are far smaller than the old ones, Ivo Pell said Tuesday.`,
      [
        { content: 'The “quiet cuts” that Ana Ruiz accused the mayor of making to the night boats are far smaller than the old ones', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell', speaker: 'Ivo Pell' },
        { content: 'the mayor of making to the night boats are far smaller than the old ones', kind: 'INDIRECT', cue: 'accused', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' },
      ],
    ],
    [
      'after a "While …" clause, a mid-sentence "according to X," reports the main clause',
      `${T}While most of the tolls were raised to the “peak” rate, according to a harbour official, three bridges stayed at the “local” rate.`,
      [
        { content: 'to the “peak” rate', kind: 'DIRECT', cue: 'raised', mention: 'most of the tolls', speaker: null },
        { content: 'three bridges stayed at the “local” rate', kind: 'DIRECT', cue: 'according to', mention: 'a harbour official', speaker: null },
      ],
    ],
    [
      'a markup attribute value in the reported clause is no quotation',
      `${T}Ana Ruiz said the harbour will reopen in May.Watch the video at <a href="http://brask.example">brask.example</a>`,
      [{ content: 'the harbour will reopen in May.Watch the video at <a href="http://brask.example">brask.example</a>', kind: 'INDIRECT', cue: 'said', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
    ],
    [
      'nouns that look like verbs are not cues',
      `${T}The claims were rejected by the court. His reported remarks caused a stir.`,
      [],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('headlines', () => {
  const cases: [string, string, Row[]][] = [
    [
      'source, colon, content',
      'Harbour Master Ostrova: Ferries Will Run on Sundays\nThe port reopened.',
      [{ content: 'Ferries Will Run on Sundays', kind: 'INDIRECT', cue: ':', mention: 'Harbour Master Ostrova', speaker: 'Harbour Master Ostrova' }],
    ],
    [
      'Title Case headline with a reporting verb',
      'Mayor Ilse Brandvold Says Tunnel Will Open in May\nThe port reopened.',
      [{ content: 'Tunnel Will Open in May', kind: 'INDIRECT', cue: 'Says', mention: 'Mayor Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'a lower-case source before the colon',
      'Dock union: Ferry toll threatens the island\nThe port reopened.',
      [{ content: 'Ferry toll threatens the island', kind: 'INDIRECT', cue: ':', mention: 'Dock union', speaker: null }],
    ],
    [
      'a section label before the colon is not a source; a comma and a new verb end the report',
      'The Latest: Mayor declares ‘victory,’ ignores losses\nThe port reopened.',
      [{ content: '‘victory,’', kind: 'INDIRECT', cue: 'declares', mention: 'Mayor', speaker: 'Mayor' }],
    ],
    [
      'a headline act after a comma shares the subject of the first act',
      'Brandvold slams Vasquez-Hale, praises Ostrova as ‘steady’\nThe port reopened.',
      [
        { content: 'Vasquez-Hale', kind: 'INDIRECT', cue: 'slams', mention: 'Brandvold', speaker: 'Brandvold' },
        { content: 'Ostrova as ‘steady’', kind: 'INDIRECT', cue: 'praises', mention: 'Brandvold', speaker: 'Brandvold' },
      ],
    ],
    [
      'phrasal headline verbs',
      'Brandvold swipes at Vasquez-Hale over ferries\nThe port reopened.',
      [{ content: 'Vasquez-Hale over ferries', kind: 'INDIRECT', cue: 'swipes at', mention: 'Brandvold', speaker: 'Brandvold' }],
    ],
    [
      'a label before the source',
      'EXCLUSIVE – Harbour Master Ostrova: Ferries Will Run on Sundays\nThe port reopened.',
      [{ content: 'Ferries Will Run on Sundays', kind: 'INDIRECT', cue: ':', mention: 'Harbour Master Ostrova', speaker: 'Harbour Master Ostrova' }],
    ],
    ['a verb before the colon is not a source', 'Brandvold wins big: what the vote means\nThe port reopened.', []],
    ['a plain headline reports nothing', 'Vandor signals continued trade with the northern ports\nThe port reopened.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('nominal and phrasal reports', () => {
  const cases: [string, string, Row[]][] = [
    [
      "possessor's criticism of ...",
      `${T}Ilse Brandvold’s criticism of the harbour tax drew a crowd.`,
      [{ content: 'the harbour tax', kind: 'INDIRECT', cue: 'criticism of', mention: 'Ilse Brandvold', speaker: 'Ilse Brandvold' }],
    ],
    [
      'noun + "that"-clause and noun + infinitive',
      `${T}Ilse Brandvold stood by her claim that the toll is illegal. The board’s decision to close the pier angered sailors.`,
      [
        { content: 'the toll is illegal', kind: 'INDIRECT', cue: 'claim that', mention: 'her', speaker: null },
        { content: 'close the pier', kind: 'INDIRECT', cue: 'decision to', mention: null, speaker: null },
      ],
    ],
    [
      'an aside that quotes is a nominal report',
      `${T}Then came Ivo Pell’s aside that the divers who cleared the channel were “mostly volunteers” and poorly paid.`,
      [{ content: 'the divers who cleared the channel were “mostly volunteers” and poorly paid', kind: 'DIRECT', cue: 'aside that', mention: 'Ivo Pell', speaker: 'Ivo Pell' }],
    ],
    [
      'a quoting "that"-clause after a report noun inside another report is a report of its own',
      `${T}Ana Ruiz mocked Ivo Pell’s claim that the council “sold the harbour” to bankers.`,
      [
        { content: 'Ivo Pell’s claim that the council “sold the harbour” to bankers', kind: 'DIRECT', cue: 'mocked', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' },
        { content: 'the council “sold the harbour” to bankers', kind: 'DIRECT', cue: 'claim that', mention: 'Ivo Pell', speaker: 'Ivo Pell' },
      ],
    ],
    [
      'a conclusion that … is a nominal report',
      `${T}The pier shut after Ana Ruiz’s conclusion that it was “unsafe for ferries.”`,
      [{ content: 'it was “unsafe for ferries.”', kind: 'DIRECT', cue: 'conclusion that', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
    ],
    [
      'a long "that"-clause after a report noun with two adjectives before it is still reported',
      `${T}For instance, Dana Pell’s latest baseless assertion that “dozens” of skippers in Tessel dumped fuel in the channel during the regatta repeats gossip that has spread along the docks and through the ferry forums since spring.`,
      [
        {
          content: '“dozens” of skippers in Tessel dumped fuel in the channel during the regatta repeats gossip that has spread along the docks and through the ferry forums since spring',
          kind: 'DIRECT',
          cue: 'assertion that',
          mention: 'Dana Pell',
          speaker: 'Dana Pell',
        },
      ],
    ],
    [
      'a relative "that" after a report noun introduces no report',
      `${T}The Courier published a report that could sink the harbour levy for good.`,
      [],
    ],
    [
      'talked about ...',
      `${T}Teodor Vasquez-Hale talked about the flooded tunnel, then left.`,
      [{ content: 'the flooded tunnel', kind: 'INDIRECT', cue: 'talked about', mention: 'Teodor Vasquez-Hale', speaker: 'Teodor Vasquez-Hale' }],
    ],
    [
      'a short quotation set in the writer’s clause is reported from its verb',
      `${T}Ana Ruiz also pledged to “bring the ferries home” to the harbour.`,
      [{ content: 'to “bring the ferries home” to the harbour', kind: 'DIRECT', cue: 'pledged', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
    ],
    [
      'a labelling verb keeps its title-case quotation',
      `${T}Ivo Pell dubbed the levy the “Harbour Tax.”`,
      [{ content: 'the levy the “Harbour Tax.”', kind: 'DIRECT', cue: 'dubbed', mention: 'Ivo Pell', speaker: 'Ivo Pell' }],
    ],
    [
      'a programme title after "said on" is not a report',
      `${T}“The levy stays,” Ivo Pell said on “Harbour Hour.”`,
      [{ content: 'The levy stays,', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell', speaker: 'Ivo Pell' }],
    ],
    [
      'a quotation answered when asked keeps its speaker',
      `${T}"Not this year," Ivo Pell said when asked whether the toll would rise.`,
      [
        { content: 'Not this year,', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell', speaker: 'Ivo Pell' },
        { content: 'whether the toll would rise', kind: 'INDIRECT', cue: 'asked', mention: null, speaker: null },
      ],
    ],
    [
      'a quotation with its own comma ends the reported clause',
      `${T}Ana Ruiz called the toll “a disgrace,” an unusual rebuke from a harbour master.`,
      [{ content: 'the toll “a disgrace,”', kind: 'DIRECT', cue: 'called', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
    ],
    [
      'a subject and cue introducing a quotation with a colon end the report before them',
      `${T}Ana Ruiz said the toll was unfair and Ivo Pell responded: "We will cut it next year."`,
      [
        { content: 'the toll was unfair', kind: 'INDIRECT', cue: 'said', mention: 'Ana Ruiz', speaker: 'Ana Ruiz' },
        { content: 'We will cut it next year.', kind: 'DIRECT', cue: 'responded', mention: 'Ivo Pell', speaker: 'Ivo Pell' },
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('speaker resolution', () => {
  const cases: [string, string, Row[]][] = [
    [
      'full name, then surname, then pronoun, then role noun',
      `${T}Rasmus al-Qadiri, a member of the Vandorian Budget Committee, said the deficit had doubled.\n“We were warned,” al-Qadiri said. Al-Qadiri later added that nobody listened.\n“It is worse than it looks,” he remarked.\nThe committee member acknowledged that reform would be slow.`,
      [
        { content: 'the deficit had doubled', kind: 'INDIRECT', cue: 'said', mention: 'Rasmus al-Qadiri', speaker: 'Rasmus al-Qadiri' },
        { content: 'We were warned,', kind: 'DIRECT', cue: 'said', mention: 'al-Qadiri', speaker: 'Rasmus al-Qadiri' },
        { content: 'nobody listened', kind: 'INDIRECT', cue: 'added', mention: 'Al-Qadiri', speaker: 'Rasmus al-Qadiri' },
        { content: 'It is worse than it looks,', kind: 'DIRECT', cue: 'remarked', mention: 'he', speaker: 'Rasmus al-Qadiri' },
        { content: 'reform would be slow', kind: 'INDIRECT', cue: 'acknowledged', mention: 'The committee member', speaker: 'Rasmus al-Qadiri' },
      ],
    ],
    [
      'forward reference from a vague source in the lede',
      `${T}Tolls on the northern bridge will double next year, according to a senior official.\nPiet van der Holm, the deputy mayor of Lantern Bay, said the increase was unavoidable.`,
      [
        { content: 'Tolls on the northern bridge will double next year', kind: 'INDIRECT', cue: 'according to', mention: 'a senior official', speaker: 'Piet van der Holm' },
        { content: 'the increase was unavoidable', kind: 'INDIRECT', cue: 'said', mention: 'Piet van der Holm', speaker: 'Piet van der Holm' },
      ],
    ],
    [
      'name particles: bin, van, de',
      `${T}Yusuf bin Rashed said the port was safe. Anouk de Wilde said the port was not safe. Van der Holm said both were right.\nPiet van der Holm runs the bay.`,
      [
        { content: 'the port was safe', kind: 'INDIRECT', cue: 'said', mention: 'Yusuf bin Rashed', speaker: 'Yusuf bin Rashed' },
        { content: 'the port was not safe', kind: 'INDIRECT', cue: 'said', mention: 'Anouk de Wilde', speaker: 'Anouk de Wilde' },
        { content: 'both were right', kind: 'INDIRECT', cue: 'said', mention: 'Van der Holm', speaker: 'Van der Holm' },
      ],
    ],
    [
      'two people sharing a surname are never merged',
      `${T}Greta Solheim said the tunnel leaked. Jonas Solheim said the tunnel was dry. “It leaks every spring,” Greta Solheim said.`,
      [
        { content: 'the tunnel leaked', kind: 'INDIRECT', cue: 'said', mention: 'Greta Solheim', speaker: 'Greta Solheim' },
        { content: 'the tunnel was dry', kind: 'INDIRECT', cue: 'said', mention: 'Jonas Solheim', speaker: 'Jonas Solheim' },
        { content: 'It leaks every spring,', kind: 'DIRECT', cue: 'said', mention: 'Greta Solheim', speaker: 'Greta Solheim' },
      ],
    ],
    [
      'a group placed by a name is no one in particular, and the place is not its speaker',
      `${T}Officials in Brask said the levy was fair. Officials at the Harbour Ministry said the levy was fair.`,
      [
        { content: 'the levy was fair', kind: 'INDIRECT', cue: 'said', mention: 'Officials in Brask', speaker: null },
        { content: 'the levy was fair', kind: 'INDIRECT', cue: 'said', mention: 'Officials at the Harbour Ministry', speaker: 'Harbour Ministry' },
      ],
    ],
    [
      'vague sources stay unattributed',
      `${T}A source said the vote would be delayed.`,
      [{ content: 'the vote would be delayed', kind: 'INDIRECT', cue: 'said', mention: 'A source', speaker: null }],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('keeps people who share a surname as two speakers', () => {
    const a = extractArticle(`${T}Greta Solheim said the tunnel leaked. Jonas Solheim said the tunnel was dry.`);
    expect(a.speakers.map((s) => s.name)).toEqual(['Greta Solheim', 'Jonas Solheim']);
  });
});

describe('affiliations', () => {
  const cases: [string, string, { person: string; role: string; organization: string; kind: string; evidence: string }[]][] = [
    [
      'appositive: X, a member of ORG,',
      `${T}Marta Okonkwo-Lindqvist, a member of the Vandorian Budget Committee, said the deficit had doubled.`,
      [{ person: 'Marta Okonkwo-Lindqvist', role: 'member', organization: 'Vandorian Budget Committee', kind: 'COMMITTEE', evidence: 'Marta Okonkwo-Lindqvist, a member of the Vandorian Budget Committee' }],
    ],
    [
      'a name with two particles',
      `${T}The vote failed, said Marta van der Berg, a member of the council’s Transport Committee.`,
      [{ person: 'Marta van der Berg', role: 'member', organization: 'Transport Committee', kind: 'COMMITTEE', evidence: 'Marta van der Berg, a member of the council’s Transport Committee' }],
    ],
    [
      'X, representing ORG,',
      `${T}Teodor Vasquez-Hale, representing the Harbour Workers Alliance, said the strike would go on.`,
      [{ person: 'Teodor Vasquez-Hale', role: 'representative', organization: 'Harbour Workers Alliance', kind: 'PARTY', evidence: 'Teodor Vasquez-Hale, representing the Harbour Workers Alliance' }],
    ],
    [
      'X, ORG ROLE, (the organisation named before the role)',
      `${T}Ana Ruiz, Brask Party chairwoman, said the levy was fair. “It will pass,” Ivo Pell, Tessel Ferry Company CEO, said.`,
      [
        { person: 'Ana Ruiz', role: 'chairwoman', organization: 'Brask Party', kind: 'PARTY', evidence: 'Ana Ruiz, Brask Party chairwoman' },
        { person: 'Ivo Pell', role: 'CEO', organization: 'Tessel Ferry Company', kind: 'COMPANY', evidence: 'Ivo Pell, Tessel Ferry Company CEO' },
      ],
    ],
    [
      'no named role after a place or a plural',
      `${T}In Brask, Tessel Party leaders said the levy was fair.`,
      [],
    ],
    [
      'demonym + title + name',
      `${T}Iraqi Prime Minister Samir Haddad-Noor said talks would continue. Iraqi Chief Justice Layla Ghanem confirmed that the case was closed.`,
      [
        { person: 'Samir Haddad-Noor', role: 'Prime Minister', organization: 'Government of Iraq', kind: 'GOVERNMENT', evidence: 'Iraqi Prime Minister Samir Haddad-Noor' },
        { person: 'Layla Ghanem', role: 'Chief Justice', organization: 'Judiciary of Iraq', kind: 'JUDICIARY', evidence: 'Iraqi Chief Justice Layla Ghanem' },
      ],
    ],
    [
      'X of ORG',
      `${T}Oskar Lindahl of the Northern Ledger Institute said the figures were wrong.`,
      [{ person: 'Oskar Lindahl', role: 'member', organization: 'Northern Ledger Institute', kind: 'NGO', evidence: 'Oskar Lindahl of the Northern Ledger Institute' }],
    ],
    [
      "ORG's ROLE X",
      `${T}The Vandorian Port Authority’s chief engineer Hanne Roskvist said the crane had failed.`,
      [{ person: 'Hanne Roskvist', role: 'chief engineer', organization: 'Vandorian Port Authority', kind: 'GOVERNMENT', evidence: 'Vandorian Port Authority’s chief engineer Hanne Roskvist' }],
    ],
    [
      'X, ROLE for ORG, (a role with no article)',
      `${T}Tomas Kerr, spokesman for the Harbour Ministry, confirmed the date.`,
      [{ person: 'Tomas Kerr', role: 'spokesman', organization: 'Harbour Ministry', kind: 'GOVERNMENT', evidence: 'Tomas Kerr, spokesman for the Harbour Ministry' }],
    ],
    [
      'X, ORG’s ROLE,',
      `${T}Tomas Kerr, the Harbour Ministry’s spokesman, confirmed the date.`,
      [{ person: 'Tomas Kerr', role: 'spokesman', organization: 'Harbour Ministry', kind: 'GOVERNMENT', evidence: 'Tomas Kerr, the Harbour Ministry’s spokesman' }],
    ],
    [
      'ORG ROLE X (no possessive), for one person only',
      `${T}Tessel Ferry Company chief executive Ivo Pell said the boats were ready. Brask Party members Ana Ruiz and Edda Marsh disagreed.`,
      [{ person: 'Ivo Pell', role: 'chief executive', organization: 'Tessel Ferry Company', kind: 'COMPANY', evidence: 'Tessel Ferry Company chief executive Ivo Pell' }],
    ],
    [
      'X, who chairs ORG,',
      `${T}Hanne Roskvist, who chairs the Tessel Port Authority, said the crane had failed.`,
      [{ person: 'Hanne Roskvist', role: 'chair', organization: 'Tessel Port Authority', kind: 'GOVERNMENT', evidence: 'Hanne Roskvist, who chairs the Tessel Port Authority' }],
    ],
    [
      'an owner’s possessive before the organisation, and dotted capitals inside it',
      `${T}Marta Berg, a member of the council’s Transport Committee, said the vote failed. Ivo Pell, a reporter for the U.K. Harbour Gazette, asked why.`,
      [
        { person: 'Marta Berg', role: 'member', organization: 'Transport Committee', kind: 'COMMITTEE', evidence: 'Marta Berg, a member of the council’s Transport Committee' },
        { person: 'Ivo Pell', role: 'reporter', organization: 'U.K. Harbour Gazette', kind: 'MEDIA', evidence: 'Ivo Pell, a reporter for the U.K. Harbour Gazette' },
      ],
    ],
    [
      'a name never runs over a full stop or a line break, nor starts with an opener',
      `${T}The levy was drafted by Ana Ruiz. Ivo Pell, a member of the Brask Party, objected.\n\nThe board thanked Ana Ruiz\nEdda Marsh, the leader of the Harbour Union, said. But Oskar Lindahl, a member of the Tessel Party, left.`,
      [
        { person: 'Ivo Pell', role: 'member', organization: 'Brask Party', kind: 'PARTY', evidence: 'Ivo Pell, a member of the Brask Party' },
        { person: 'Edda Marsh', role: 'leader', organization: 'Harbour Union', kind: 'NGO', evidence: 'Edda Marsh, the leader of the Harbour Union' },
        { person: 'Oskar Lindahl', role: 'member', organization: 'Tessel Party', kind: 'PARTY', evidence: 'Oskar Lindahl, a member of the Tessel Party' },
      ],
    ],
    [
      'an organisation name stops at the sentence end',
      `${T}Ivo Pell, a senior fellow at the Brask Institute. He said the levy was fair.`,
      [{ person: 'Ivo Pell', role: 'senior fellow', organization: 'Brask Institute', kind: 'NGO', evidence: 'Ivo Pell, a senior fellow at the Brask Institute' }],
    ],
    [
      'no affiliation from a thing, a clause, a place, a person or an owner',
      [
        `${T}They met Ana Ruiz the morning of the Harbour Summit.`,
        'Ivo Pell, who was president of the Brask Party, said no.',
        'Edda Marsh, a lawyer in Brask, said no.',
        'Oskar Lindahl, an adviser to President Hanne Roskvist, said no.',
        'Marta Berg, the lawyer for Pell’s campaign, said no.',
      ].join(' '),
      [],
    ],
    [
      'the ROLE of ORG, for a person who is only mentioned',
      `${T}The report praised Edda Marsh, the commander of the Coastal Guard Brigade, and said little else.`,
      [{ person: 'Edda Marsh', role: 'commander', organization: 'Coastal Guard Brigade', kind: 'MILITARY', evidence: 'Edda Marsh, the commander of the Coastal Guard Brigade' }],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const a = extractArticle(text);
    const people = new Map(a.speakers.map((s) => [s.key, s.name]));
    const orgs = new Map(a.organizations.map((o) => [o.key, o]));
    const actual = a.affiliations.map((af) => {
      expect(text.slice(af.evidence.start, af.evidence.end)).toBe(af.evidence.text);
      return { person: people.get(af.speakerKey) ?? '', role: af.role, organization: orgs.get(af.organizationKey)?.name ?? '', kind: orgs.get(af.organizationKey)?.kind ?? '', evidence: af.evidence.text };
    });
    expect(actual).toEqual(expected);
  });

  it('lists a described-but-not-quoted person as a speaker with quoted: false', () => {
    const a = extractArticle(`${T}The report praised Edda Marsh, the commander of the Coastal Guard Brigade, and said little else.`);
    expect(a.speakers.map((s) => [s.name, s.quoted])).toEqual([['Edda Marsh', false]]);
    expect(a.statements.every((s) => s.speakerKey !== 'edda-marsh')).toBe(true);
  });
});

describe('header', () => {
  const cases: [string, string, { title: string; bodyStart: number; outlet: string | null }][] = [
    ['slash dateline', 'A title\nLantern Courier/ The port reopened.', { title: 'A title', bodyStart: 8, outlet: 'Lantern Courier' }],
    ['wire dateline', 'A title\n\nLANTERN BAY (Vandor Wire) - The port reopened.', { title: 'A title', bodyStart: 9, outlet: 'Vandor Wire' }],
    ['no dateline', 'A title\nThe port reopened.', { title: 'A title', bodyStart: 8, outlet: null }],
    ['title only', 'Only a title', { title: 'Only a title', bodyStart: 12, outlet: null }],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const a = extractArticle(text);
    expect({ title: a.title, bodyStart: a.bodyStart, outlet: a.outlet }).toEqual(expected);
    expect(text.slice(a.titleSpan.start, a.titleSpan.end)).toBe(expected.title);
  });

  it('falls back to metadata for outlet and passes through url, date and language', () => {
    const publishedAt = new Date('2031-04-02T00:00:00Z');
    const a = extractArticle('A title\nThe port reopened.', { outlet: 'Vandor Wire', url: 'https://example.test/a', publishedAt, language: 'en' });
    expect([a.outlet, a.url, a.publishedAt, a.language]).toEqual(['Vandor Wire', 'https://example.test/a', publishedAt, 'en']);
  });
});

// Speaker-finding cases for direct quotes. Every sentence, person, place and
// organisation here is invented; none comes from a real article.
import { describe, expect, it } from 'vitest';
import { statementRows } from '../support/extraction.ts';
import type { StatementRow } from '../support/extraction.ts';
import { quotedNonSpeech, titleOnlyContent } from '../../src/domain/extraction/titles.ts';

const T = 'Headline about the Brask harbour levy\n';

describe('speaker mentions of direct quotes', () => {
  const cases: [string, string, StatementRow[]][] = [
    [
      'a sentence opener is not the subject of a participle: the pronoun after it is',
      `${T}Ivo Pell spoke at the harbour on Monday. However, he held his fire on the levy, calling it a “fair and careful measure for the ports.”`,
      [{ content: 'it a “fair and careful measure for the ports.”', kind: 'DIRECT', cue: 'calling', mention: 'he' }],
    ],
    [
      'an opening conjunction is not the speaker a colon introduces',
      `${T}But back at the harbour, she returned to her familiar lines: “The levy must go and the ferries must run on time.”`,
      [{ content: 'The levy must go and the ferries must run on time.', kind: 'DIRECT', cue: ':', mention: 'she' }],
    ],
    [
      'a noun phrase inside a prepositional phrase before a colon is not the speaker',
      `${T}Ivo Pell has adopted the stance common among some sailors in public office: “I am against the levy in my personal life, but support it in my public life.”`,
      [{ content: 'I am against the levy in my personal life, but support it in my public life.', kind: 'DIRECT', cue: ':', mention: 'Ivo Pell' }],
    ],
    [
      'a lower-case role noun phrase after an opening adverbial is the subject of a participle',
      `${T}In three separate interviews, the senator sounded off on the levy, saying she did not "want to contemplate" what a toll would do to the port.`,
      [{ content: 'she did not "want to contemplate" what a toll would do to the port', kind: 'DIRECT', cue: 'saying', mention: 'the senator' }],
    ],
    [
      '"And he …": a lower-case pronoun after a conjunction is the subject',
      `${T}Ana Ruiz met the dockworkers. And he kept going, mocking the plan as “a levy on every fisherman in Brask.”`,
      [{ content: 'the plan as “a levy on every fisherman in Brask.”', kind: 'DIRECT', cue: 'mocking', mention: 'he' }],
    ],
    [
      'an inverted attribution after a quotation closed with a mistyped opening mark (,“ said X)',
      `${T}“The reality is, if Ruiz loses Brask, that could create new problems for her here,“ said Ivo Pell, a harbour master from Lantern.`,
      [{ content: 'The reality is, if Ruiz loses Brask, that could create new problems for her here,', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' }],
    ],
    [
      'a description before the name after a quotation (“…!” the harbour nominee, Ivo Pell, tweeted)',
      `${T}“Is the mayor going to finally mention the levy? If he doesn't he should resign!” the presumptive harbour nominee, Ivo Pell, tweeted Sunday after the vote.`,
      [{ content: "Is the mayor going to finally mention the levy? If he doesn't he should resign!", kind: 'DIRECT', cue: 'tweeted', mention: 'Ivo Pell' }],
    ],
    [
      "a possessive description before the name after a quotation (X's campaign manager, Name, said)",
      `${T}"Sorry, the ferries were not the answer to the question at all," Ana Ruiz's campaign manager, Ivo Pell, said in an interview.`,
      [{ content: 'Sorry, the ferries were not the answer to the question at all,', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' }],
    ],
    [
      'a subject with a prepositional phrase after a closing quotation',
      `${T}“The levy is fair and long overdue for the port,” a spokesman for the Brask council said.`,
      [{ content: 'The levy is fair and long overdue for the port,', kind: 'DIRECT', cue: 'said', mention: 'a spokesman for the Brask council' }],
    ],
    [
      "an appositive opening with a titled possessor (Mr. Ruiz's adviser)",
      `${T}''We don't believe the ferries are the answer,'' Ivo J. Pell, Mr. Ruiz's deputy harbour adviser, said Sunday.`,
      [{ content: "We don't believe the ferries are the answer,", kind: 'DIRECT', cue: 'said', mention: 'Ivo J. Pell' }],
    ],
    [
      'an appositive ending in a place and its state abbreviation',
      `${T}''If Brask had gone with Pell, I would have been sitting in a cell,'' Mr. Ruiz, now 81 and retired in Lantern, Vd., said by telephone.`,
      [{ content: 'If Brask had gone with Pell, I would have been sitting in a cell,', kind: 'DIRECT', cue: 'said', mention: 'Mr. Ruiz' }],
    ],
    [
      'a pronoun and its verb after "said" open a clause, not an inverted subject of the quotation before',
      `${T}Ana Ruiz, who calls the toll a “scandal,” said she doesn’t believe the vote will pass.`,
      [
        { content: 'the toll a “scandal,”', kind: 'DIRECT', cue: 'calls', mention: 'who' },
        { content: 'the vote will pass', kind: 'INDIRECT', cue: 'believe', mention: 'she' },
      ],
    ],
    [
      'an excerpt of another outlet\'s article quotes its writer: only its attributed quotations are statements',
      'Courier: Harbour Board Is No Better Than the Old One.\n\nFrom Ana Ruiz writing at The Brask Courier:\n\n"Running a harbour takes patience, a thick skin and a good deal of luck.\n\n"The board met on Monday and voted down the levy again.\n\n“We will not pay for the pier twice,” Ivo Pell said after the vote.\n\nRead the rest of the story at The Brask Courier.\n',
      [
        { content: 'Harbour Board Is No Better Than the Old One', kind: 'INDIRECT', cue: ':', mention: 'Courier' },
        { content: 'We will not pay for the pier twice,', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' },
      ],
    ],
    [
      'a digest\'s excerpt under a linked headline and its byline quotes the article, not a speaker',
      `${T}DOCKSIDE—"Old pier to reopen in May," by the Courier's Ana Ruiz: "The old pier will reopen in May after two years of repairs, the harbour board said on Monday." http://brask.example/1x\n\nIvo Pell said the board was right.`,
      [{ content: 'the board was right', kind: 'INDIRECT', cue: 'said', mention: 'Ivo Pell' }],
    ],
    [
      'a quotation joined by "and" to the attribution after a quotation goes on with that speaker',
      `${T}“The levy must come with strict audits,” Ana Ruiz said, and “clear penalties for any breach.”`,
      [
        { content: 'The levy must come with strict audits,', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' },
        { content: 'clear penalties for any breach.', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' },
      ],
    ],
    [
      'a noun phrase and a finite verb after "said" open a clause, not an inverted subject',
      `${T}Ivo Pell, a skipper on the ferry show “Tide Watch,” who later ran the pier, said his boss was fair.`,
      [],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(statementRows(text)).toEqual(expected));
});

describe('quoted titles of works are not statements', () => {
  it('a time adverbial naming a show before the speaker is not content', () => {
    expect(statementRows(`${T}Sunday on the Courier’s “Harbour Hour,” Ivo Pell said the levy would pass.`)).toEqual([
      { content: 'the levy would pass', kind: 'INDIRECT', cue: 'said', mention: 'Ivo Pell' },
    ]);
  });
  it('a book named after "said in his" is not what was said', () => {
    expect(statementRows(`${T}The ferries stopped running at noon, Ivo Pell said in his 2031 book, “Harbour Days.”`).filter((r) => r.kind === 'DIRECT')).toEqual([]);
  });
  it('recognises title-only phrases and leaves quoted speech alone', () => {
    expect(titleOnlyContent('Ana Ruiz, host of the Courier’s “Morning Tide,”')).toBe(true);
    expect(titleOnlyContent('on the Courier’s “Morning Tide.”')).toBe(true);
    expect(titleOnlyContent('2031 book, “Harbour Days.”')).toBe(true);
    expect(titleOnlyContent('his new book “Harbour Days”')).toBe(true);
    expect(titleOnlyContent('Later on ‘‘x’’ “Harbour Hour,”')).toBe(false);
    expect(titleOnlyContent('the levy was “a disgrace to Brask,”')).toBe(false);
    expect(titleOnlyContent('of “Pell! Pell! Pell!”')).toBe(false);
  });
});

describe('bare quoted titles and section headings', () => {
  it('a show title after "host of" or after another quoted title and "and" is not a statement', () => {
    expect(statementRows(`${T}“The levy will pass by spring,” Ana Ruiz said. She is now host of “The Harbour Hour with Ivo Pell.” In the coming week, Ruiz is scheduled to appear on “Morning Tide” and “The Late Pier Show With Ivo Pell,” among other media appearances.`)).toEqual([
      { content: 'The levy will pass by spring,', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' },
    ]);
  });
  it('a show title after "told OUTLET’s" is not a statement; the quote before it is', () => {
    expect(statementRows(`${T}“The levy will pass by spring,” Ana Ruiz told the Courier’s “Morning Tide.”`)).toEqual([
      { content: 'The levy will pass by spring,', kind: 'DIRECT', cue: 'told', mention: 'Ana Ruiz' },
    ]);
  });
  it('an all-capitals quoted section heading is not a statement', () => {
    const text = `${T}The council met on Monday.\n\n“HARBOUR LEVY WINS THE VOTE”\n\nIvo Pell said the result was “a fair outcome for every port in Brask.”`;
    expect(statementRows(text).map((r) => r.content)).toEqual(['the result was “a fair outcome for every port in Brask.”']);
  });
});

describe('quotations that are never speech', () => {
  it('a headline followed by its byline is not a statement', () => {
    const text = `${T}HARBOUR NOTES—"Ferry service to end in the spring," by the Courier's Ana Ruiz. Ivo Pell said the ferries were "a relic of another century."`;
    expect(statementRows(text).map((r) => r.content)).toEqual(['the ferries were "a relic of another century."']);
  });
  it('recognises subtitled book titles, link labels and markup', () => {
    const at = (t: string) => quotedNonSpeech(t, 0, t.length);
    expect(at('“Tides and Tolls: A History of the Brask Harbour,”')).toBe(true);
    expect(at('"Related:"')).toBe(true);
    expect(at('>Ferry event in Lantern. Stands empty.')).toBe(true);
    expect(at('“The levy is a disgrace to every port in Brask.”')).toBe(false);
  });
});

describe('a quoted report with an "according to" source', () => {
  it('the source reports the quotation, not the words after its closing mark', () => {
    const text = `${T}“But the harbour is not sympathetic to them. The port hates them,” Ivo Pell said, according to a transcript of the show.`;
    expect(statementRows(text)).toEqual([
      { content: '“But the harbour is not sympathetic to them. The port hates them,”', kind: 'DIRECT', cue: 'according to', mention: 'a transcript of the show' },
      { content: 'But the harbour is not sympathetic to them. The port hates them,', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' },
    ]);
  });
});

describe('a source named after a nested quoted report', () => {
  it('"X said …“…,” the Courier reported": the outlet reports the whole nested report', () => {
    expect(statementRows(`${T}In one email, Ivo Pell said the levy was “a scandal for every port,” the Courier reported.`)).toEqual([
      { content: 'In one email, Ivo Pell said the levy was “a scandal for every port,”', kind: 'DIRECT', cue: 'reported', mention: 'the Courier' },
      { content: 'the levy was “a scandal for every port,”', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' },
    ]);
  });
  it('"When asked …, X said: “…,” the Courier reported": the outlet reports the whole sentence', () => {
    const r = statementRows(`${T}When asked about the new ferry tolls, Ivo Pell said: “The old ferries stay in service,” the Courier reported.`);
    expect(r).toContainEqual({ content: 'When asked about the new ferry tolls, Ivo Pell said: “The old ferries stay in service,”', kind: 'DIRECT', cue: 'reported', mention: 'the Courier' });
    expect(r).toContainEqual({ content: 'The old ferries stay in service,', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' });
  });
  it('"X wrote …, threatening “…,” according to Y": the source reports the whole sentence', () => {
    const r = statementRows(`${T}Ivo Pell wrote to the harbour board, threatening “a costly lawsuit,” according to a copy of the letter.`);
    expect(r).toContainEqual({ content: 'Ivo Pell wrote to the harbour board, threatening “a costly lawsuit,”', kind: 'DIRECT', cue: 'according to', mention: 'a copy of the letter' });
  });
  it('a quotation in a clause of the writer\'s before the main clause is not reported whole', () => {
    const r = statementRows(`${T}When a fan in the hall shouted, “Pell for mayor,” the Courier reported.`);
    expect(r.filter((x) => x.content.startsWith('When'))).toEqual([]);
  });
  it('"X declared …: “…,” she said": the pronoun quotes the quotation', () => {
    const r = statementRows(`${T}In her speech, Ana Ruiz declared the need for patience: “Change the harbour and when you have done that, change it again,” she said.`);
    expect(r).toContainEqual({ content: 'Change the harbour and when you have done that, change it again,', kind: 'DIRECT', cue: 'said', mention: 'she' });
  });
});

describe('a closing attribution after a clause headed by a cue of intention', () => {
  it('"X plans to … “…” …, the Courier reports": the outlet reports the whole clause', () => {
    const r = statementRows(`${T}The fishermen-backed “Fair Tolls” campaign plans to picket the harbour vote over the levy, the Courier reports.`);
    expect(r).toContainEqual({ content: 'The fishermen-backed “Fair Tolls” campaign plans to picket the harbour vote over the levy', kind: 'DIRECT', cue: 'reports', mention: 'the Courier' });
  });
  it('"…, calling her “…,” she said in an interview": so does a participle\'s report', () => {
    const r = statementRows(`${T}Ana Ruiz went to the vote.\n\nThe minute Ms. Ruiz raised her sign, several dockers tore it away and started pushing her, shouting insults and calling her “a harbour spy,” she said in an interview.`);
    expect(r).toContainEqual({ content: 'The minute Ms. Ruiz raised her sign, several dockers tore it away and started pushing her, shouting insults and calling her “a harbour spy,”', kind: 'DIRECT', cue: 'said', mention: 'she' });
  });
  it('"Records show … “…” …, the Courier reported": so does a finding', () => {
    const r = statementRows(`${T}Harbour records show the north pier cost “far more than anyone planned” in its first year, the Courier reported.`);
    expect(r).toContainEqual({ content: 'Harbour records show the north pier cost “far more than anyone planned” in its first year', kind: 'DIRECT', cue: 'reported', mention: 'the Courier' });
  });
});

describe('a verb coordinated with an inverted attribution', () => {
  it('"“…,” X said, but added that …": the second verb has the first one\'s speaker', () => {
    expect(statementRows(`${T}“The levy is fair,” Ana Ruiz said, but added that after taxes, most families would pay less than before.`)).toEqual([
      { content: 'The levy is fair,', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' },
      { content: 'after taxes, most families would pay less than before', kind: 'INDIRECT', cue: 'added', mention: 'Ana Ruiz' },
    ]);
  });
});

describe('follow-on quotations', () => {
  it('continue the outer speaker, not a report nested in that speaker\'s words', () => {
    const text = `${T}Ivo Pell said that for decades some critics had been predicting a closure of the port, but this would not happen.\n\n“That is because this harbour remains the most important one in Brask, now and in the future.”`;
    const last = statementRows(text).pop();
    expect(last).toEqual({ content: 'That is because this harbour remains the most important one in Brask, now and in the future.', kind: 'DIRECT', cue: null, mention: 'Ivo Pell' });
  });
});

describe('attribution lines', () => {
  it('a dash line after a quoted paragraph names its speaker', () => {
    const text = `${T}The harbour debate was lively.\n\n"The levy is a burden on every fisherman in Brask, and it has to go."\n\n- Ana Ruiz.\n\nShe is right about the fishermen.`;
    expect(statementRows(text)).toEqual([{ content: 'The levy is a burden on every fisherman in Brask, and it has to go.', kind: 'DIRECT', cue: '-', mention: 'Ana Ruiz' }]);
  });
});

describe('dash asides', () => {
  it('a quotation with its own "she said" inside a dash aside is hers', () => {
    const r = statementRows(`${T}Ana Ruiz hinted that the newest budget was flimsy - "Once more, we have to look at the fine print of the levy," she said - and charged that the council had failed.`);
    expect(r).toContainEqual({ content: 'Once more, we have to look at the fine print of the levy,', kind: 'DIRECT', cue: 'said', mention: 'she' });
  });
});

describe('an inverted attribution after a quoted report', () => {
  it('"Polling shows that “…,” said X": X reports the whole clause', () => {
    const r = statementRows(`${T}Polling shows that “the public is not very comfortable with the harbour levy,” said Ana Ruiz, the editor of the Courier.`);
    expect(r).toContainEqual({ content: 'Polling shows that “the public is not very comfortable with the harbour levy,”', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' });
  });
});

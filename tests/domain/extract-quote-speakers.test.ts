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
      `${T}Dana Ruiz toured the ferry sheds on Tuesday. However, she kept her tone mild about the toll, calling it a “small price for newer boats.”`,
      [{ content: 'it a “small price for newer boats.”', kind: 'DIRECT', cue: 'calling', mention: 'she' }],
    ],
    [
      'an opening conjunction is not the speaker a colon introduces',
      `${T}But once home in Tessel, she fell back on her usual slogan: “Fix the piers before the fares.”`,
      [{ content: 'Fix the piers before the fares.', kind: 'DIRECT', cue: ':', mention: 'she' }],
    ],
    [
      'a noun phrase inside a prepositional phrase before a colon is not the speaker',
      `${T}Maren Okafor has taken the line popular among many skippers in Tessel: “I pay the toll gladly at sea, but I will fight it on land.”`,
      [{ content: 'I pay the toll gladly at sea, but I will fight it on land.', kind: 'DIRECT', cue: ':', mention: 'Maren Okafor' }],
    ],
    [
      'a lower-case role noun phrase after an opening adverbial is the subject of a participle',
      `${T}In two late meetings, the mayor lingered on the toll gate, saying he could not "begin to picture" how the skippers would cope.`,
      [{ content: 'he could not "begin to picture" how the skippers would cope', kind: 'DIRECT', cue: 'saying', mention: 'the mayor' }],
    ],
    [
      '"And he …": a lower-case pronoun after a conjunction is the subject',
      `${T}Ana Ruiz met the dockworkers. And he kept going, mocking the plan as “a levy on every fisherman in Brask.”`,
      [{ content: 'the plan as “a levy on every fisherman in Brask.”', kind: 'DIRECT', cue: 'mocking', mention: 'he' }],
    ],
    [
      'an inverted attribution after a quotation closed with a mistyped opening mark (,“ said X)',
      `${T}“Frankly, once the toll passes in Tessel, the night ferry will be the first thing we lose,“ said Dana Ruiz, a deckhand from Lantern.`,
      [{ content: 'Frankly, once the toll passes in Tessel, the night ferry will be the first thing we lose,', kind: 'DIRECT', cue: 'said', mention: 'Dana Ruiz' }],
    ],
    [
      'a description before the name after a quotation (“…!” the harbour nominee, Ivo Pell, tweeted)',
      `${T}“Will the board ever publish the ferry accounts? If not, every member should step down!” the new harbour nominee, Ivo Pell, tweeted Sunday after the vote.`,
      [{ content: 'Will the board ever publish the ferry accounts? If not, every member should step down!', kind: 'DIRECT', cue: 'tweeted', mention: 'Ivo Pell' }],
    ],
    [
      "a possessive description before the name after a quotation (X's campaign manager, Name, said)",
      `${T}"Honestly, the timetable was never the real problem," Ana Ruiz's campaign manager, Ivo Pell, said in an interview.`,
      [{ content: 'Honestly, the timetable was never the real problem,', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' }],
    ],
    [
      'a subject with a prepositional phrase after a closing quotation',
      `${T}“The levy is fair and long overdue for the port,” a spokesman for the Brask council said.`,
      [{ content: 'The levy is fair and long overdue for the port,', kind: 'DIRECT', cue: 'said', mention: 'a spokesman for the Brask council' }],
    ],
    [
      "an appositive opening with a titled possessor (Mr. Ruiz's adviser)",
      `${T}''Nobody on the board wants a second toll gate,'' Ivo J. Pell, Mr. Ruiz's chief ferry planner, said Sunday.`,
      [{ content: 'Nobody on the board wants a second toll gate,', kind: 'DIRECT', cue: 'said', mention: 'Ivo J. Pell' }],
    ],
    [
      'an appositive ending in a place and its state abbreviation',
      `${T}''Had the board listened to the pilots, the old pier would still be standing,'' Mr. Okafor, a pilot for 30 years in Tessel, Vd., said by telephone.`,
      [{ content: 'Had the board listened to the pilots, the old pier would still be standing,', kind: 'DIRECT', cue: 'said', mention: 'Mr. Okafor' }],
    ],
    [
      'a pronoun and its verb after "said" open a clause, not an inverted subject of the quotation before',
      `${T}Dana Ruiz, who calls the fare rise a “swindle,” said she doesn’t think the board will back down.`,
      [
        { content: 'the fare rise a “swindle,”', kind: 'DIRECT', cue: 'calls', mention: 'who' },
        { content: 'the board will back down', kind: 'INDIRECT', cue: 'think', mention: 'she' },
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
      `${T}“Every ferry should carry a spare radio,” Ana Ruiz said, and “regular checks on every hull.”`,
      [
        { content: 'Every ferry should carry a spare radio,', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' },
        { content: 'regular checks on every hull.', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' },
      ],
    ],
    [
      'a noun phrase and a finite verb after "said" open a clause, not an inverted subject',
      `${T}Dana Ruiz, a judge on the cooking contest “Salt Flats,” who once owned a café in Tessel, said the new menu was bland.`,
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
    expect(statementRows(`${T}“The toll gate will open in June,” Ana Ruiz said. She has since become host of “Evenings on the Quay with Maren Okafor.” Next Tuesday, Ruiz will also turn up on “Harbour Lights” and “The Night Ferry Hour With Dana Ruiz,” along with two local podcasts.`)).toEqual([
      { content: 'The toll gate will open in June,', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' },
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
    const text = `${T}“The toll gate was a mistake. Nobody on the quay will use it,” Ivo Pell said, according to a recording of the meeting.`;
    expect(statementRows(text)).toEqual([
      { content: '“The toll gate was a mistake. Nobody on the quay will use it,”', kind: 'DIRECT', cue: 'according to', mention: 'a recording of the meeting' },
      { content: 'The toll gate was a mistake. Nobody on the quay will use it,', kind: 'DIRECT', cue: 'said', mention: 'Ivo Pell' },
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
    const r = statementRows(`${T}Maren Okafor emailed the ferry company, demanding “a full refund by Friday,” according to two of her neighbours.`);
    expect(r).toContainEqual({ content: 'Maren Okafor emailed the ferry company, demanding “a full refund by Friday,”', kind: 'DIRECT', cue: 'according to', mention: 'two of her neighbours' });
  });
  it('a quotation in a clause of the writer\'s before the main clause is not reported whole', () => {
    const r = statementRows(`${T}When a docker in the crowd shouted, “Sell the pier,” the Courier reported.`);
    expect(r.filter((x) => x.content.startsWith('When'))).toEqual([]);
  });
  it('"X declared …: “…,” she said": the pronoun quotes the quotation', () => {
    const r = statementRows(`${T}At the dock meeting, Dana Ruiz stressed the value of small steps: “Fix one pier this year and another one next spring,” she said.`);
    expect(r).toContainEqual({ content: 'Fix one pier this year and another one next spring,', kind: 'DIRECT', cue: 'said', mention: 'she' });
  });
});

describe('a closing attribution after a clause headed by a cue of intention', () => {
  it('"X plans to … “…” …, the Courier reports": the outlet reports the whole clause', () => {
    const r = statementRows(`${T}The skipper-led “Open Quay” group plans to march on the harbour office during the fare hearing, the Courier reports.`);
    expect(r).toContainEqual({ content: 'The skipper-led “Open Quay” group plans to march on the harbour office during the fare hearing', kind: 'DIRECT', cue: 'reports', mention: 'the Courier' });
  });
  it('"…, calling her “…,” she said in an interview": so does a participle\'s report', () => {
    const r = statementRows(`${T}Ana Ruiz went to the vote.\n\nThe minute Ms. Ruiz stood up to speak, two board members switched off her microphone and waved her back to her seat, mocking her accent and calling her “a ferry crank,” she said in an interview.`);
    expect(r).toContainEqual({ content: 'The minute Ms. Ruiz stood up to speak, two board members switched off her microphone and waved her back to her seat, mocking her accent and calling her “a ferry crank,”', kind: 'DIRECT', cue: 'said', mention: 'she' });
  });
  it('"Records show … “…” …, the Courier reported": so does a finding', () => {
    const r = statementRows(`${T}Harbour records show the north pier cost “far more than anyone planned” in its first year, the Courier reported.`);
    expect(r).toContainEqual({ content: 'Harbour records show the north pier cost “far more than anyone planned” in its first year', kind: 'DIRECT', cue: 'reported', mention: 'the Courier' });
  });
});

describe('a verb coordinated with an inverted attribution', () => {
  it('"“…,” X said, but added that …": the second verb has the first one\'s speaker', () => {
    expect(statementRows(`${T}“The toll is modest,” Ana Ruiz said, but added that over a full season, regular riders would barely notice it.`)).toEqual([
      { content: 'The toll is modest,', kind: 'DIRECT', cue: 'said', mention: 'Ana Ruiz' },
      { content: 'over a full season, regular riders would barely notice it', kind: 'INDIRECT', cue: 'added', mention: 'Ana Ruiz' },
    ]);
  });
});

describe('follow-on quotations', () => {
  it('continue the outer speaker, not a report nested in that speaker\'s words', () => {
    const text = `${T}Ivo Pell said that for years a few skippers had been warning that the night ferry would be cut, but the board would keep it.\n\n“As long as people ride it, winter or summer, the boat will sail from Tessel.”`;
    const last = statementRows(text).pop();
    expect(last).toEqual({ content: 'As long as people ride it, winter or summer, the boat will sail from Tessel.', kind: 'DIRECT', cue: null, mention: 'Ivo Pell' });
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
    const r = statementRows(`${T}Maren Okafor suggested that the winter timetable was a mess - "Again, nobody checked the late sailings," she said - and claimed that the board had rushed it.`);
    expect(r).toContainEqual({ content: 'Again, nobody checked the late sailings,', kind: 'DIRECT', cue: 'said', mention: 'she' });
  });
});

describe('an inverted attribution after a quoted report', () => {
  it('"Polling shows that “…,” said X": X reports the whole clause', () => {
    const r = statementRows(`${T}Polling shows that “most riders would rather pay more than lose the night boat,” said Dana Ruiz, a researcher at the Tessel ferry club.`);
    expect(r).toContainEqual({ content: 'Polling shows that “most riders would rather pay more than lose the night boat,”', kind: 'DIRECT', cue: 'said', mention: 'Dana Ruiz' });
  });
});

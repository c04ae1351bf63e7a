import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../../src/persistence/client.ts';
import { useTestDatabase, type TestDatabase } from '../../support/test-database.ts';
import { data, goldenSql, run, storeAnalystCorpus, type AnalystFixture } from './fixture.ts';

let db: TestDatabase;
let fixture: AnalystFixture;

beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
  fixture = await storeAnalystCorpus({ articles: 60, people: 21, seed: 53 });
});
afterAll(() => db?.close());

/** A quoted person who changed organisation halfway through the corpus period. */
function mover() {
  const person = fixture.corpus.people.find(
    (p) => p.roles.length === 2 && p.roles[0]!.organization !== p.roles[1]!.organization && fixture.statements.some((s) => s.speaker === p.name),
  );
  if (!person) throw new Error('the corpus has no quoted person who changed organisation');
  return person;
}

describe('affiliation as of a date', () => {
  it('Speaker.affiliations(at:) holds validFrom ≤ at < validTo, open bounds matching', async () => {
    const person = mover();
    const change = person.roles[1]!.validFrom!;
    const document = `query ($filter: SpeakerFilter, $at: DateTime) { speakers(filter: $filter) { edges { node { name affiliations(at: $at) { role organization { name } validFrom validTo } } } } }`;
    const rolesAt = async (at: Date) =>
      (await data(document, { filter: { name: { eq: person.name } }, at })).speakers.edges[0].node.affiliations.map((a: any) => a.organization.name);
    const justBefore = new Date(change.getTime() - 1);
    expect(await rolesAt(justBefore)).toEqual([person.roles[0]!.organization]);
    expect(await rolesAt(change)).toEqual([person.roles[1]!.organization]); // validTo is exclusive, validFrom inclusive
    expect(await rolesAt(new Date('1990-01-01T00:00:00Z'))).toEqual([person.roles[0]!.organization]); // open start
    expect(await rolesAt(new Date('2099-01-01T00:00:00Z'))).toEqual([person.roles[1]!.organization]); // open end
  });

  it('Statement.speakerAffiliations gives each statement the roles of its own date, in one loader query per page', async () => {
    const person = mover();
    const result = await run(
      `query ($filter: StatementFilter) { statements(filter: $filter, first: 100) { edges { node { statedAt speakerAffiliations { role organization { name } } } } } }`,
      { filter: { speaker: { name: { eq: person.name } } } },
    );
    expect(result.errors).toBeUndefined();
    const edges = result.data.statements.edges;
    expect(edges.length).toBeGreaterThan(1);
    for (const { node } of edges) {
      const expected = fixture.rolesAt(person.name, new Date(node.statedAt)).map((r) => r.organization);
      expect(node.speakerAffiliations.map((a: any) => a.organization.name)).toEqual(expected);
    }
    const organizations = new Set(edges.flatMap((e: any) => e.node.speakerAffiliations.map((a: any) => a.organization.name)));
    expect(organizations.size).toBe(2); // both roles appear, each on its own dates
    // The page, the speakers' affiliations (one batch), their organisations.
    // The page, the speakers' affiliations (one loader batch), then plugin-prisma's batched
    // fallbacks for Affiliation.organization (one or two batches): at most 6 for a page of 2 as
    // of 100 (no N+1).
    // (The fallback re-reads the affiliations by ID; including the organisation in the loader's
    // query in src/graphql/loaders/affiliations-at.ts would save those statements.)
    const small = await run(
      `query ($filter: StatementFilter) { statements(filter: $filter, first: 2) { edges { node { statedAt speakerAffiliations { role organization { name } } } } } }`,
      { filter: { speaker: { name: { eq: person.name } } } },
    );
    expect(small.sql.length).toBeLessThanOrEqual(6);
    expect(result.sql.length).toBeLessThanOrEqual(6);
    await expect(goldenSql(result.sql)).toMatchFileSnapshot('__sql__/statement-speaker-affiliations.sql');
  });

  it('nested statement connections take the affiliation-at-date filter (an async relation query)', async () => {
    const person = mover();
    const [first, second] = person.roles;
    const result = await run(
      `query ($name: String!, $a: StatementFilter, $b: StatementFilter) { speakers(filter: { name: { eq: $name } }) { edges { node {
        before: statements(filter: $a, first: 100) { totalCount edges { node { statedAt } } }
        after: statements(filter: $b) { totalCount } } } } }`,
      {
        name: person.name,
        a: { speakerAffiliation: { organization: { name: { eq: first!.organization } } } },
        b: { speakerAffiliation: { organization: { name: { eq: second!.organization } } } },
      },
    );
    expect(result.errors).toBeUndefined();
    const node = result.data.speakers.edges[0].node;
    const own = fixture.statements.filter((s) => s.speaker === person.name);
    expect(node.before.totalCount).toBe(own.filter((s) => s.statedAt < second!.validFrom!).length);
    expect(node.after.totalCount).toBe(own.filter((s) => s.statedAt >= second!.validFrom!).length);
    for (const edge of node.before.edges) expect(Date.parse(edge.node.statedAt)).toBeLessThan(second!.validFrom!.getTime());
  });

  it('the statement filter and the per-statement roles agree on boundary dates', async () => {
    const person = mover();
    const speaker = await prisma.speaker.findFirstOrThrow({ where: { name: person.name } });
    const article = await prisma.article.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const change = person.roles[1]!.validFrom!;
    // Two statements: one a millisecond before the change, one at the change itself.
    for (const [offset, at] of [
      [0, new Date(change.getTime() - 1)],
      [1, change],
    ] as const) {
      await prisma.statement.create({
        data: { articleId: article.id, speakerId: speaker.id, text: `boundary ${offset}`, start: 90_000 + offset, end: 90_001 + offset, kind: 'DIRECT', confidence: 1, statedAt: at },
      });
    }
    const document = `query ($filter: StatementFilter) { statements(filter: $filter) { edges { node { text speakerAffiliations { organization { name } } } } } }`;
    for (const [index, role] of person.roles.entries()) {
      const found = await data(document, {
        filter: { text: { startsWith: 'boundary' }, speakerAffiliation: { organization: { name: { eq: role.organization } } } },
      });
      expect(found.statements.edges.map((e: any) => e.node.text)).toEqual([`boundary ${index}`]);
      expect(found.statements.edges[0].node.speakerAffiliations.map((a: any) => a.organization.name)).toEqual([role.organization]);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyntheticCorpus } from '../../src/domain/synthetic/corpus.ts';
import { normalizeName } from '../../src/domain/normalize-name.ts';
import { prisma } from '../../src/persistence/client.ts';
import { query, storeCorpus } from '../support/graphql.ts';
import { useTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let corpus: SyntheticCorpus;

beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
  corpus = await storeCorpus({ articles: 12, seed: 11 });
});
afterAll(() => db.close());

describe('relations, both ways', () => {
  it('article → statements → article, in reading order, with exact spans into the body', async () => {
    const data = await query(`{
      articles(first: 100) { edges { node { id title body statements(first: 100) { totalCount edges { node {
        id text kind cue span { start end } article { id }
      } } } } } }
    }`);
    expect(data.articles.edges).toHaveLength(12);
    for (const { node: article } of data.articles.edges) {
      const source = corpus.articles.find((candidate) => candidate.extracted.title === article.title)!;
      expect(article.statements.totalCount).toBe(source.extracted.statements.length);
      const starts = article.statements.edges.map((edge: any) => edge.node.span.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const { node: statement } of article.statements.edges) {
        expect(statement.article.id).toBe(article.id);
        expect(article.body.slice(statement.span.start, statement.span.end)).toBe(statement.text);
      }
    }
  });

  it('speaker → statements → speaker, and statementCount agrees with the ground truth', async () => {
    const data = await query(`{
      speakers(first: 100) { edges { node { id name statementCount statements(first: 100) { totalCount edges { node { speaker { id name } } } } } } }
    }`);
    const expected = new Map<string, number>();
    for (const article of corpus.articles) {
      for (const statement of article.extracted.statements) {
        const name = article.extracted.speakers.find((speaker) => speaker.key === statement.speakerKey)!.name;
        expected.set(name, (expected.get(name) ?? 0) + 1);
      }
    }
    const counts = new Map<string, number>(data.speakers.edges.map((edge: any) => [edge.node.name, edge.node.statementCount]));
    expect(counts).toEqual(expected);
    for (const { node: speaker } of data.speakers.edges) {
      expect(speaker.statements.totalCount).toBe(speaker.statementCount);
      for (const edge of speaker.statements.edges) expect(edge.node.speaker).toEqual({ id: speaker.id, name: speaker.name });
    }
    const names = data.speakers.edges.map((edge: any) => edge.node.name);
    const folded = names.map(normalizeName);
    expect(folded).toEqual([...folded].sort());
  });

  it('speaker → affiliations → organization → affiliations → speaker', async () => {
    const data = await query(`{
      organizations(first: 100) { edges { node { id name kind affiliations { role speaker { id name affiliations { organization { id } } } } } } }
    }`);
    expect(data.organizations.edges.length).toBeGreaterThan(0);
    for (const { node: organization } of data.organizations.edges) {
      for (const affiliation of organization.affiliations) {
        expect(affiliation.speaker.affiliations.map((back: any) => back.organization.id)).toContain(organization.id);
      }
    }
  });

  it('article → outlet → articles, and Article.speakers lists each quoted speaker once, in order of first statement', async () => {
    const data = await query(`{
      articles(first: 3) { edges { node { id title outlet { name articles(first: 100) { edges { node { id } } } } speakers { name } } } }
    }`);
    for (const { node: article } of data.articles.edges) {
      expect(article.outlet.articles.edges.map((edge: any) => edge.node.id)).toContain(article.id);
      const source = corpus.articles.find((candidate) => candidate.extracted.title === article.title)!;
      const keys = [...new Set(source.extracted.statements.map((statement) => statement.speakerKey))];
      const names = keys.map((key) => source.extracted.speakers.find((speaker) => speaker.key === key)!.name);
      expect(article.speakers.map((speaker: any) => speaker.name)).toEqual(names);
    }
  });

  it('affiliation evidence is the passage of the article that states it', async () => {
    const data = await query(`{
      speakers(first: 100) { edges { node { name affiliations { role organization { name } evidence { start end text article { body } } } } } }
    }`);
    let checked = 0;
    for (const { node: speaker } of data.speakers.edges) {
      for (const affiliation of speaker.affiliations) {
        if (!affiliation.evidence) continue;
        const { start, end, text, article } = affiliation.evidence;
        expect(article.body.slice(start, end)).toBe(text);
        expect(text).toContain(speaker.name);
        expect(text).toContain(affiliation.organization.name);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('speakerAffiliations and affiliations(at:) give the roles that held on the date', async () => {
    const speaker = await prisma.speaker.findFirstOrThrow({ where: { statements: { some: {} } }, orderBy: { id: 'asc' } });
    const organization = await prisma.organization.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await prisma.affiliation.deleteMany({ where: { speakerId: speaker.id } });
    await prisma.affiliation.createMany({
      data: [
        { speakerId: speaker.id, organizationId: organization.id, role: 'junior clerk', validTo: new Date('2020-01-01') },
        { speakerId: speaker.id, organizationId: organization.id, role: 'treasurer', validFrom: new Date('2020-01-01') },
      ],
    });
    const statement = await prisma.statement.findFirstOrThrow({ where: { speakerId: speaker.id } });
    await prisma.statement.update({ where: { id: statement.id }, data: { statedAt: new Date('2019-06-01') } });

    const data = await query(
      `query ($id: ID!) { speaker(id: $id) {
        all: affiliations { role }
        before: affiliations(at: "2019-12-31T23:59:59Z") { role }
        boundary: affiliations(at: "2020-01-01T00:00:00Z") { role }
        statements(first: 100) { edges { node { statedAt speakerAffiliations { role organization { name } } } } }
      } }`,
      { id: Buffer.from(`Speaker:${speaker.id}`).toString('base64') },
    );
    expect(data.speaker.all.map((a: any) => a.role).sort()).toEqual(['junior clerk', 'treasurer']);
    expect(data.speaker.before).toEqual([{ role: 'junior clerk' }]);
    expect(data.speaker.boundary).toEqual([{ role: 'treasurer' }]);
    for (const { node } of data.speaker.statements.edges) {
      const expected = new Date(node.statedAt) < new Date('2020-01-01') ? 'junior clerk' : 'treasurer';
      expect(node.speakerAffiliations).toEqual([{ role: expected, organization: { name: organization.name } }]);
    }
  });

  it('context(chars:) shows the statement inside its surrounding text, cut at word boundaries', async () => {
    const data = await query(`{ statements(first: 5) { edges { node { text context(chars: 25) wide: context(chars: 2000) article { body } } } } }`);
    for (const { node } of data.statements.edges) {
      expect(node.context).toContain(node.text);
      expect(node.context.length).toBeLessThanOrEqual(node.text.length + 2 * 25 + 2);
      expect(node.wide.replace(/^…|…$/g, '')).toBe(node.article.body);
    }
  });
});

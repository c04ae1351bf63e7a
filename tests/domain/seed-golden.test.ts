// Golden test: the seed article must extract to the hand-checked annotation exactly.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/domain/extraction/extract-article.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const articlePath = path.join(root, 'seeds/articles/000_698f822e2a7ff0d5.txt');
const annotationPath = path.join(root, 'seeds/annotations/000_698f822e2a7ff0d5.json');

interface Annotation {
  title: string;
  outlet: string;
  bodyStart: number;
  statements: unknown[];
  speakers: { name: string; affiliations: { evidence: { start: number; end: number; text: string } }[] }[];
}

describe('seed article 000_698f822e2a7ff0d5', () => {
  const text = readFileSync(articlePath, 'utf8');
  const annotation = JSON.parse(readFileSync(annotationPath, 'utf8')) as Annotation;
  const article = extractArticle(text);
  const speakerName = new Map(article.speakers.map((s) => [s.key, s.name]));
  const organization = new Map(article.organizations.map((o) => [o.key, o]));

  it('has files in place', () => {
    expect(existsSync(articlePath)).toBe(true);
  });

  it('annotation spans are consistent with the text', () => {
    const spans = (annotation.statements as Record<string, { start: number; end: number; text: string } | null>[])
      .flatMap((s) => [s['content'], s['cue'], s['mention']])
      .concat(annotation.speakers.flatMap((s) => s.affiliations.map((a) => a.evidence)));
    for (const s of spans) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads the header and outlet', () => {
    expect(article.title).toBe(annotation.title);
    expect(article.bodyStart).toBe(annotation.bodyStart);
    expect(article.outlet).toBe('Shafaq News');
  });

  it('extracts exactly the annotated statements', () => {
    const actual = article.statements.map((s) => ({
      content: s.content,
      kind: s.kind,
      cue: s.cue,
      cueLemma: s.cueLemma,
      speaker: s.speakerKey ? (speakerName.get(s.speakerKey) ?? null) : null,
      mention: s.speakerMention,
    }));
    expect(actual).toEqual(annotation.statements);
  });

  it('extracts exactly the annotated speakers and affiliations', () => {
    const actual = article.speakers.map((s) => ({
      name: s.name,
      kind: s.kind,
      quoted: s.quoted,
      affiliations: article.affiliations
        .filter((a) => a.speakerKey === s.key)
        .map((a) => ({
          role: a.role,
          organization: organization.get(a.organizationKey)?.name,
          organizationKind: organization.get(a.organizationKey)?.kind,
          evidence: a.evidence,
        })),
    }));
    expect(actual).toEqual(annotation.speakers);
  });

  it('never makes a merely mentioned person a speaker', () => {
    const quoted = new Set(article.statements.map((s) => s.speakerKey));
    for (const name of ['Donald Trump', 'Qassem Soleimani', 'Abu Mahdi al-Muhandis']) {
      const speaker = article.speakers.find((s) => s.name === name);
      expect(speaker === undefined || !quoted.has(speaker.key)).toBe(true);
    }
    expect(article.statements.filter((s) => speakerName.get(s.speakerKey ?? '') === 'Mokhtar al-Moussawi')).toHaveLength(8);
  });
});

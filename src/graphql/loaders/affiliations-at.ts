import DataLoader from 'dataloader';
import type { Affiliation, Prisma } from '../../generated/prisma/client.ts';
import { prisma } from '../../persistence/client.ts';

/** An affiliation holds at `at` when `at` falls in [validFrom, validTo); an open bound always holds. */
export function isValidAt(affiliation: Pick<Affiliation, 'validFrom' | 'validTo'>, at: Date): boolean {
  const time = at.getTime();
  return (
    (affiliation.validFrom === null || affiliation.validFrom.getTime() <= time) &&
    (affiliation.validTo === null || affiliation.validTo.getTime() > time)
  );
}

/** The same test as a Prisma filter, for relations planned into a parent query. */
export function validAtWhere(at: Date): Prisma.AffiliationWhereInput {
  return {
    AND: [
      { OR: [{ validFrom: null }, { validFrom: { lte: at } }] },
      { OR: [{ validTo: null }, { validTo: { gt: at } }] },
    ],
  };
}

/** The `at` argument of `Speaker.affiliations` and `Organization.affiliations`. */
export const AT_ARGUMENT_DESCRIPTION = 'Only roles valid on this date (validFrom ≤ at < validTo, open bounds always match).';

/** The planned query of an `affiliations(at:)` relation: valid at `at` when given, latest first. */
export function affiliationsAtQuery(args: { at?: Date | null }) {
  return {
    where: args.at ? validAtWhere(args.at) : {},
    orderBy: [{ validFrom: { sort: 'desc' as const, nulls: 'last' as const } }, { id: 'asc' as const }],
  };
}

export interface SpeakerAtKey {
  speakerId: number;
  /** The date the role must hold at (the statement's date). */
  at: Date;
}

/** The Prisma selection plugin-prisma plans for the affiliations' GraphQL selection. */
export type AffiliationQuery = { include?: Prisma.AffiliationInclude } | { select?: Prisma.AffiliationSelect };

/**
 * Affiliations of speakers as of given dates (`Statement.speakerAffiliations`): the date differs
 * per statement, so Prisma cannot plan it into the parent query. One query per batch loads every
 * affiliation of the speakers involved, with the relations the GraphQL selection asks for (the
 * `query` plugin-prisma plans, so `organization { name }` needs no further round trip); the date
 * test runs in memory (a speaker has few roles). One loader per distinct selection.
 */
export function createSpeakerAffiliationsAtLoaders(): (query: AffiliationQuery) => DataLoader<SpeakerAtKey, Affiliation[], string> {
  const bySelection = new Map<string, DataLoader<SpeakerAtKey, Affiliation[], string>>();
  return (query) => {
    const selectionKey = JSON.stringify(query);
    let loader = bySelection.get(selectionKey);
    if (!loader) {
      // The grouping and the date test need these columns whatever the client selected.
      const selection =
        'select' in query && query.select
          ? { select: { ...query.select, id: true, speakerId: true, validFrom: true, validTo: true } }
          : query;
      loader = new DataLoader(
        async (keys) => {
          const speakerIds = [...new Set(keys.map((key) => key.speakerId))];
          const rows = (await prisma.affiliation.findMany({
            ...selection,
            where: { speakerId: { in: speakerIds } },
            orderBy: [{ validFrom: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
          })) as Affiliation[];
          const bySpeaker = new Map<number, Affiliation[]>();
          for (const row of rows) bySpeaker.set(row.speakerId, [...(bySpeaker.get(row.speakerId) ?? []), row]);
          return keys.map(({ speakerId, at }) =>
            (bySpeaker.get(speakerId) ?? []).filter((row) => isValidAt(row, at)),
          );
        },
        { cacheKeyFn: ({ speakerId, at }) => `${speakerId}@${at.toISOString()}` },
      );
      bySelection.set(selectionKey, loader);
    }
    return loader;
  };
}

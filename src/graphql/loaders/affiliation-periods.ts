import DataLoader from 'dataloader';
import type { Prisma } from '../../generated/prisma/client.ts';
import { prisma } from '../../persistence/client.ts';
import type { AffiliationPeriod } from '../filters/to-prisma.ts';

/**
 * The periods ([validFrom, validTo) per speaker) of the affiliations matching a Prisma where
 * input, for the "speaker affiliated at the statement's date" filter. Keyed by the where's JSON,
 * so a connection's page and its totalCount share one lookup per request. Served by
 * Affiliation_organizationId_validFrom_validTo_idx when the where names organisations.
 */
export function createAffiliationPeriodsLoader(): DataLoader<Prisma.AffiliationWhereInput, AffiliationPeriod[], string> {
  return new DataLoader(
    (wheres) =>
      Promise.all(
        wheres.map((where) =>
          prisma.affiliation.findMany({
            where,
            select: { speakerId: true, validFrom: true, validTo: true },
            orderBy: [{ speakerId: 'asc' }, { id: 'asc' }],
          }),
        ),
      ),
    { cacheKeyFn: (where) => JSON.stringify(where) },
  );
}

import DataLoader from 'dataloader';
import type { Organization, Outlet, Speaker } from '../../generated/prisma/client.ts';
import { prisma } from '../../persistence/client.ts';

/** Keeps the order of `ids`, null for an ID that matches nothing. */
function inOrder<Row extends { id: number }>(ids: readonly number[], rows: Row[]): (Row | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Speakers by row ID (`speakerSearch` matches, statistics buckets). One query per batch. */
export function createSpeakerByIdLoader(): DataLoader<number, Speaker | null> {
  return new DataLoader(async (ids) => inOrder(ids, await prisma.speaker.findMany({ where: { id: { in: [...ids] } } })));
}

/** Organisations by row ID (`organizationSearch` matches, statistics buckets). One query per batch. */
export function createOrganizationByIdLoader(): DataLoader<number, Organization | null> {
  return new DataLoader(async (ids) => inOrder(ids, await prisma.organization.findMany({ where: { id: { in: [...ids] } } })));
}

/** Outlets by row ID (statistics buckets). One query per batch. */
export function createOutletByIdLoader(): DataLoader<number, Outlet | null> {
  return new DataLoader(async (ids) => inOrder(ids, await prisma.outlet.findMany({ where: { id: { in: [...ids] } } })));
}

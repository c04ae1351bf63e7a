import { createArticleSpeakersLoader } from './article-speakers.ts';
import { createSpeakerAffiliationsAtLoaders } from './affiliations-at.ts';
import { createAffiliationPeriodsLoader } from './affiliation-periods.ts';
import { createNodeLoaders } from './nodes.ts';

/**
 * Builds every dataloader one request uses, fresh per request so nothing is cached across
 * callers. Relations Prisma can plan are planned into the parent query by plugin-prisma instead;
 * these cover the rest: lookups by computed keys, rows from raw SQL, lookups by ID.
 */
export function createLoaders() {
  return {
    /** `Statement.speakerAffiliations`: a speaker's roles as of the statement's date. */
    speakerAffiliationsAt: createSpeakerAffiliationsAtLoaders(),
    /** `Article.speakers`: distinct speakers per article. */
    articleSpeakers: createArticleSpeakersLoader(),
    /** The "affiliated at the statement's date" filter: periods of the matching roles. */
    affiliationPeriods: createAffiliationPeriodsLoader(),
    /**
     * `node(id)` / `nodes(ids)`, and the rows behind raw-SQL results (search matches, statistics
     * buckets, affiliation evidence): objects by ID, per type and planned selection.
     */
    node: createNodeLoaders(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

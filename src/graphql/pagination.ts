import { parsePrismaCursor } from '@pothos/plugin-prisma';
import { ErrorCode, userError } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/**
 * Page-size options shared by every connection: 20 by default, and a coded error (rather than a
 * silent cut) when a client asks for more than 100.
 */
export const pageSize = {
  defaultSize: DEFAULT_PAGE_SIZE,
  maxSize: (args: PageArgs) => {
    for (const argument of ['first', 'last'] as const) {
      const value = args[argument];
      if (value != null && value > MAX_PAGE_SIZE) {
        throw userError(
          ErrorCode.PAGE_SIZE_EXCEEDED,
          `"${argument}" is ${value}, but a page holds at most ${MAX_PAGE_SIZE} items`,
          { argument, max: MAX_PAGE_SIZE },
        );
      }
    }
    return MAX_PAGE_SIZE;
  },
};

/** The row ID a connection cursor points at, or a coded error for a cursor that is not one of ours. */
export function cursorId(cursor: string, argument: 'after' | 'before'): number {
  let value: unknown;
  try {
    value = parsePrismaCursor(cursor);
  } catch {
    value = undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw userError(ErrorCode.INVALID_CURSOR, `"${argument}" is not a valid cursor`, { argument });
  }
  return value;
}

/**
 * Checks the `after`/`before` cursors of a root connection point at rows of that list, so a
 * cursor from another connection is an error instead of a silently empty page.
 */
export async function assertCursorsIn(
  args: PageArgs,
  exists: (id: number) => Promise<boolean>,
): Promise<void> {
  for (const argument of ['after', 'before'] as const) {
    const cursor = args[argument];
    if (cursor == null) continue;
    if (!(await exists(cursorId(cursor, argument)))) {
      throw userError(ErrorCode.INVALID_CURSOR, `"${argument}" is a cursor from another list`, { argument });
    }
  }
}

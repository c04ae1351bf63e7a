import { ErrorCode, userError } from './errors.ts';

/** The row ID inside a decoded global ID, or a coded error when it is not one of ours. */
export function rowId(globalId: { id: string; typename: string }): number {
  const id = Number(globalId.id);
  if (!/^\d+$/.test(globalId.id) || !Number.isSafeInteger(id)) {
    throw userError(ErrorCode.INVALID_ID, `"${globalId.id}" is not a valid ${globalId.typename} ID`);
  }
  return id;
}

// Which data set the data record in the browser's storage holds. Uploaded and pasted data are
// saved in a record of their own (see DATA_KEY in sessionStorage.ts), beside a short identity,
// so that a change of settings rewrites only the small session record: the data record is
// written again only when the data set itself changed (a new upload, another tab's data).

const identities = new WeakMap<object, string>();

/** The identity under which `dataSet` is (or will be) saved; the same object always gets the same one. */
export function savedIdentityOf(dataSet: object): string {
  let identity = identities.get(dataSet);
  if (identity === undefined) {
    identity = newIdentity();
    identities.set(dataSet, identity);
  }
  return identity;
}

/** Records that `dataSet` is the data saved under `identity` (it was just restored from it). */
export function rememberSavedIdentity(dataSet: object, identity: string): void {
  identities.set(dataSet, identity);
}

function newIdentity(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

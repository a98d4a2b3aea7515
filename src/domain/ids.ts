declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type PlanId = Brand<string, 'PlanId'>;
export type ProjectId = Brand<string, 'ProjectId'>;
export type ActionId = Brand<string, 'ActionId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type EventId = Brand<string, 'EventId'>;
export type TermId = Brand<string, 'TermId'>;

/** Ids are random so that plans made in two browsers never collide when merged or imported. */
export function newId<T extends string>(prefix: string): Brand<string, T> {
  return `${prefix}_${crypto.randomUUID().slice(0, 8)}` as Brand<string, T>;
}

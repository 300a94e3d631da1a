/**
 * The shape a translation must have: every key of the English catalog, nothing more, with any
 * string in place of each English one. `satisfies Translation<typeof en.x>` makes a missing or an
 * extra key a type error, so a key added in English cannot ship untranslated.
 */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};

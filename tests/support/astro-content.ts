// Stand-in for `astro:content` in unit tests: just enough for the schemas.
import { z } from 'astro/zod';

export function reference<C extends string>(collection: C) {
  return z.string().transform((id) => ({ collection, id }));
}

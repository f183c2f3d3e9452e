// zod/mini, and a file of its own: the capture script imports only this schema, not every message's.
import * as z from 'zod/mini';

/** What the background may ask of the capture script in a tab: show where a field came from. */
export const PageMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('circulate.highlight'),
    quote: z.string().check(z.minLength(1), z.maxLength(5000)),
    prefix: z._default(z.string().check(z.maxLength(500)), ''),
    suffix: z._default(z.string().check(z.maxLength(500)), ''),
  }),
  z.object({ type: z.literal('circulate.clearHighlight') }),
]);
export type PageMessage = z.input<typeof PageMessage>;

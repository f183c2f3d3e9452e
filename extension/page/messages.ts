import { z } from 'zod';

/** What the background may ask of the capture script in a tab: show where a field came from. */
export const PageMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('circulate.highlight'),
    quote: z.string().min(1).max(5000),
    prefix: z.string().max(500).default(''),
    suffix: z.string().max(500).default(''),
  }),
  z.object({ type: z.literal('circulate.clearHighlight') }),
]);
export type PageMessage = z.input<typeof PageMessage>;

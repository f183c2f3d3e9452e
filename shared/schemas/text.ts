import { z } from 'zod';

// Text that both storage engines keep exactly as sent. PostgreSQL refuses NUL in text; other control
// characters and lone UTF-16 surrogates would be stored altered or break a display, so they are
// refused here, on both engines alike, before anything is written.

/** C0/C1 control characters and DEL, except tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_IN_LONG = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Every control character: a name or a one-line field has no tab or line break either. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** One-line text (a name, a title, an id): at most `max` characters, no control characters. */
export const lineText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters')
    .refine((s) => !LONE_SURROGATE.test(s), 'must be well-formed Unicode');

/** Longer text (a note, a message): tab and line breaks are fine, other control characters are not. */
export const longText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !CONTROL_IN_LONG.test(s), 'must not contain control characters other than tab and line breaks')
    .refine((s) => !LONE_SURROGATE.test(s), 'must be well-formed Unicode');

/** A name from a file or a form, made storable: control characters become spaces, runs of spaces one, trimmed. */
export const cleanName = (s: string) =>
  s
    .replace(new RegExp(CONTROL.source, 'g'), ' ')
    .replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD')
    .replace(/ {2,}/g, ' ')
    .trim();

/** The largest value a 4-byte integer column holds on PostgreSQL. */
export const INT4_MAX = 2_147_483_647;

/**
 * Every site profile, in the order they are tried. Add a profile by adding a file beside this one
 * (with a fixture page under test/pages/profile-<id>/) and listing it here.
 */
import type { SiteProfile } from './schema';
import { zfxxgk } from './zfxxgk';
import { trs } from './trs';
import { vsb } from './vsb';
import { wordpress } from './wordpress';
import { drupal } from './drupal';
import { oaReading } from './oa-reading';
import { w3cScribe } from './w3c-scribe';

export type { SiteProfile };
export const PROFILES: readonly SiteProfile[] = [zfxxgk, trs, vsb, wordpress, drupal, oaReading, w3cScribe];

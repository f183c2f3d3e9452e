import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a meeting called to order by its chair at its hour', () => {
  it('was held, whatever event the record announces to come', () => {
    // A Kiwanis club's weekly record, as its site printed it (test/pages/en-us-ia-ames-golden-k-kiwanis-member-2014-01).
    const text = [
      "“dedicated to improving the world one child and one community at a time”",
      "January 2, 2014",
      "Attendance:  56 members, 6 guests",
      "Location:  First United Methodist Church",
      "The meeting was called to order by President Don Muff at 9:30 a.m.  Opening ceremonies were led by Roger Andersen.  Invocation was given by Doug Provow.  Members with birthdays in January, 2014 were recognized.",
      "Announcements:  (1) Muff reminded members to fill out their Community Service Hours for December.  (2)  Pete Peterson announced that Pancake Days tickets can be picked up from him.  Pancake Days will be held on February 28-March 1, 2014.  (3)  John Johnson announced that the club will have in interclub with Ames Noon Club later in January.",
      "Philanthropy Award.  The Division 11 Kiwanis Clubs were recognized by the Story County Philanthropy Groups for their community service projects.  Part of the award included a 12” diameter, glass blown, wall clock.  Jody Melcher has proposed that the clock be offered on a sealed bid auction to Kiwanis members in the Division.  The winning bid will keep the clock and the monies raised will be used for Project Eliminate in the individual’s and club name.  Sealed bids will be taken on January 23 when she will be at our meeting.",
      "Humor:  Humor was provided by Tom Peter.",
      "Program:  “Grant Woods, his life and works” by Sara Merritt, Extension Specialist, Reiman Gardens, ISU.  She showed slides of many of the painting by Grant Woods and talked about the interpretation of those paintings.",
      "The meeting was adjourned by Muff at 10:30 a.m.",
      "Submitted by",
      "Larry Trede",
      "Club Secretary",
    ].join('\n');
    expect(extractFromText(text)).toMatchObject({ isMinutes: true, presider: 'Don Muff' });
  });
});

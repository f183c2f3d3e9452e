import { describe, expect, it } from 'vitest';
import { findAssignees } from './assignees';

const names = (t: string) => findAssignees(t, 'en').map((a) => a.name);

describe('an item opened by the verb that gives its work', () => {
  it('names whom the work is given to, not the verb', () => {
    expect(names('Empower RLPOA Board to further study the tax assessment.')).toEqual(['RLPOA Board']);
    expect(names('Authorize Finance Committee to review the budget.')).toEqual(['Finance Committee']);
    expect(names('Direct Public Works Department to repair the road.')).toEqual(['Public Works Department']);
    expect(names('Requested Town Clerk to send the letter.')).toEqual(['Town Clerk']);
  });

  it('leaves a name that only begins like such a verb', () => {
    expect(names('Askew Planning Group to review the plan.')).toEqual(['Askew Planning Group']);
  });
});

import { describe, expect, it } from 'vitest';
import { canTransition, cancelSessionState, nextState, restoreSessionState } from './transitions.ts';
import { cfpStatus, effectiveDeadline, speakerMayEdit } from './deadlines.ts';
import { activePhase } from '../review/phases.ts';
import { validateCfpWindow, validateQuestion, validateSessionType, validateTrack } from './settings.ts';

describe('submission lifecycle', () => {
  it.each([
    ['DRAFT', 'submit', 'speaker', 'SUBMITTED'],
    ['SUBMITTED', 'accept', 'organizer', 'ACCEPTED'],
    ['WAITLISTED', 'accept', 'organizer', 'ACCEPTED'],
    ['SUBMITTED', 'waitlist', 'organizer', 'WAITLISTED'],
    ['ACCEPTED', 'confirm', 'speaker', 'CONFIRMED'],
    ['ACCEPTED', 'decline', 'speaker', 'WITHDRAWN'],
    ['CONFIRMED', 'cancel', 'organizer', 'CANCELED'],
    ['REJECTED', 'reopen', 'organizer', 'SUBMITTED'],
  ] as const)('%s --%s by %s--> %s', (from, action, actor, to) => {
    expect(nextState(from, action, actor)).toBe(to);
    expect(canTransition(from, action, actor)).toBe(true);
  });

  it.each([
    ['SUBMITTED', 'accept', 'speaker', 'Only organizers can do this.'],
    ['DRAFT', 'confirm', 'organizer', 'Only speakers can do this.'],
    ['CONFIRMED', 'submit', 'speaker', 'A confirmed proposal cannot be submitted.'],
    ['ACCEPTED', 'accept', 'organizer', 'An accepted proposal cannot be accepted.'],
    ['WITHDRAWN', 'confirm', 'speaker', 'A withdrawn proposal cannot be confirmed.'],
  ] as const)('refuses %s --%s by %s: "%s"', (from, action, actor, message) => {
    expect(() => nextState(from, action, actor)).toThrow(message);
    expect(canTransition(from, action, actor)).toBe(false);
  });
});

describe('cancelling and restoring a session (organizers)', () => {
  it.each([
    ['ACCEPTED', 'CANCELED'],
    ['CONFIRMED', 'CANCELED'],
  ] as const)('cancels a %s session: %s', (from, to) => {
    expect(cancelSessionState(from)).toBe(to);
  });

  it.each([
    ['CANCELED', 'This session is already cancelled.'],
    ['SUBMITTED', 'Only accepted or confirmed sessions can be cancelled; this one is submitted.'],
    ['DRAFT', 'Only accepted or confirmed sessions can be cancelled; this one is draft.'],
    ['REJECTED', 'Only accepted or confirmed sessions can be cancelled; this one is rejected.'],
    ['WAITLISTED', 'Only accepted or confirmed sessions can be cancelled; this one is waitlisted.'],
    ['WITHDRAWN', 'Only accepted or confirmed sessions can be cancelled; this one is withdrawn.'],
  ] as const)('refuses to cancel a %s session: "%s"', (from, message) => {
    expect(() => cancelSessionState(from)).toThrow(expect.objectContaining({ kind: 'CONFLICT', message }));
  });

  it('restores a cancelled session as accepted, so its speakers confirm again', () => {
    expect(restoreSessionState('CANCELED')).toBe('ACCEPTED');
  });

  it.each([
    ['ACCEPTED', 'Only a cancelled session can be restored; this one is accepted.'],
    ['CONFIRMED', 'Only a cancelled session can be restored; this one is confirmed.'],
    ['WITHDRAWN', 'Only a cancelled session can be restored; this one is withdrawn.'],
  ] as const)('refuses to restore a %s session: "%s"', (from, message) => {
    expect(() => restoreSessionState(from)).toThrow(expect.objectContaining({ kind: 'CONFLICT', message }));
  });

  it('leaves cancelling and restoring to organizers: speakers can do neither', () => {
    expect([canTransition('CONFIRMED', 'cancel', 'speaker'), canTransition('CANCELED', 'restore', 'speaker')]).toEqual([false, false]);
    expect(() => nextState('CANCELED', 'restore', 'speaker')).toThrow('Only organizers can do this.');
  });
});

describe('CFP deadlines', () => {
  const t = (iso: string) => new Date(iso);
  it.each([
    [{ opensAt: t('2030-01-01T00:00Z'), closesAt: t('2030-02-01T00:00Z') }, '2029-12-31T23:59Z', 'not-open-yet'],
    [{ opensAt: t('2030-01-01T00:00Z'), closesAt: t('2030-02-01T00:00Z') }, '2030-01-01T00:00Z', 'open'],
    [{ opensAt: t('2030-01-01T00:00Z'), closesAt: t('2030-02-01T00:00Z') }, '2030-02-01T00:00Z', 'closed'],
    [{ opensAt: null, closesAt: null }, '2030-02-01T00:00Z', 'open'],
  ] as const)('%o at %s is %s', (window, now, status) => {
    expect(cfpStatus(window, new Date(now))).toBe(status);
  });

  it('a session type deadline wins over the conference deadline', () => {
    expect(effectiveDeadline({ cfpClosesAt: t('2030-02-01T00:00Z') }, { cfpClosesAt: t('2030-01-15T00:00Z') })).toEqual(t('2030-01-15T00:00Z'));
    expect(effectiveDeadline({ cfpClosesAt: t('2030-02-01T00:00Z') }, { cfpClosesAt: null })).toEqual(t('2030-02-01T00:00Z'));
  });

  it.each([
    ['DRAFT', null, null, { ok: true }],
    ['SUBMITTED', t('2030-01-01T00:00Z'), null, { ok: false, reason: 'The deadline for this session type has passed.' }],
    ['SUBMITTED', null, { speakersCanEdit: false }, { ok: false, reason: 'Proposals are under review and cannot be changed now.' }],
    ['DRAFT', null, { speakersCanEdit: false }, { ok: true }],
    ['ACCEPTED', null, null, { ok: false, reason: 'This proposal can no longer be changed.' }],
  ] as const)('a %s proposal (deadline %s, phase %o) may be edited: %o', (state, deadline, phase, expected) => {
    expect(speakerMayEdit(state, deadline, phase, t('2030-06-01T00:00Z'))).toEqual(expected);
  });
});

describe('active review phase', () => {
  const phases = [
    { id: 'a', position: 0, startsAt: null, endsAt: new Date('2030-03-01T00:00Z') },
    { id: 'b', position: 1, startsAt: new Date('2030-02-01T00:00Z'), endsAt: new Date('2030-04-01T00:00Z') },
  ];
  it.each([
    ['2030-01-15T00:00Z', 'a'],
    ['2030-02-15T00:00Z', 'b'], // both run: the later one wins
    ['2030-03-15T00:00Z', 'b'],
    ['2030-04-01T00:00Z', null], // end is exclusive
  ])('at %s it is %s', (now, id) => {
    expect(activePhase(phases, new Date(now))?.id ?? null).toBe(id);
  });
});

describe('CFP settings validation', () => {
  it('names each wrong field', () => {
    expect(() => validateCfpWindow(new Date('2030-02-01'), new Date('2030-01-01'))).toThrow(expect.objectContaining({ fields: { cfpClosesAt: 'The deadline must be after the opening.' } }));
    expect(() => validateSessionType({ name: 'talk', defaultDurationMinutes: 2.5 }, ['Talk'])).toThrow(
      expect.objectContaining({ fields: { name: 'There is already a session type "talk".', defaultDurationMinutes: 'A whole number of minutes between 5 and 1440.' } }),
    );
    expect(() => validateTrack({ name: '', color: '#12345' }, [])).toThrow(expect.objectContaining({ fields: { name: 'A name is required.', color: 'A colour like #1d4ed8.' } }));
  });

  it('cleans choices and keeps them only for choice questions', () => {
    expect(validateQuestion({ target: 'PROPOSAL', kind: 'MULTIPLE_CHOICE', label: 'Gear', helpText: '', required: false, options: [' A', '', 'B '] })).toEqual({ options: ['A', 'B'] });
    expect(validateQuestion({ target: 'SPEAKER', kind: 'BOOLEAN', label: 'Vegan?', helpText: '', required: false, options: [' '] })).toEqual({ options: [] });
  });
});

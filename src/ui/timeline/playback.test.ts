import { describe, expect, it } from 'vitest';
import { eventSentence, keyAction, moveCursor, positionText } from './playback';

describe('keyAction', () => {
  it('plays and steps from the timeline', () => {
    expect(keyAction(' ', 'other')).toBe('toggle');
    expect(keyAction('ArrowLeft', 'other')).toBe('previous');
    expect(keyAction('ArrowRight', 'other')).toBe('next');
    expect(keyAction('Home', 'other')).toBe('first');
    expect(keyAction('End', 'other')).toBe('last');
    expect(keyAction('a', 'other')).toBe(null);
  });

  it('leaves Space to a focused button and every key to a menu', () => {
    expect(keyAction(' ', 'button')).toBe(null);
    expect(keyAction('ArrowRight', 'button')).toBe('next');
    expect(keyAction('ArrowRight', 'field')).toBe(null);
    expect(keyAction(' ', 'field')).toBe(null);
  });
});

describe('moveCursor', () => {
  it('stays within the events', () => {
    expect(moveCursor(0, 'previous', 5)).toBe(0);
    expect(moveCursor(4, 'next', 5)).toBe(4);
    expect(moveCursor(2, 'next', 5)).toBe(3);
    expect(moveCursor(2, 'first', 5)).toBe(0);
    expect(moveCursor(2, 'last', 5)).toBe(4);
    expect(moveCursor(9, 'previous', 5)).toBe(3);
    expect(moveCursor(3, 'next', 0)).toBe(0);
  });
});

describe('sentences', () => {
  const event = {
    t: 1.5,
    container: 'app',
    phase: 'started' as const,
    reason: 'app runs.',
    status: 'Running',
    ready: '1/1',
  };
  it('says when, who and why', () => {
    expect(eventSentence(event)).toBe('At 1.5 s, app: app runs.');
    expect(eventSentence(undefined)).toBe('Nothing happens in this scenario.');
    expect(positionText(2, 7, event)).toBe('Event 3 of 7');
  });
});

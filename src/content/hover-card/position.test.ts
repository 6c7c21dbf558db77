import { describe, expect, it } from 'vitest';
import { placeCard } from './position';

const VIEWPORT = { width: 800, height: 600 };
const CARD = { width: 240, height: 120 };

describe('placeCard', () => {
  it('puts the card under the number, left edges aligned', () => {
    expect(placeCard({ left: 100, top: 50, width: 90, height: 18 }, CARD, VIEWPORT)).toEqual({ left: 100, top: 74 });
  });

  it('puts it above a number near the bottom of the viewport', () => {
    expect(placeCard({ left: 100, top: 550, width: 90, height: 18 }, CARD, VIEWPORT)).toEqual({ left: 100, top: 424 });
  });

  it('keeps it inside the viewport on the right and when neither side has room', () => {
    expect(placeCard({ left: 700, top: 50, width: 90, height: 18 }, CARD, VIEWPORT).left).toBe(552);
    const tall = { width: 240, height: 590 };
    expect(placeCard({ left: 10, top: 300, width: 90, height: 18 }, tall, VIEWPORT)).toEqual({ left: 10, top: 8 });
  });
});

import type { Region } from '../core/region';
import type { Settings } from '../core/settings';
import type { NumberHighlights } from './highlights';
import type { ParkedBlocks } from './parked-blocks';

/** What the calling features read from the content script's state (index.ts owns it), always current. */
export interface PageState {
  readonly hostname: string;
  settings(): Settings;
  region(): Region;
  linking(): boolean;
  /** The numbers marked, not linked, in huge tables; undefined where the browser cannot highlight. */
  readonly marks: NumberHighlights | undefined;
  /** The numbers found far from the viewport on a long page, not linked yet. */
  readonly parked: ParkedBlocks;
}

import { launchChromium } from './chromium-driver';
import { registerCallScenarios } from './call-scenarios';
import { harnessFor } from './harness';
import { registerLinkifyScenarios } from './linkify-scenarios';
import { registerPageScenarios } from './page-scenarios';
import { registerPopupScenarios } from './popup-scenarios';
import { registerOptionsScenarios } from './options-scenarios';
import { registerScenarios } from './scenarios';
import { registerScreenshots } from './screenshots';

const test = harnessFor(launchChromium);
registerScenarios(test);
registerLinkifyScenarios(test);
registerPageScenarios(test);
registerScreenshots(test);
registerOptionsScenarios(test);
registerCallScenarios(test);
registerPopupScenarios(test);

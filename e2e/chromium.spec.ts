import { launchChromium } from './chromium-driver';
import { harnessFor } from './harness';
import { registerScenarios } from './scenarios';
import { registerScreenshots } from './screenshots';

const test = harnessFor(launchChromium);
registerScenarios(test);
registerScreenshots(test);

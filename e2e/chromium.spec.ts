import { launchChromium } from './chromium-driver';
import { harnessFor } from './harness';
import { registerOptionsScenarios } from './options-scenarios';
import { registerScenarios } from './scenarios';
import { registerScreenshots } from './screenshots';

const test = harnessFor(launchChromium);
registerScenarios(test);
registerScreenshots(test);
registerOptionsScenarios(test);

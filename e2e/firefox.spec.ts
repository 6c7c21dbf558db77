import { launchFirefox } from './firefox-driver';
import { harnessFor } from './harness';
import { registerLinkifyScenarios } from './linkify-scenarios';
import { registerPageScenarios } from './page-scenarios';
import { registerOptionsScenarios } from './options-scenarios';
import { registerScenarios } from './scenarios';

const test = harnessFor(launchFirefox);
registerScenarios(test);
registerLinkifyScenarios(test);
registerPageScenarios(test);
registerOptionsScenarios(test);

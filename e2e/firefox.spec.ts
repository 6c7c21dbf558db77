import { launchFirefox } from './firefox-driver';
import { harnessFor } from './harness';
import { registerOptionsScenarios } from './options-scenarios';
import { registerScenarios } from './scenarios';

const test = harnessFor(launchFirefox);
registerScenarios(test);
registerOptionsScenarios(test);

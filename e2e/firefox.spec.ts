import { launchFirefox } from './firefox-driver';
import { harnessFor } from './harness';
import { registerScenarios } from './scenarios';

registerScenarios(harnessFor(launchFirefox));

import { launchFirefox } from './firefox-driver';
import { registerCallScenarios } from './call-scenarios';
import { harnessFor } from './harness';
import { registerLinkifyScenarios } from './linkify-scenarios';
import { registerFirefoxLifecycleScenarios } from './lifecycle-scenarios';
import { registerPageScenarios } from './page-scenarios';
import { registerPopupScenarios } from './popup-scenarios';
import { registerOptionsScenarios } from './options-scenarios';
import { registerScenarios } from './scenarios';

const test = harnessFor(launchFirefox);
registerScenarios(test);
registerLinkifyScenarios(test);
registerPageScenarios(test);
registerOptionsScenarios(test);
registerCallScenarios(test);
registerPopupScenarios(test);
registerFirefoxLifecycleScenarios(test);

import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { isScheme } from '../core/call-url';
import { regionFromLanguages } from '../core/region';
import { parseCallerId } from '../core/settings';
import { loadSettings, saveSettings } from '../platform/settings-store';

const region = regionFromLanguages(navigator.languages);

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`options page is missing #${id}`);
  return element as T;
}

const form = byId<HTMLFormElement>('options');
const callerIdInput = byId<HTMLInputElement>('callerId');
const feedback = byId<HTMLParagraphElement>('callerId-feedback');
const status = byId<HTMLParagraphElement>('status');
const fields = byId<HTMLFieldSetElement>('fields');

function schemeInputs(): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>('input[name="scheme"]')];
}

/** Checks the caller ID as the user types: the error, or how the number will be read. */
function showCallerIdFeedback(): ReturnType<typeof parseCallerId> {
  const result = parseCallerId(callerIdInput.value, region);
  callerIdInput.setAttribute('aria-invalid', String(!result.ok));
  feedback.classList.toggle('error', !result.ok);
  if (!result.ok) feedback.textContent = result.error;
  else if (result.value === '') feedback.textContent = 'No caller ID: Zoom uses your default.';
  else if (result.value.startsWith('+')) feedback.textContent = `Will be sent as ${parsePhoneNumberFromString(result.value)?.formatInternational() ?? result.value} (${result.value}).`;
  else feedback.textContent = `Will be sent as extension ${result.value}.`;
  return result;
}

async function render(): Promise<void> {
  const settings = await loadSettings();
  callerIdInput.value = settings.callerId;
  for (const input of schemeInputs()) input.checked = input.value === settings.scheme;
  showCallerIdFeedback();
  fields.disabled = false;
  form.dataset.ready = 'true';
}

async function save(): Promise<void> {
  status.className = '';
  const callerId = showCallerIdFeedback();
  const scheme = schemeInputs().find((input) => input.checked)?.value;
  if (!callerId.ok || !isScheme(scheme)) {
    status.className = 'error';
    status.textContent = 'Not saved: fix the caller ID first. Your saved settings are unchanged.';
    callerIdInput.focus();
    return;
  }
  await saveSettings({ callerId: callerId.value, scheme });
  callerIdInput.value = callerId.value;
  showCallerIdFeedback();
  status.className = 'ok';
  status.textContent = 'Saved.';
}

callerIdInput.addEventListener('input', () => {
  showCallerIdFeedback();
  status.textContent = '';
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void save();
});
void render();

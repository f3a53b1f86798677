// User settings for the test workbench: quiet and deterministic (no welcome page, no chat, no
// gallery or update checks), prose-friendly for the screenshots.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Code 1.139's defaults, what a new user sees (ids and labels are the same).
export const LIGHT_THEME = 'Light 2026';
export const DARK_THEME = 'Dark 2026';

export function baseSettings() {
  return {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.colorTheme': LIGHT_THEME,
    'chat.disableAIFeatures': true,
    'chat.commandCenter.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'editor.minimap.enabled': false,
    'editor.wordWrap': 'on',
  };
}

/** Writes the user settings file code-server reads (and watches) in its user-data folder. */
export function writeUserSettings(userDataDir, overrides = {}) {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ ...baseSettings(), ...overrides }, null, 2));
}

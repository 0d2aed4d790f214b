import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../shared/messages';
import { loadSettings, type Settings, settingsItem, updateSettings } from '../shared/settings';

/** The settings for an extension page, kept in step with storage; `change` saves and re-registers sites. */
export function useSettings(): [Settings | undefined, (change: Partial<Settings>) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return settingsItem.watch(() => void loadSettings().then(setSettings));
  }, []);
  const change = async (patch: Partial<Settings>) => {
    setSettings(await updateSettings(patch));
    await sendMessage('settings:changed', {});
  };
  return [settings, change];
}

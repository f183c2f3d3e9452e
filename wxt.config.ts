import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension lives in extension/ (DESIGN.md §2); WXT's defaults assume src/ and public/.
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  outDir: '.output',
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  // The Firefox sources zip (for addons.mozilla.org review) holds what the add-on is built from.
  zip: {
    excludeSources: ['node_modules/**', '.output/**', 'data/**', 'bench/**', 'server/**', 'test/**', 'docs/**', '.ci/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The sync service and portals are asked for at the moment the user sets them.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+C' } },
    },
    // What a bureau's policy may preset (store.ts ManagedPolicy). Chrome reads the schema; Firefox
    // takes the same keys from policies.json without one.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'circulate@circulate.local', strict_min_version: '128.0' } } }
      : {}),
  }),
});

// The few extension APIs the e2e suite calls from inside extension pages (code passed to page.evaluate).
// Firefox also exposes them as `chrome.*`, with promises, so one spelling serves both browsers.
declare namespace chrome {
  namespace storage {
    interface Area {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    }
    const sync: Area;
    const local: Area;
  }
  namespace runtime {
    function sendMessage(message: unknown): Promise<unknown>;
  }
  namespace tabs {
    function sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  }
  namespace commands {
    function getAll(): Promise<{ name?: string; shortcut?: string }[]>;
  }
}
declare namespace chrome {
  namespace permissions {
    function remove(permissions: { origins: string[] }): Promise<boolean>;
    function contains(permissions: { origins: string[] }): Promise<boolean>;
  }
}

export const DIST: string;
export function serve(options?: { root?: string; port?: number; host?: string }): Promise<{
  url: string;
  close(): Promise<void>;
}>;
